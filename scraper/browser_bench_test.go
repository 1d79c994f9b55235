package scraper_test

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// The cost of a page in the browser against a plain fetch, on the same
// newsroom: 20 releases on 2 listing pages, served as finished HTML to the
// plain fetcher and as script-built pages (shell, app.js, JSON) to the
// browser. Each iteration is a whole crawl into a fresh archive, the
// browser's start included. Run:
//
//	go test ./scraper -run '^$' -bench 'Fetch(Plain|Browser)' -benchtime 3x
//
// ns/page is the wall time per page (listing or release); crawler-maxrss-MB
// is the peak RSS of the test process; chromium-peak-MB is the peak, sampled
// every 20ms, of the summed proportional set size (PSS, so that pages shared
// between Chromium's processes count once) of the crawl's Chromium
// processes, and chromium-rss-MB the same for their summed RSS (which counts
// shared pages once per process, so overstates).
func BenchmarkFetchPlain(b *testing.B)   { benchFetch(b, false) }
func BenchmarkFetchBrowser(b *testing.B) { benchFetch(b, true) }

const benchReleases, benchPageSize = 20, 10

func benchFetch(b *testing.B, browser bool) {
	if browser {
		needChromium(b)
	}
	dir := browserTemp(b)
	s := benchSite(b, browser)
	extra := "    rate: 1ms\n"
	if browser {
		extra += "    fetch: browser\n"
	}
	src := s.jsSource(b, extra)
	cfg := testConfig()
	cfg.RequestTimeout, cfg.HeaderTimeout = 10*time.Second, 10*time.Second
	pages := benchReleases + benchReleases/benchPageSize
	peak, peakRSS := watchChromium(dir)
	b.ResetTimer()
	for range b.N {
		store := openArchive(b)
		rep, err := scraper.New(cfg, store).Crawl(context.Background(), []scraper.Source{src}, true)
		if err != nil || rep.Sources[0].New != benchReleases || rep.Sources[0].Fetched != pages {
			b.Fatalf("crawl: %v, %+v", err, rep.Sources[0])
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pages), "ns/page")
	pss, rss := peak(), peakRSS()
	b.ReportMetric(pss/(1<<20), "chromium-peak-MB")
	b.ReportMetric(rss/(1<<20), "chromium-rss-MB")
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "crawler-maxrss-MB") // Maxrss is in KiB on Linux
	}
}

// benchSite serves the newsroom of the benchmark, script-built or plain.
func benchSite(b *testing.B, scripted bool) *site {
	s := newSite(b)
	var rs []jsRelease
	for i := range benchReleases {
		r := jsReleases[i%len(jsReleases)]
		r.Slug = fmt.Sprintf("%s-%d", r.Slug, i)
		r.Title = fmt.Sprintf("%s (%d)", r.Title, i)
		rs = append(rs, r)
	}
	s.text("/static/app.js", "text/javascript", jsApp)
	for p := 0; p*benchPageSize < len(rs); p++ {
		items := rs[p*benchPageSize : (p+1)*benchPageSize]
		var next any
		var nextLink string
		if (p+1)*benchPageSize < len(rs) {
			next, nextLink = p+1, fmt.Sprintf(`<a rel="next" href="/newsroom/news?page=%d">Next</a>`, p+1)
		}
		path := fmt.Sprintf("/newsroom/news?page=%d", p)
		s.text(fmt.Sprintf("/api/news?page=%d", p), "application/json", mustJSON(b, map[string]any{"items": items, "next": next}))
		if scripted {
			s.text(path, "text/html", jsShell)
			continue
		}
		var list strings.Builder
		list.WriteString("<!DOCTYPE html><html><body><main><h1>News</h1>")
		for _, r := range items {
			fmt.Fprintf(&list, `<div class="card"><h3><a href="/newsroom/news/%s">%s</a></h3><time datetime="%s">%s</time></div>`,
				r.Slug, html.EscapeString(r.Title), r.Date, r.Date)
		}
		s.text(path, "text/html", list.String()+nextLink+"</main></body></html>")
	}
	for _, r := range rs {
		s.text("/api/news/"+r.Slug, "application/json", mustJSON(b, r))
		if scripted {
			s.text("/newsroom/news/"+r.Slug, "text/html", jsShell)
		} else {
			s.text("/newsroom/news/"+r.Slug, "text/html", `<!DOCTYPE html><html lang="en"><head><title>`+html.EscapeString(r.Title)+
				`</title><meta name="description" content="`+html.EscapeString(r.Lead)+`"></head><body><main><article><h1>`+
				html.EscapeString(r.Title)+`</h1><time datetime="`+r.Date+`">`+r.Date+`</time><p>`+
				strings.Join(r.Body, "</p><p>")+`</p></article></main></body></html>`)
		}
	}
	return s
}

// watchChromium samples the summed PSS and RSS of the Chromium processes
// under dir until the first returned func is called; the funcs give the
// peaks in bytes.
func watchChromium(dir string) (pss, rss func() float64) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var peakPSS, peakRSS float64
	wg.Go(func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			p, r := chromiumMemory(dir)
			peakPSS, peakRSS = max(peakPSS, p), max(peakRSS, r)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	})
	return func() float64 { close(stop); wg.Wait(); return peakPSS }, func() float64 { return peakRSS }
}

// chromiumMemory sums Pss and Rss of /proc/<pid>/smaps_rollup over the
// Chromium processes under dir.
func chromiumMemory(dir string) (pss, rss float64) {
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		cmd, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || !strings.Contains(string(cmd), "--user-data-dir="+dir) {
			continue
		}
		rollup, err := os.ReadFile(filepath.Join("/proc", e.Name(), "smaps_rollup"))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(rollup), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 {
				continue
			}
			kb, _ := strconv.ParseFloat(f[1], 64)
			switch f[0] {
			case "Pss:":
				pss += kb * 1024
			case "Rss:":
				rss += kb * 1024
			}
		}
	}
	return pss, rss
}
