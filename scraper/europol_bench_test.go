package scraper_test

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// BenchmarkEuropolWalkPeakHeap walks a hostile node API of 3,000 releases
// whose answers carry 64 KiB of text each, and reports the peak of the
// live heap sampled during the walk. Run it alone on a quiet machine:
//
//	go test -run '^$' -bench EuropolWalkPeakHeap -benchtime 1x ./scraper/
func BenchmarkEuropolWalkPeakHeap(b *testing.B) {
	const nodes = 3000
	padding := strings.Repeat("Filler words of a long release. ", 2048) // 64 KiB
	for b.Loop() {
		s := newSite(b)
		endlessEuropol(s, 0, padding, func(int) {})
		cfg := testConfig()
		cfg.MinGap = time.Microsecond
		cfg.MaxReleases = nodes
		cfg.MaxBodyBytes = 1 << 20
		store := openArchive(b)
		src := s.source(b, scraper.KindEuropol, []string{"/cms/api/rss/news"}, "")
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		var peak atomic.Uint64
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			var m runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > peak.Load() {
					peak.Store(m.HeapAlloc)
				}
			}
		})
		rep, err := scraper.New(cfg, store).Crawl(context.Background(), []scraper.Source{src}, false)
		close(stop)
		wg.Wait()
		s.srv.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak.Load()-min(peak.Load(), base.HeapAlloc))/(1<<20), "peak-heap-MiB")
		b.ReportMetric(float64(rep.Sources[0].New), "stored")
	}
}
