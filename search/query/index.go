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
	// pairs lists the documents of adjacent frequent words; nil: every
	// phrase is checked on the runs (phrase_pairs.go).
	pairs *indexer.Pairs
	table *indexer.Table
	cols  *facet.Columns
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
	// Pairs lists the documents of adjacent frequent words; nil: every
	// phrase is checked on the positions records alone.
	Pairs   *indexer.Pairs
	Table   *indexer.Table
	Columns *facet.Columns
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
	// the lists of words and clauses are bounded by listBudgetFor (postings.go).
	QueryBudget int
}

// New returns the Index of p.
func New(p Parts) *Index {
	return &Index{ix: p.Reader, docs: p.Docs, positions: p.Positions, pairs: p.Pairs, table: p.Table, cols: p.Columns,
		searchable: p.Searchable, keywords: p.Keywords, params: p.Stats, scorer: p.Scorer, ranking: p.Ranking,
		concepts: p.Concepts, lists: cache.NewSizedLRU(listBudgetFor(len(p.Table.Entries)), (*List).Bytes),
		queries: cache.NewSizedLRU(p.QueryBudget, (*List).Bytes)}
}

// cachedList returns the list of key from the index's lists, from a
// search computing it right now, or from compute, whose result it caches
// (cache.Flights).
func (x *Index) cachedList(ctx context.Context, key string, compute func(context.Context) (*List, error)) (*List, error) {
	return x.flights.Do(ctx, x.lists, key, compute)
}

// analyzer is the analyzer of the text fields.
func (x *Index) analyzer() reader.Analyzer { return x.ix.Analyzer("") }

func (x *Index) compiler() *compiler {
	return &compiler{analyzer: x.analyzer(), ranking: x.ranking, keywords: x.keywords, langs: x.languages(), concepts: x.concepts}
}

// Analyzer returns the analyzer of the text fields (English).
func (x *Index) Analyzer() reader.Analyzer { return x.analyzer() }

// Languages returns the languages of the generation other than English
// that have an analyzer of their own.
func (x *Index) Languages() []Language { return x.languages() }

// Analyze returns the index terms of text in the text fields (English).
func (x *Index) Analyze(text string) []string { return x.compiler().analyze(text) }

// AnalyzeIn returns the terms of text in each language of the
// generation: English first, under "", then every other language.
func (x *Index) AnalyzeIn(text string) map[string][]string { return x.compiler().analyzeIn(text) }

// MatchQuery evaluates p, a query as matched (MarkDates, ExpandConcepts),
// as the request's matching strategy asks; relevance says the answer is
// sorted by relevance, which adds the proximity and feedback scores. ok
// is false when nothing can match. Give ctx the deadline of the search.
func (x *Index) MatchQuery(ctx context.Context, p *Parsed, req *jhasearch.SearchRequest, relevance bool) (Matched, bool, error) {
	return x.matchQuery(ctx, x.compiler(), p, req, relevance)
}

// Eval returns the documents matching p, a query as matched, scored;
// strict requires every group. query is the text p was parsed from, its
// key in the cache of whole queries. ok is false when nothing can match.
func (x *Index) Eval(ctx context.Context, p *Parsed, query string, strict bool) (*List, bool, error) {
	return x.evalQuery(ctx, x.compiler(), p, query, strict)
}
