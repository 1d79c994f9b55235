package search

import (
	"fmt"
	"github.com/jhasearch/jhasearch/search/facet"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// generation is one served index generation with everything derived from
// it. A generation never changes after its build, so all of this is
// computed once when it is opened and dropped with it: nothing here needs
// invalidating other than by a swap.
type generation struct {
	meta *indexer.Generation
	idx  bleve.Index
	// searcher is what Bleve searches run on: idx until the generation is
	// served, then the engine's alias, which swaps generations atomically.
	// It is set before the generation is published and never after.
	searcher bleve.Index
	docs     *indexer.DocStore
	// positions holds the term positions phrases are matched on.
	positions *indexer.Positions
	table     *indexer.Table
	// byID maps a document id to its table entry.
	byID map[string]int
	// groups maps a group name to its members' table entries.
	groups map[string][]int
	// newest and oldest list the searchable entries by date, ties by id;
	// searchable lists them in entry order.
	newest, oldest, searchable []int32
	// keywords maps a lower-cased agency or tag to its indexed spelling.
	keywords map[string]map[string]string
	// bm25 carries the true average field lengths into Bleve's scorer.
	bm25   *bsearch.BM25Stats
	params *bm25Params
	cols   *facet.Columns
	cache  *lru[*jhasearch.SearchResult]
	// asked admits answers to cache (doorkeeper).
	asked *doorkeeper
	// counts caches the facet counts of filter-only requests by filters.
	counts *lru[*facet.Counts]
	// lists caches the scored lists of words and clauses (lists.go),
	// queries those of whole queries; apart, so that a stream of queries
	// asked once cannot push out the words that every query reuses.
	lists, queries *lru[*list]
	flights        flights
	// dense lends readWord its arrays of a sum per entry.
	dense densePool
	// recent remembers the requests of recent answers, to warm the next
	// generation with (warm.go).
	recent *lru[jhasearch.SearchRequest]
	// internal maps Bleve's internal document numbers to table entries.
	internal []int32

	vocabOnce sync.Once
	vocab     *vocabulary
	// translations lists the versions of each translation group; the
	// *One orders leave out the versions that are not originals
	// (translations.go).
	translations                        map[string][]int32
	newestOne, oldestOne, searchableOne []int32
	// versionsOnly are the versions that are not originals.
	versionsOnly []int32
	// langs are the languages other than English (languages.go).
	langOnce sync.Once
	langs    []langAnalysis
}

// loadGeneration opens g read-only and derives the in-memory state.
func loadGeneration(g *indexer.Generation) (*generation, error) {
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
	idx, err := indexer.OpenReadOnly(g)
	if err != nil {
		docs.Close()
		positions.Close()
		return nil, err
	}
	gen := &generation{meta: g, idx: idx, searcher: idx, docs: docs, positions: positions, table: table,
		byID: make(map[string]int, len(table.Entries)), groups: make(map[string][]int), keywords: map[string]map[string]string{
			indexer.FieldAgency: {}, indexer.FieldTag: {}}, cache: newLRU(cacheSize, answerBudget, answerBytes), asked: newDoorkeeper(),
		counts: newLRU(cacheSize, countsBudget, (*facet.Counts).Bytes), lists: newSizedLRU(listBudgetFor(len(table.Entries)), (*list).bytes), queries: newSizedLRU(queryBudget, (*list).bytes), recent: newRecent()}
	for i, e := range table.Entries {
		gen.byID[e.ID] = i
		if e.Group != "" {
			gen.groups[e.Group] = append(gen.groups[e.Group], i)
		}
		gen.keywords[indexer.FieldAgency][strings.ToLower(e.Agency)] = e.Agency
		for _, t := range e.Values(jhasearch.FacetIndex(jhasearch.FacetTag)) {
			gen.keywords[indexer.FieldTag][strings.ToLower(t)] = t
		}
		if e.Searchable {
			gen.newest = append(gen.newest, int32(i))
		}
	}
	gen.searchable = append([]int32(nil), gen.newest...)
	gen.sortByDate()
	gen.loadTranslations()
	if gen.internal, err = internalNumbers(idx, gen.byID); err != nil {
		gen.close()
		return nil, err
	}
	gen.bm25 = bm25Stats(g)
	gen.params = newBM25Params(g)
	gen.cols = newFacetColumns(table)
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

// bm25Stats gives Bleve the real token counts: by default it divides the
// number of distinct terms by the number of documents (BLEVE.md), which
// punishes long documents far more than BM25 means to. Every indexed field
// needs an entry, or Bleve refuses the search.
func bm25Stats(g *indexer.Generation) *bsearch.BM25Stats {
	s := &bsearch.BM25Stats{DocCount: float64(g.Indexed), FieldCardinality: map[string]int{}}
	for _, f := range []string{indexer.FieldTitle, indexer.FieldSummary, indexer.FieldBody, indexer.FieldAgency,
		indexer.FieldTag, indexer.FieldLanguage, indexer.FieldYear, indexer.FieldKind, indexer.FieldPublished,
		indexer.FieldConcept} {
		s.FieldCardinality[f] = max(g.FieldTokens[f], g.Indexed)
	}
	// Bleve merges unscored disjunctions into one reader on the field "*".
	s.FieldCardinality["*"] = g.Indexed
	return s
}

// BM25 parameters: Lucene's defaults k1 = 1.2 with b = 0.75 (see
// docs/relevance.md for the measurements).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

func newBM25Params(g *indexer.Generation) *bm25Params {
	p := &bm25Params{docs: float64(g.Indexed), avgLen: map[string]float64{}, k1: bm25K1, b: bm25B}
	for _, f := range indexer.TextFields {
		if g.Indexed > 0 {
			p.avgLen[f] = float64(g.FieldTokens[f]) / float64(g.Indexed)
		}
	}
	return p
}

func (g *generation) close() error {
	err := g.idx.Close()
	if derr := g.docs.Close(); err == nil {
		err = derr
	}
	if perr := g.positions.Close(); err == nil {
		err = perr
	}
	if err != nil {
		return fmt.Errorf("search: close generation %s: %w", g.meta.Name, err)
	}
	return nil
}
