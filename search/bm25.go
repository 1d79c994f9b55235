package search

import "github.com/jhasearch/jhasearch/search/reader"

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

// weightedTF is a posting's length-normalised, weighted term frequency
// (BM25F), the field weighing boost and its average length avgLen.
func weightedTF(p *reader.Posting, boost, avgLen, b float64) float64 {
	return boost * float64(p.Freq) / (1 - b + b*p.Length/avgLen)
}
