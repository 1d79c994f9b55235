package search

import (
	"context"
	"encoding/binary"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// A clause that is not a plain word (a phrase, a prefix, a fuzzy word, a
// concept) runs once on the index to find and score every document it
// matches, recorded here and kept as a list (postings.go); filters,
// disjunctive facets, sorting, paging and cursors then work on the scored
// matches of the whole query in memory, with the same code that answers
// requests without a query (see rank.go). Bleve's facets cost about a
// microsecond per hit and per facet request, and disjunctive facets need
// one request per filtered facet; one pass that records the matches costs
// less than one of those requests.

// match is one matching document: its table entry and its score.
type match struct {
	entry int32
	score float64
	// all is set when the entry has every group of the query (matching.go).
	all bool
}

// collectQuery wraps a query and records every document its searcher
// returns into out.
type collectQuery struct {
	inner query.Query
	docs  []int32 // internal document number -> table entry, -1 if none
	out   *[]match
}

// Searcher implements query.Query.
func (q *collectQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	s, err := q.inner.Searcher(ctx, r, m, options)
	if err != nil {
		return nil, err
	}
	return &collectSearcher{Searcher: s, q: q}, nil
}

type collectSearcher struct {
	bsearch.Searcher
	q *collectQuery
}

func (s *collectSearcher) record(dm *bsearch.DocumentMatch) {
	if dm == nil || len(dm.IndexInternalID) != 8 {
		return
	}
	if n := binary.BigEndian.Uint64(dm.IndexInternalID); n < uint64(len(s.q.docs)) && s.q.docs[n] >= 0 {
		*s.q.out = append(*s.q.out, match{entry: s.q.docs[n], score: dm.Score})
	}
}

func (s *collectSearcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	s.record(dm)
	return dm, err
}

func (s *collectSearcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	s.record(dm)
	return dm, err
}

// matchSet returns every searchable document matching q, with its score.
func (e *Engine) matchSet(ctx context.Context, g *generation, q query.Query) ([]match, error) {
	// Most queries match hundreds of documents or more: start with room
	// for some, rather than growing the slice from nothing (10 % of a
	// loaded server's CPU went to that growth, docs/BENCHMARKS.md).
	out := make([]match, 0, min(len(g.internal), 1024))
	br := bleve.NewSearchRequestOptions(&collectQuery{inner: q, docs: g.internal, out: &out}, 0, 0, false)
	if _, err := e.run(ctx, g, br); err != nil {
		return nil, err
	}
	return out, nil
}

// internalNumbers maps the index's internal document numbers to table
// entries. A generation is opened read-only and never merges, so the
// numbers stay fixed for as long as it is served.
func internalNumbers(idx bleve.Index, byID map[string]int) ([]int32, error) {
	r, err := openReader(idx)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	all, err := r.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("search: list documents: %w", err)
	}
	defer all.Close()
	var docs []int32
	for {
		id, err := all.Next()
		if err != nil {
			return nil, fmt.Errorf("search: list documents: %w", err)
		}
		if id == nil {
			return docs, nil
		}
		ext, err := r.ExternalID(id)
		if err != nil {
			return nil, fmt.Errorf("search: document id: %w", err)
		}
		n := binary.BigEndian.Uint64(id)
		for uint64(len(docs)) <= n {
			docs = append(docs, -1)
		}
		if i, ok := byID[ext]; ok {
			docs[n] = int32(i)
		}
	}
}
