package search

import (
	bsearch "github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// bm25Searcher walks the union of its postings in document order and sums
// the BM25 contributions of the postings on each document. Queries have a
// few dozen postings at most, so a linear scan for the smallest document
// beats a heap.
type bm25Searcher struct {
	params   *bm25Params
	postings []*posting
	idf      []float64 // per term
	acc      []float64 // per term, weighted frequency on the current document
	started  bool
	id       index.IndexInternalID
}

func (s *bm25Searcher) start() error {
	s.started = true
	for _, p := range s.postings {
		cur, err := p.reader.Next(p.tfd)
		if err != nil {
			return err
		}
		p.cur = cur
	}
	return nil
}

// Next returns the next document holding any term, scored.
func (s *bm25Searcher) Next(ctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(); err != nil {
			return nil, err
		}
	}
	var low index.IndexInternalID
	for _, p := range s.postings {
		if p.cur != nil && (low == nil || p.cur.ID.Compare(low) < 0) {
			low = p.cur.ID
		}
	}
	if low == nil {
		return nil, nil
	}
	s.id = append(s.id[:0], low...)
	for i := range s.acc {
		s.acc[i] = 0
	}
	for _, p := range s.postings {
		if p.cur == nil || !p.cur.ID.Equals(s.id) {
			continue
		}
		s.acc[p.slot] += p.weightedTF(s.params.b)
		cur, err := p.reader.Next(p.tfd)
		if err != nil {
			return nil, err
		}
		p.cur = cur
	}
	score := 0.0
	for i, tf := range s.acc {
		if tf > 0 {
			score += s.idf[i] * s.params.saturate(tf)
		}
	}
	dm := ctx.DocumentMatchPool.Get()
	dm.IndexInternalID = index.NewIndexInternalIDFrom(dm.IndexInternalID, s.id)
	dm.Score = score
	return dm, nil
}

// Advance moves to the first document at or after id.
func (s *bm25Searcher) Advance(ctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	if !s.started {
		if err := s.start(); err != nil {
			return nil, err
		}
	}
	for _, p := range s.postings {
		if p.cur != nil && p.cur.ID.Compare(id) < 0 {
			cur, err := p.reader.Advance(id, p.tfd)
			if err != nil {
				return nil, err
			}
			p.cur = cur
		}
	}
	return s.Next(ctx)
}

// Close closes the postings.
func (s *bm25Searcher) Close() error {
	var first error
	for _, p := range s.postings {
		if err := p.reader.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Weight is neutral: the score is complete BM25, no query norm applies.
func (s *bm25Searcher) Weight() float64 { return 1 }

// SetQueryNorm ignores Bleve's query norm (see Weight).
func (s *bm25Searcher) SetQueryNorm(float64) {}

// Count estimates the matches, as Bleve's disjunctions do.
func (s *bm25Searcher) Count() uint64 {
	var n uint64
	for _, p := range s.postings {
		n += p.reader.Count()
	}
	return n
}

// Min is 0: one matching term is enough.
func (s *bm25Searcher) Min() int { return 0 }

// Size estimates the memory held.
func (s *bm25Searcher) Size() int { return 64 + 96*len(s.postings) }

// DocumentMatchPoolSize is 1: the searcher holds no match between calls.
func (s *bm25Searcher) DocumentMatchPoolSize() int { return 1 }
