package scraper_test

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// Two sources on one host, crawled at once, never have two requests in
// flight to it together.
func TestCrawlOneRequestAtATimePerHost(t *testing.T) {
	s := newSite(t)
	threePages(s)
	s.listing("/other?page=0", "", "a1", "b1", "c1")
	var inFlight, most atomic.Int32
	inner := s.srv.Config.Handler
	s.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond) // long enough for an overlap to show
		inner.ServeHTTP(w, r)
	})
	one := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	two := s.source(t, scraper.KindHTML, []string{"/other?page=0"}, "")
	two.Name = "Other"
	rep, err := scraper.New(testConfig(), openArchive(t)).Crawl(context.Background(), []scraper.Source{one, two}, false)
	if err != nil || rep.Failed() {
		t.Fatalf("crawl: %v %+v", err, rep)
	}
	if most.Load() != 1 {
		t.Errorf("%d requests were in flight at once to one host", most.Load())
	}
}

func TestCrawlHonoursCrawlDelayAndCachesRobots(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "one", "two")
	s.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.2\n")
	c := scraper.New(testConfig(), openArchive(t))
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	crawl(t, c, src, false)
	log := s.log()
	for i := 2; i < len(log); i++ { // from the listing on, after robots.txt
		if gap := log[i].at.Sub(log[i-1].at); gap < 190*time.Millisecond {
			t.Errorf("requests %s and %s only %s apart, want the 200ms Crawl-delay", log[i-1].path, log[i].path, gap)
		}
	}
	crawl(t, c, src, false)
	if n := s.count("/robots.txt", s.log()); n != 0 {
		t.Errorf("robots.txt fetched %d times more within its TTL", n)
	}
}

func TestCrawlStopsEndlessRedirects(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "loop")
	s.handle("/news/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/news/loop", http.StatusFound) })
	rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
	if reason := failureFor(t, rep, "/news/loop"); !strings.Contains(reason, "more than 5 redirects") {
		t.Errorf("reason = %q", reason)
	}
	if n := s.count("/news/loop", s.log()); n != 6 {
		t.Errorf("loop requested %d times, want 6 (the first and 5 hops)", n)
	}
}

func TestCrawlProgressAndReport(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "one", "huge")
	s.text("/news/huge", "text/html", strings.Repeat("x", 70<<10))
	var bar bytes.Buffer
	cfg := testConfig()
	cfg.Progress = &bar
	rep, err := scraper.New(cfg, openArchive(t)).Crawl(context.Background(),
		[]scraper.Source{s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(bar.String(), "\r[") || !strings.HasSuffix(bar.String(), "1/1 sources  2 pages  1 new  0 changed  1 failed \n") {
		t.Errorf("progress output %q", bar.String())
	}
	if !rep.Failed() {
		t.Error("Failed() is false with a failed page")
	}
	var out bytes.Buffer
	if err := rep.Write(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Test", "/news/huge: scraper: get", "body larger than the cap"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

// A site that gives Last-Modified but no ETag is asked If-Modified-Since.
func TestCrawlUsesLastModified(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "dated")
	modified := time.Date(2024, 5, 2, 10, 0, 0, 0, time.UTC)
	body := articleHTML("Release dated", "2024-05-02")
	var notModified atomic.Int32
	s.handle("/news/dated", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == modified.Format(http.TimeFormat) {
			notModified.Add(1)
		}
		w.Header().Set("Content-Type", "text/html")
		http.ServeContent(w, r, "", modified, strings.NewReader(body))
	})
	c := scraper.New(testConfig(), openArchive(t))
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	crawl(t, c, src, false)
	rep := crawl(t, c, src, false)
	if rep.Unchanged != 1 || notModified.Load() != 1 {
		t.Errorf("unchanged = %d, conditional requests = %d; want 1 and 1", rep.Unchanged, notModified.Load())
	}
}
