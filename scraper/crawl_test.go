package scraper_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/scraper"
)

// threePages serves a listing of three pages, newest first; the page after
// the last repeats it, as some sites answer an out-of-range page.
func threePages(s *site) {
	s.listing("/news?page=0", "/news?page=1", "a1", "a2", "a3")
	s.listing("/news?page=1", "/news?page=2", "b1", "b2", "b3")
	s.listing("/news?page=2", "/news?page=3", "c1", "c2")
	s.listing("/news?page=3", "/news?page=4", "c1", "c2")
	for i, slug := range []string{"a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2"} {
		s.article(slug, "Release "+slug, "2024-03-"+string(rune('0'+(20-i)/10))+string(rune('0'+(20-i)%10)))
	}
}

func TestCrawlPaginationThenConditionalRecheck(t *testing.T) {
	s := newSite(t)
	threePages(s)
	store := openArchive(t)
	c := scraper.New(testConfig(), store)
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")

	first := crawl(t, c, src, false)
	if diff := cmp.Diff(counts{Fetched: 4 + 8, New: 8}, countsOf(first)); diff != "" {
		t.Errorf("first run mismatch (-want +got):\n%s\n%v", diff, first.Failures)
	}
	docs := documents(t, store)
	if len(docs) != 8 || docs["/news/c2"].Title != "Release c2" || docs["/news/a1"].Published.Format("2006-01-02") != "2024-03-20" {
		t.Errorf("stored %d documents: %+v", len(docs), docs["/news/a1"])
	}
	log := s.log()
	if ua := log[0].userAgent; ua != testConfig().UserAgent {
		t.Errorf("User-Agent = %q", ua)
	}
	if s.count("/news?page=4", log) != 0 {
		t.Error("the walk went past a page that repeated the last one")
	}

	// Second run: page 0 holds only known releases, so the walk stops there
	// and its releases are asked for with their validators only.
	second := crawl(t, c, src, false)
	if diff := cmp.Diff(counts{Fetched: 1 + 3, Unchanged: 3}, countsOf(second)); diff != "" {
		t.Errorf("second run mismatch (-want +got):\n%s", diff)
	}
	for _, r := range s.log() {
		if !r.conditional {
			t.Errorf("second run sent an unconditional request for %s", r.path)
		}
		if r.path == "/news?page=1" {
			t.Error("second run walked past the first page of known releases")
		}
	}

	// A changed release is stored again; the others stay untouched.
	s.article("a2", "Release a2, corrected", "2024-03-19")
	third := crawl(t, c, src, false)
	if diff := cmp.Diff(counts{Fetched: 4, Changed: 1, Unchanged: 2}, countsOf(third)); diff != "" {
		t.Errorf("third run mismatch (-want +got):\n%s", diff)
	}
	if got := documents(t, store)["/news/a2"].Title; got != "Release a2, corrected" {
		t.Errorf("changed title = %q", got)
	}

	// A full run walks every page and still fetches nothing unconditionally.
	full := crawl(t, c, src, true)
	if diff := cmp.Diff(counts{Fetched: 4 + 8, Unchanged: 8}, countsOf(full)); diff != "" {
		t.Errorf("full run mismatch (-want +got):\n%s", diff)
	}
}

// Re-extracting the stored raw pages (what reindex does) gives the very
// documents the crawl stored.
func TestExtractOfStoredPagesReproducesTheCrawl(t *testing.T) {
	s := newSite(t)
	threePages(s)
	store := openArchive(t)
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	crawl(t, scraper.New(testConfig(), store), src, false)
	s.article("a1", "Release a1 changed", "2024-03-20")
	crawl(t, scraper.New(testConfig(), store), src, true) // one changed, the rest touched
	n := 0
	for rec, err := range store.Records(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if rec.Page.Source != "Test" || rec.Page.Hash == "" || rec.Page.ETag == "" || len(rec.Page.Content) == 0 {
			t.Errorf("stored page metadata incomplete: %+v", rec.Page)
		}
		got, err := scraper.Extract(src, *rec.Page)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(rec.Document, got); diff != "" {
			t.Errorf("%s: re-extraction mismatch (-stored +extracted):\n%s", rec.Document.URL, diff)
		}
	}
	if n != 8 {
		t.Errorf("%d records, want 8", n)
	}
}

func TestCrawlCountsResponsesByStatus(t *testing.T) {
	s := newSite(t)
	threePages(s)
	c := scraper.New(testConfig(), openArchive(t))
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	for i, want := range []map[int]int{
		{200: 1 + 4 + 8}, // robots.txt, the listing pages and the releases
		{304: 1 + 3},     // page 0 and its releases, unchanged; robots.txt is cached
	} {
		rep, err := c.Crawl(context.Background(), []scraper.Source{src}, false)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, rep.Statuses); diff != "" {
			t.Errorf("run %d: statuses mismatch (-want +got):\n%s", i+1, diff)
		}
	}
}

// A listing page that fails must not leave the releases behind it
// unreachable: the walk keeps nothing, and the next one walks it all.
func TestCrawlFailedListingPageLosesNothing(t *testing.T) {
	s := newSite(t)
	threePages(s)
	s.handle("/news?page=1", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone for now", http.StatusNotFound)
	})
	store := openArchive(t)
	c := scraper.New(testConfig(), store)
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")

	first := crawl(t, c, src, false)
	if len(first.Failures) != 1 || first.New != 0 {
		t.Errorf("first run: %d new, failures %v; want 0 new and the failed page", first.New, first.Failures)
	}
	threePages(s) // page 1 answers again
	second := crawl(t, c, src, false)
	if len(second.Failures) != 0 || second.New != 8 {
		t.Errorf("second run: %d new, failures %v; want all 8 releases", second.New, second.Failures)
	}
	if docs := documents(t, store); len(docs) != 8 {
		t.Errorf("the archive holds %d releases, want 8", len(docs))
	}
}
