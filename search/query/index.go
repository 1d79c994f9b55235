// Package query is the query language and its evaluation: it parses the
// text of a query into clauses (Parse), marks the dates and the concepts
// it names (MarkDates, ExpandConcepts), and evaluates a parsed query on
// one generation into a scored list of table entries (Index: plain words,
// phrases, NEAR, prefix and fuzzy expansions, field terms, concepts and
// dates, each clause's list cached, combined by the algebra of List, with
// the proximity and feedback scores of a relevance ranking on top). It
// reads the index only through search/reader and scores only with
// search/score, the one BM25F scorer.
//
// It must not answer requests: filters, facet counts, sorting, paging,
// cursors, hits, snippets and the caches of answers are package search's,
// which builds one Index per generation and hands it the generation's
// parts. It must never pass user text to Bleve's query-string parser, and
// it must not import Bleve.
package query

import (
	"context"
	"sync"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/reader"
	"github.com/jhasearch/jhasearch/search/score"
	"github.com/jhasearch/jhasearch/vocab"
)

// Index evaluates parsed queries on one generation: it holds the parts of
// the generation that evaluation reads and the caches of the lists it
// computes. Like its generation, it never changes after New, and its
// methods are safe for concurrent use.
type Index struct {
	ix        *reader.Index
	docs      *indexer.DocStore
	positions *indexer.Positions
	table     *indexer.Table
	cols      *facet.Columns
	// searchable lists the searchable entries in entry order.
	searchable []int32
	// keywords maps a lower-cased agency or tag to its indexed spelling.
	keywords map[string]map[string]string
	params   *score.Stats
	scorer   *score.Scorer
	ranking  *score.Params
	// concepts expands the concepts named in queries; nil: no expansion.
	concepts *vocab.Vocabulary
	// lists caches the scored lists of words and clauses, queries those
	// of whole queries; apart, so that a stream of queries asked once
	// cannot push out the words that every query reuses.
	lists, queries *cache.LRU[*List]
	flights        cache.Flights[*List]
	// langs are the languages other than English (languages.go).
	langOnce sync.Once
	langs    []Language
}

// Parts are what an Index reads: the parts of one generation, shared
// with it and closed by it.
type Parts struct {
	Reader    *reader.Index
	Docs      *indexer.DocStore
	Positions *indexer.Positions
	Table     *indexer.Table
	Columns   *facet.Columns
	// Searchable lists the searchable entries in entry order.
	Searchable []int32
	// Keywords maps, for the agency and tag fields, a lower-cased value
	// to its indexed spelling.
	Keywords map[string]map[string]string
	Stats    *score.Stats
	Scorer   *score.Scorer
	Ranking  *score.Params
	// Concepts expands the concepts named in queries; nil: no expansion.
	Concepts *vocab.Vocabulary
	// QueryBudget bounds the bytes of the cached lists of whole queries;
	// the lists of words and clauses are bounded by ListBudgetFor.
	QueryBudget int
}

// New returns the Index of p.
func New(p Parts) *Index {
	return &Index{ix: p.Reader, docs: p.Docs, positions: p.Positions, table: p.Table, cols: p.Columns,
		searchable: p.Searchable, keywords: p.Keywords, params: p.Stats, scorer: p.Scorer, ranking: p.Ranking,
		concepts: p.Concepts, lists: cache.NewSizedLRU(ListBudgetFor(len(p.Table.Entries)), (*List).Bytes),
		queries: cache.NewSizedLRU(p.QueryBudget, (*List).Bytes)}
}

// cachedList returns the list of key from the index's lists, from a
// search computing it right now, or from compute, whose result it caches
// (cache.Flights).
func (g *Index) cachedList(ctx context.Context, key string, compute func(context.Context) (*List, error)) (*List, error) {
	return g.flights.Do(ctx, g.lists, key, compute)
}

// analyzer is the analyzer of the text fields.
func (g *Index) analyzer() reader.Analyzer { return g.ix.Analyzer("") }

func (g *Index) compiler() *compiler {
	return &compiler{analyzer: g.analyzer(), ranking: g.ranking, keywords: g.keywords, langs: g.languages(), concepts: g.concepts}
}

// Analyzer returns the analyzer of the text fields (English).
func (g *Index) Analyzer() reader.Analyzer { return g.analyzer() }

// Languages returns the languages of the generation other than English
// that have an analyzer of their own.
func (g *Index) Languages() []Language { return g.languages() }

// Analyze returns the index terms of text in the text fields (English).
func (g *Index) Analyze(text string) []string { return g.compiler().analyze(text) }

// AnalyzeIn returns the terms of text in each language of the
// generation: English first, under "", then every other language.
func (g *Index) AnalyzeIn(text string) map[string][]string { return g.compiler().analyzeIn(text) }

// MatchQuery evaluates p, a query as matched (MarkDates, ExpandConcepts),
// as the request's matching strategy asks; relevance says the answer is
// sorted by relevance, which adds the proximity and feedback scores. ok
// is false when nothing can match. Give ctx the deadline of the search.
func (g *Index) MatchQuery(ctx context.Context, p *Parsed, req *jhasearch.SearchRequest, relevance bool) (Matched, bool, error) {
	return g.matchQuery(ctx, g.compiler(), p, req, relevance)
}

// Eval returns the documents matching p, a query as matched, scored;
// strict requires every group. query is the text p was parsed from, its
// key in the cache of whole queries. ok is false when nothing can match.
func (g *Index) Eval(ctx context.Context, p *Parsed, query string, strict bool) (*List, bool, error) {
	return g.evalQuery(ctx, g.compiler(), p, query, strict)
}
