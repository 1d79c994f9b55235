package scraper_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/jhasearch/jhasearch/scraper"
)

// endlessEuropol serves a node API whose navigation.previous always names
// a release never met before, up to last (0: for ever), each body ending
// with padding. served is called as each node is served, with its number.
func endlessEuropol(s *site, last int, padding string, served func(n int)) {
	s.handle("/cms/api/rss/news", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>n0</title><link>%s/media-press/newsroom/news/n0</link></item></channel></rss>`, s.srv.URL)
	})
	inner := s.srv.Config.Handler
	s.srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/cms/api/node" {
			inner.ServeHTTP(w, r)
			return
		}
		var n int
		if _, err := fmt.Sscanf(r.URL.Query().Get("url"), "/media-press/newsroom/news/n%d", &n); err != nil {
			http.NotFound(w, r)
			return
		}
		served(n)
		prev := fmt.Sprintf("/media-press/newsroom/news/n%d", n+1)
		if last > 0 && n == last {
			prev = ""
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"title": "Release %d", "published": %d, "body": "<p>Text of release %d.</p><p>%s</p>", "navigation": {"previous": %q}}`,
			n, 1704103200-int64(n)*86400, n, padding, prev)
	})
}

// A Europol walk through an API whose previous link always points to a new
// node stores as it goes: what it holds does not grow with the walk, and
// the walk ends at the release limit with the limit named.
func TestCrawlEuropolStoresAsItWalks(t *testing.T) {
	s := newSite(t)
	store := openArchive(t)
	var storedAt40 atomic.Int64
	storedAt40.Store(-1)
	var nodes atomic.Int64
	endlessEuropol(s, 0, "", func(n int) {
		nodes.Add(1)
		if n == 40 {
			c, err := store.Count()
			if err != nil {
				t.Error(err)
			}
			storedAt40.Store(int64(c))
		}
	})
	cfg := testConfig()
	cfg.MaxReleases = 60
	rep := crawl(t, scraper.New(cfg, store), s.source(t, scraper.KindEuropol, []string{"/cms/api/rss/news"}, ""), false)
	if got := storedAt40.Load(); got < 35 {
		t.Errorf("when the API served its 41st node, %d releases were stored; want the walk to store as it goes (≥ 35)", got)
	}
	if n := nodes.Load(); n > int64(cfg.MaxReleases) {
		t.Errorf("the API was asked for %d nodes, more than the release limit %d", n, cfg.MaxReleases)
	}
	if len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0].Reason, "release limit") {
		t.Errorf("failures = %v, want one naming the release limit", rep.Failures)
	}
}

// A walk cut short (by the release limit here, by a kill or a failed node
// in life) leaves a mark, and the next incremental crawl goes on from it
// instead of stopping at the newest releases it already has.
func TestCrawlEuropolResumesACutWalk(t *testing.T) {
	s := newSite(t)
	store := openArchive(t)
	endlessEuropol(s, 99, "", func(int) {})
	cfg := testConfig()
	cfg.MaxReleases = 60
	c := scraper.New(cfg, store)
	src := s.source(t, scraper.KindEuropol, []string{"/cms/api/rss/news"}, "")
	first := crawl(t, c, src, false)
	if first.New < 55 || first.New >= 100 {
		t.Fatalf("first crawl stored %d releases, want the limit's worth", first.New)
	}
	second := crawl(t, c, src, false)
	if n, _ := store.Count(); n != 100 {
		t.Errorf("after the second crawl %d of the 100 releases are stored; failures %v", n, second.Failures)
	}
	s.log()
	third := crawl(t, c, src, false)
	if third.New != 0 || len(third.Failures) != 0 {
		t.Errorf("third crawl: %+v", third)
	}
	if n := len(s.log()); n > 3 { // the feed and the newest node (robots.txt cached)
		t.Errorf("a finished walk was resumed again: %d requests", n)
	}
}

// Listings, feeds and sitemaps are bounded too: a source that offers more
// releases than the limit in one crawl stops at the limit and says so.
func TestCrawlStopsAtTheReleaseLimit(t *testing.T) {
	s := newSite(t)
	var sitemap strings.Builder
	sitemap.WriteString(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for i := 0; i < 12; i++ {
		slug := fmt.Sprintf("r%d", i)
		s.listing(fmt.Sprintf("/news?page=%d", i), fmt.Sprintf("/news?page=%d", i+1), slug+"a", slug+"b", slug+"c")
		fmt.Fprintf(&sitemap, "<url><loc>%s/news/%s</loc></url>", s.srv.URL, slug)
	}
	sitemap.WriteString(`</urlset>`)
	s.text("/sitemap.xml", "application/xml", sitemap.String())
	cfg := testConfig()
	cfg.MaxReleases = 7
	for _, src := range []scraper.Source{
		s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""),
		s.source(t, scraper.KindSitemap, []string{"/sitemap.xml"}, ""),
	} {
		t.Run(src.Kind, func(t *testing.T) {
			rep := crawl(t, scraper.New(cfg, openArchive(t)), src, true)
			var limit []scraper.Failure
			for _, f := range rep.Failures {
				if strings.Contains(f.Reason, "release limit") {
					limit = append(limit, f)
				}
			}
			if len(limit) != 1 {
				t.Errorf("failures = %v, want one naming the release limit", rep.Failures)
			}
			if got := rep.New + len(rep.Failures) - 1; got > cfg.MaxReleases {
				t.Errorf("%d releases tried, more than the limit %d", got, cfg.MaxReleases)
			}
		})
	}
}

// A walk killed half way (the context cancelled, as by a signal) is
// completed by the next incremental crawl.
func TestCrawlEuropolCompletesAKilledWalk(t *testing.T) {
	s := newSite(t)
	store := openArchive(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	endlessEuropol(s, 99, "", func(n int) {
		if n == 37 {
			cancel()
		}
	})
	c := scraper.New(testConfig(), store)
	src := s.source(t, scraper.KindEuropol, []string{"/cms/api/rss/news"}, "")
	if _, err := c.Crawl(ctx, []scraper.Source{src}, false); err == nil {
		t.Fatal("the cancelled crawl reported no error")
	}
	if n, _ := store.Count(); n == 0 || n >= 100 {
		t.Fatalf("the killed crawl stored %d releases, want some", n)
	}
	rep := crawl(t, c, src, false)
	if n, _ := store.Count(); n != 100 {
		t.Errorf("after the next crawl %d of the 100 releases are stored; failures %v", n, rep.Failures)
	}
}
