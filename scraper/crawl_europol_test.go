package scraper_test

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/scraper"
)

// europolNode serves one release of the node API, linked to an older one.
func europolNode(s *site, slug, title string, published int64, previous string) {
	path := "/media-press/newsroom/news/" + slug
	prev := ""
	if previous != "" {
		prev = "/media-press/newsroom/news/" + previous
	}
	body := fmt.Sprintf(`{"title": %q, "published": %d, "introduction": "<p>Lead of %s.</p>",
"body": "<p>Text of %s.</p><p>Photo: Europol</p>", "crimeAreas": [{"title": "Cybercrime"}],
"navigation": {"previous": %q, "next": ""}}`, title, published, slug, slug, prev)
	s.text("/cms/api/node?"+url.Values{"url": {path}}.Encode(), "application/json", body)
}

func europolFeed(s *site, slugs ...string) {
	var items strings.Builder
	for _, slug := range slugs {
		fmt.Fprintf(&items, "<item><title>%s</title><link>%s/media-press/newsroom/news/%s</link></item>", slug, s.srv.URL, slug)
	}
	s.text("/cms/api/rss/news", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel>`+items.String()+`</channel></rss>`)
}

func TestCrawlEuropolWalksTheNodeAPI(t *testing.T) {
	s := newSite(t)
	europolNode(s, "n1", "Oldest", 1704103200, "")
	europolNode(s, "n2", "Middle", 1706781600, "n1")
	europolNode(s, "n3", "Newest", 1709287200, "n2")
	europolFeed(s, "n3", "n2")
	store := openArchive(t)
	c := scraper.New(testConfig(), store)
	src := s.source(t, scraper.KindEuropol, []string{"/cms/api/rss/news"}, "")

	if diff := cmp.Diff(counts{Fetched: 1 + 3, New: 3}, countsOf(crawl(t, c, src, false))); diff != "" {
		t.Fatalf("first run mismatch (-want +got):\n%s", diff)
	}
	docs := documents(t, store)
	n1 := docs["/media-press/newsroom/news/n1"]
	if n1.Title != "Oldest" || n1.Published.Format("2006-01-02") != "2024-01-01" || n1.Body != "Text of n1." ||
		n1.Summary != "Lead of n1." || len(n1.Credits) != 1 || n1.Tags[0] != "Cybercrime" {
		t.Errorf("n1 stored as %+v", n1)
	}

	// A new release on top: the walk stops at the first known one.
	europolNode(s, "n4", "Newer still", 1709546400, "n3")
	europolFeed(s, "n4", "n3", "n2")
	s.log()
	if diff := cmp.Diff(counts{Fetched: 1 + 3, New: 1, Unchanged: 2}, countsOf(crawl(t, c, src, false))); diff != "" {
		t.Errorf("second run mismatch (-want +got):\n%s", diff)
	}
	for _, r := range s.log() {
		if strings.Contains(r.path, "n1") {
			t.Error("the incremental walk went past the known releases")
		}
	}
}
