package vocab

import (
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/measure"
)

// benchDocuments builds n documents of about 3 KB of body text each from
// the labelled releases, as the archive holds them.
func benchDocuments(b *testing.B, n int) []jhasearch.Document {
	b.Helper()
	src := readLabelled(b, "testdata/labelled.jsonl")
	docs := make([]jhasearch.Document, n)
	k := 0
	for i := range docs {
		var body strings.Builder
		for body.Len() < 3000 {
			body.WriteString(src[k%len(src)].Body)
			body.WriteString("\n\n")
			k++
		}
		l := src[k%len(src)]
		docs[i] = jhasearch.Document{Title: l.Title, Summary: l.Summary, Body: body.String(), Tags: l.Tags}
	}
	return docs
}

// BenchmarkEnrich reports documents per second on one goroutine, by the
// wall clock (docs/s) and by the process's CPU time (docs/cpu-s, which GC
// work on other threads counts against and a busy machine does not):
//
//	go test -run '^$' -bench Enrich -cpu 1 ./vocab
func BenchmarkEnrich(b *testing.B) {
	v, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocuments(b, 200)
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Title) + len(d.Summary) + len(d.Body))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := measure.CPUTime()
	for i := 0; i < b.N; i++ {
		v.Enrich(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if used := measure.CPUTime() - cpu; used > 0 {
		b.ReportMetric(float64(b.N)/used.Seconds(), "docs/cpu-s")
	}
}

// BenchmarkDefault measures loading and validating the embedded file,
// which every process start pays once.
func BenchmarkDefault(b *testing.B) {
	cpu := measure.CPUTime()
	for i := 0; i < b.N; i++ {
		if _, err := Load(embedded, DefaultOrigin); err != nil {
			b.Fatal(err)
		}
	}
	if used := measure.CPUTime() - cpu; used > 0 {
		b.ReportMetric(used.Seconds()*1000/float64(b.N), "cpu-ms/op")
	}
}
