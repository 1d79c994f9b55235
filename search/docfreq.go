package search

import (
	"context"
	"math"
)

// docFreqs returns the number of documents whose field holds each term,
// read from the index's posting lists; a term that cannot be read counts 0.
func (g *generation) docFreqs(field string, terms []string) map[string]int {
	out := make(map[string]int, len(terms))
	r, err := g.reader()
	if err != nil {
		return out
	}
	defer r.Close()
	for _, t := range terms {
		tfr, err := r.TermFieldReader(context.Background(), []byte(t), field, false, false, false)
		if err != nil {
			continue
		}
		out[t] = int(tfr.Count())
		tfr.Close()
	}
	return out
}

// idf is BM25's inverse document frequency of a term in df of n
// documents (Lucene's).
func idf(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}
