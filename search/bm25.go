package search

import (
	"context"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Bleve's BM25 departs from BM25 in three ways that cost ranking quality
// (measured on SciFact, see docs/relevance.md): the average field length
// is the number of distinct terms per document, the term frequency enters
// as its square root, and the idf is applied twice through the query norm;
// its disjunction also multiplies by the share of matching clauses. So the
// plain words of a query are scored here, by a searcher of our own over
// Bleve's posting lists: Okapi BM25 with Lucene's idf and the true average
// lengths recorded by the indexer, in its BM25F form: the weighted
// frequencies of a term in title, summary and body add up before they
// saturate, and each term counts its idf once.

// bm25Params are the collection statistics of a generation.
type bm25Params struct {
	docs   float64
	avgLen map[string]float64
	k1, b  float64
}

// saturate is BM25's saturation of a term's weighted frequency.
func (p *bm25Params) saturate(tf float64) float64 {
	return tf * (p.k1 + 1) / (tf + p.k1)
}

// bm25Term is one index term of one field, with the field's weight.
type bm25Term struct {
	field, term string
	boost       float64
}

// termKey names a term whatever its field.
func (t bm25Term) termKey() string { return t.term }

// bm25Query matches documents holding any of its terms.
type bm25Query struct {
	terms  []bm25Term
	params *bm25Params
}

// Searcher implements query.Query. The fields of one term share one idf,
// from the field where the term is most common (the closest to the number
// of documents holding it anywhere).
func (q *bm25Query) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, options bsearch.SearcherOptions) (bsearch.Searcher, error) {
	s := &bm25Searcher{params: q.params}
	slot := map[string]int{}
	var dfs []float64
	for _, t := range q.terms {
		if err := bsearch.RecordTermSearcher(ctx); err != nil {
			s.Close()
			return nil, err
		}
		tfr, err := r.TermFieldReader(ctx, []byte(t.term), t.field, true, true, false)
		if err != nil {
			s.Close()
			return nil, err
		}
		df := float64(tfr.Count())
		if df == 0 {
			tfr.Close()
			continue
		}
		i, ok := slot[t.termKey()]
		if !ok {
			i = len(dfs)
			slot[t.termKey()] = i
			dfs = append(dfs, 0)
		}
		dfs[i] = max(dfs[i], df)
		s.postings = append(s.postings, &posting{reader: tfr, slot: i, boost: t.boost,
			avgLen: max(q.params.avgLen[t.field], 1), tfd: &index.TermFieldDoc{}})
	}
	if len(s.postings) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	for _, df := range dfs {
		s.idf = append(s.idf, idf(q.params.docs, df))
	}
	s.acc = make([]float64, len(dfs))
	return s, nil
}

// posting is one term's posting list with its place in it.
type posting struct {
	reader index.TermFieldReader
	slot   int // the term's place in the searcher's idf and acc
	boost  float64
	avgLen float64
	tfd    *index.TermFieldDoc
	cur    *index.TermFieldDoc // nil when exhausted
}

// weightedTF is the posting's length-normalised, weighted term frequency
// on its current document (BM25F).
func (p *posting) weightedTF(b float64) float64 {
	tf := float64(p.cur.Freq)
	length := 1.0
	if p.cur.Norm > 0 {
		length = 1 / (p.cur.Norm * p.cur.Norm)
	}
	return p.boost * tf / (1 - b + b*length/p.avgLen)
}
