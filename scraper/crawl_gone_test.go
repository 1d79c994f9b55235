package scraper_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// endlessGone serves listing pages without end, each linking to a release
// that answers 404, as a broken newsroom's endless pagination does.
func endlessGone(s *site, pages int) {
	for i := 0; i < pages; i++ {
		s.listing(fmt.Sprintf("/news?page=%d", i), fmt.Sprintf("/news?page=%d", i+1), fmt.Sprintf("missing-%d", i))
	}
}

func requestsUnder(log []seen, prefix string) int {
	n := 0
	for _, r := range log {
		if strings.HasPrefix(r.path, prefix) {
			n++
		}
	}
	return n
}

// A release that answered 404 is not asked for again the next night; a
// listing whose pages bring only such releases stops after a few pages.
func TestCrawlRemembersGoneReleases(t *testing.T) {
	for _, full := range []bool{false, true} {
		t.Run(fmt.Sprintf("full=%v", full), func(t *testing.T) {
			s := newSite(t)
			endlessGone(s, 30)
			cfg := testConfig()
			cfg.MaxPages = 20
			store := openArchive(t)
			src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
			first := crawl(t, scraper.New(cfg, store), src, full)
			if got := requestsUnder(s.log(), "/news/missing-"); got != 20 {
				t.Fatalf("first night asked for %d releases, want the 20 listed", got)
			}
			if first.FailureCount() != 21 { // 20 releases and the page limit
				t.Errorf("first night: %d failures, want 21: %v", first.FailureCount(), first.Failures)
			}
			second := crawl(t, scraper.New(cfg, store), src, full)
			log := s.log()
			if got := requestsUnder(log, "/news/missing-"); got != 0 {
				t.Errorf("second night asked again for %d releases that answered 404", got)
			}
			if got := requestsUnder(log, "/news?page="); got > 3 {
				t.Errorf("second night walked %d listing pages that bring nothing but gone releases, want at most 3", got)
			}
			if second.FailureCount() != 0 || second.SkippedGone == 0 {
				t.Errorf("second night: failures %v, skipped as gone %d; want no failure and the skips counted", second.Failures, second.SkippedGone)
			}
		})
	}
}

// The memory fades: once the wait is over, the release is asked for again.
func TestCrawlAsksAgainWhenTheWaitIsOver(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "late")
	s.mu.Lock()
	delete(s.pages, "/news/late") // 404 at first
	s.mu.Unlock()
	cfg := testConfig()
	cfg.GoneBackoff = time.Nanosecond // the wait is over at once
	store := openArchive(t)
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	if rep := crawl(t, scraper.New(cfg, store), src, false); rep.FailureCount() != 1 {
		t.Fatalf("first crawl: %v", rep.Failures)
	}
	s.article("late", "Release late", "2024-05-02")
	if rep := crawl(t, scraper.New(cfg, store), src, false); rep.New != 1 {
		t.Errorf("second crawl: new = %d, failures %v; want the release asked for again and stored", rep.New, rep.Failures)
	}
}
