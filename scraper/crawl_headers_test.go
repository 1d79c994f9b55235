package scraper_test

import (
	"testing"

	"github.com/jhasearch/jhasearch/scraper"
)

// A source's extra headers (an access token the agency grants) go with
// every request to it, and the crawler still names itself.
func TestCrawlSendsSourceHeaders(t *testing.T) {
	s := newSite(t)
	s.listing("/news?page=0", "", "one")
	s.article("one", "One release", "2024-03-01")
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"},
		"    headers: {Authorization: 'Bearer granted-token', Cookie: 'pass=ok'}\n")
	rep := crawl(t, scraper.New(testConfig(), openArchive(t)), src, false)
	if rep.New != 1 {
		t.Fatalf("report = %+v", countsOf(rep))
	}
	log := s.log()
	if len(log) != 3 {
		t.Fatalf("requests = %d, want robots.txt, listing, release", len(log))
	}
	for _, r := range log {
		if r.header.Get("Authorization") != "Bearer granted-token" || r.header.Get("Cookie") != "pass=ok" {
			t.Errorf("%s: headers %v, want the source's", r.path, r.header)
		}
		if r.userAgent != testConfig().UserAgent {
			t.Errorf("%s: User-Agent %q", r.path, r.userAgent)
		}
	}
}
