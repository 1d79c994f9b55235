package scraper_test

import (
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper"
)

// BenchmarkExtract extracts each agency's fixture release in turn: the cost
// of a reindex per stored page.
func BenchmarkExtract(b *testing.B) {
	sources, err := scraper.DefaultSources()
	if err != nil {
		b.Fatal(err)
	}
	type job struct {
		src  scraper.Source
		page jhasearch.Page
	}
	var jobs []job
	for _, c := range goldenCases {
		src, _ := scraper.Lookup(sources, c.source)
		jobs = append(jobs, job{src, fixturePage(b, c.dir, c.article, c.pageURL, c.contentType)})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		j := jobs[i%len(jobs)]
		if _, err := scraper.Extract(j.src, j.page); err != nil {
			b.Fatal(err)
		}
	}
}
