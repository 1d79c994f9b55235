package search

import (
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/highlight"
	"github.com/jhasearch/jhasearch/search/query"
	"github.com/jhasearch/jhasearch/search/reader"
	"github.com/jhasearch/jhasearch/search/score"
	"github.com/jhasearch/jhasearch/vocab"
)

// generation is one served index generation with everything derived from
// it. A generation never changes after its build, so all of this is
// computed once when it is opened and dropped with it: nothing here needs
// invalidating other than by a swap.
type generation struct {
	meta *indexer.Generation
	// ix is the generation's index: postings, expansions, analyzers.
	ix   *reader.Index
	docs *indexer.DocStore
	// positions holds the term positions phrases are matched on.
	positions *indexer.Positions
	// pairs lists the documents of adjacent frequent words, which answer
	// or narrow phrases; nil when the engine is told not to use them.
	pairs *indexer.Pairs
	table *indexer.Table
	// byID maps a document id to its table entry.
	byID map[string]int
	// groups maps a group name to its members' table entries.
	groups map[string][]int
	// newest and oldest list the searchable entries by date, ties by id;
	// searchable lists them in entry order.
	newest, oldest, searchable []int32
	params                     *score.Stats
	// ranking is the engine's ranking parameters (ranking.go).
	ranking *rankingParams
	// refs counts the searches using the generation, plus one while it is
	// served; the last release closes it (engine.go).
	refs atomic.Int64
	// closed is set when the generation closes its files.
	closed atomic.Bool
	log    *slog.Logger
	cols   *facet.Columns
	cache  *cache.LRU[*jhasearch.SearchResult]
	// asked admits answers to cache (cache.Doorkeeper).
	asked *cache.Doorkeeper
	// counts caches the facet counts of filter-only requests by filters.
	counts *cache.LRU[*facet.Counts]
	// q evaluates the generation's queries, with their caches.
	q *query.Index
	// recent remembers the requests of recent answers, to warm the next
	// generation with (warm.go).
	recent *cache.LRU[jhasearch.SearchRequest]

	vocabOnce sync.Once
	vocab     *vocabulary
	// tokens and queryTerms keep the analyses of highlighting
	// (highlighting.go).
	tokens     *cache.Memo[tokenKey, []highlight.Token]
	queryTerms *cache.Memo[string, map[string][]string]
	// translations lists the versions of each translation group; the
	// *One orders leave out the versions that are not originals
	// (translations.go).
	translations                        map[string][]int32
	newestOne, oldestOne, searchableOne []int32
	// versionsOnly are the versions that are not originals.
	versionsOnly []int32
}

// loadGeneration opens g read-only and derives the in-memory state.
// Without usePairs, phrases are checked on the positions records alone,
// as before the pairs file (tests compare both ways).
func loadGeneration(g *indexer.Generation, r *rankingParams, b cacheBudgets, concepts *vocab.Vocabulary, log *slog.Logger, usePairs bool) (*generation, error) {
	table, err := indexer.ReadTable(g)
	if err != nil {
		return nil, err
	}
	docs, err := indexer.OpenDocStore(g)
	if err != nil {
		return nil, err
	}
	positions, err := indexer.OpenPositions(g)
	if err != nil {
		docs.Close()
		return nil, err
	}
	var pairs *indexer.Pairs
	if usePairs {
		if pairs, err = indexer.OpenPairs(g, len(table.Entries)); err != nil {
			docs.Close()
			positions.Close()
			return nil, err
		}
	}
	gen := &generation{meta: g, ranking: r, log: log, docs: docs, positions: positions, pairs: pairs, table: table,
		byID: make(map[string]int, len(table.Entries)), groups: make(map[string][]int), cache: cache.NewLRU(cacheSize, b.answers, cache.AnswerBytes), asked: cache.NewDoorkeeper(),
		counts: cache.NewLRU(cacheSize, b.counts, (*facet.Counts).Bytes), recent: newRecent(),
		tokens: cache.NewMemo[tokenKey, []highlight.Token](maxCachedTokens), queryTerms: cache.NewMemo[string, map[string][]string](maxCachedQueries)}
	gen.refs.Store(1) // the engine's, until a swap or Close releases it
	// keywords maps a lower-cased agency or tag to its indexed spelling.
	keywords := map[string]map[string]string{indexer.FieldAgency: {}, indexer.FieldTag: {}}
	for i, e := range table.Entries {
		gen.byID[e.ID] = i
		if e.Group != "" {
			gen.groups[e.Group] = append(gen.groups[e.Group], i)
		}
		keywords[indexer.FieldAgency][strings.ToLower(e.Agency)] = e.Agency
		for _, t := range e.Values(jhasearch.FacetIndex(jhasearch.FacetTag)) {
			keywords[indexer.FieldTag][strings.ToLower(t)] = t
		}
		if e.Searchable {
			gen.newest = append(gen.newest, int32(i))
		}
	}
	if gen.ix, err = reader.Open(g, gen.byID); err != nil {
		docs.Close()
		positions.Close()
		if pairs != nil {
			pairs.Close()
		}
		return nil, err
	}
	gen.searchable = append([]int32(nil), gen.newest...)
	gen.sortByDate()
	gen.loadTranslations()
	gen.params = score.NewStats(g, r)
	gen.cols = newFacetColumns(table)
	gen.q = query.New(query.Parts{Reader: gen.ix, Docs: docs, Positions: positions, Pairs: pairs, Table: table, Columns: gen.cols,
		Searchable: gen.searchable, Keywords: keywords, Stats: gen.params, Scorer: score.NewScorer(gen.params, len(table.Entries)),
		Ranking: r, Concepts: concepts, QueryBudget: b.queries})
	gen.vocabulary() // now, rather than in the first search that needs it
	return gen, nil
}

// sortByDate fills newest and oldest; ties are broken by id ascending in
// both, as in the index's sort (see sortOrder).
func (g *generation) sortByDate() {
	e := g.table.Entries
	sort.Slice(g.newest, func(a, b int) bool {
		x, y := &e[g.newest[a]], &e[g.newest[b]]
		if !x.Published.Equal(y.Published) {
			return x.Published.After(y.Published)
		}
		return x.ID < y.ID
	})
	g.oldest = append([]int32(nil), g.newest...)
	sort.Slice(g.oldest, func(a, b int) bool {
		x, y := &e[g.oldest[a]], &e[g.oldest[b]]
		if !x.Published.Equal(y.Published) {
			return x.Published.Before(y.Published)
		}
		return x.ID < y.ID
	})
}

func (g *generation) close() error {
	g.closed.Store(true)
	err := g.ix.Close()
	if derr := g.docs.Close(); err == nil {
		err = derr
	}
	if perr := g.positions.Close(); err == nil {
		err = perr
	}
	if g.pairs != nil {
		if perr := g.pairs.Close(); err == nil {
			err = perr
		}
	}
	if err != nil {
		return fmt.Errorf("search: close generation %s: %w", g.meta.Name, err)
	}
	return nil
}
