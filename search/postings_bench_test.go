package search

import (
	"context"
	"testing"

	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/internal/measure"
	"github.com/jhasearch/jhasearch/search/score"
)

// BenchmarkReadWord measures reading words' postings from the index and
// scoring them (query.Index.ReadWord, the hot loop of a server reading words it has
// not cached), without any cache:
//
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search -run '^$' -bench ReadWord -corpus 20000
func BenchmarkReadWord(b *testing.B) {
	e, err := Open(benchIndex(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	gen := corpus.NewReleaseText(7)
	var words [][]score.Term
	for i := 0; i < 64; i++ {
		words = append(words, []score.Term{{Term: gen.Words[50+i*70]}})
	}
	g, release, err := e.current()
	if err != nil {
		b.Fatal(err)
	}
	defer release()
	for i, w := range words {
		// The word in every text field, weighted as a plain word's.
		term := g.q.Analyze(w[0].Term)[0]
		words[i] = nil
		for _, fb := range g.ranking.Fields {
			words[i] = append(words[i], score.Term{Field: fb.Field, Term: term, Boost: fb.Boost})
		}
	}
	postings := 0
	b.ResetTimer()
	cpu := measure.CPUTime()
	for i := 0; i < b.N; i++ {
		l, err := g.q.ReadWord(context.Background(), words[i%len(words)])
		if err != nil {
			b.Fatal(err)
		}
		postings += l.Len()
	}
	b.ReportMetric(float64(postings)/float64(b.N), "docs/op")
	// On a shared machine, CPU time says more than wall time.
	b.ReportMetric(float64((measure.CPUTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}
