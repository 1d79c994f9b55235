package scraper_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// A slow-drip page fails when its time budget is spent, however many tries
// are left, with a reason that says so.
func TestCrawlPageBudget(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "drip")
	page := articleHTML("Release drip", "2024-05-02")
	s.handle("/news/drip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < len(page) && r.Context().Err() == nil; i++ {
			w.Write([]byte{page[i]})
			w.(http.Flusher).Flush()
			time.Sleep(20 * time.Millisecond)
		}
	})
	cfg := testConfig()
	cfg.MaxRetries = 5 // six tries of 500ms each without a budget
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "    page_budget: 700ms\n"))
	if reason := failureFor(t, rep, "/news/drip"); !strings.Contains(reason, "time budget of 700ms for the page was spent") {
		t.Errorf("reason = %q, want the page budget named", reason)
	}
	if n := s.count("/news/drip", s.log()); n > 2 {
		t.Errorf("the page was asked for %d times within a budget that allows 2 tries at most", n)
	}
}

// A host that answers 429 with Retry-After to everything costs the crawl
// its host budget, then the host is given up for the run.
func TestCrawlHostBudget(t *testing.T) {
	s := newSite(t)
	slugs := []string{"a", "b", "c", "d", "e"}
	oneRelease(s, slugs...)
	for _, slug := range slugs {
		s.handle("/news/"+slug, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
		})
	}
	cfg := testConfig()
	cfg.HostFailures = 100 // only the budget gives the host up here
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "    host_budget: 1500ms\n"))
	hits := 0
	for _, r := range s.log() {
		if strings.HasPrefix(r.path, "/news/") {
			hits++
		}
	}
	if hits > 2 {
		t.Errorf("%d requests to the host's releases; a budget of 1.5s allows one wait of 1s, so 2 requests", hits)
	}
	if len(rep.Failures) != len(slugs) {
		t.Fatalf("failures = %v, want every release failed", rep.Failures)
	}
	for _, f := range rep.Failures {
		if !strings.Contains(f.Reason, "time budget of 1.5s for host") {
			t.Errorf("%s: reason = %q, want the host budget named", f.URL, f.Reason)
		}
	}
}

func TestSourcesFileBudgets(t *testing.T) {
	for _, tt := range []struct{ extra, want string }{
		{"    page_budget: soon\n", `page_budget: "soon" is not a duration`},
		{"    host_budget: -1s\n", `host_budget: "-1s" is not a duration`},
	} {
		_, err := scraper.LoadSources([]byte("sources:\n  - name: T\n    kind: feed\n    start: ['https://example.org/feed']\n    article: '/news/'\n"+tt.extra), "test")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.extra, err, tt.want)
		}
	}
}
