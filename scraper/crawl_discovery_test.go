package scraper_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/scraper"
)

func TestCrawlDiscoversFromFeeds(t *testing.T) {
	s := newSite(t)
	s.text("/rss.xml", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>One</title><link>`+s.srv.URL+`/news/one</link><pubDate>Thu, 15 Feb 2024 09:00:00 +0000</pubDate></item>
<item><title>An event</title><link>`+s.srv.URL+`/events/fair</link></item>
<item><title>Two</title><guid>`+s.srv.URL+`/news/two</guid></item>
</channel></rss>`)
	s.text("/atom.xml", "application/atom+xml", `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry><title>Three</title><link rel="alternate" href="/news/three"/><published>2024-02-10T10:00:00Z</published></entry>
<entry><title>One again</title><link href="`+s.srv.URL+`/news/one"/></entry>
</feed>`)
	for _, slug := range []string{"one", "two", "three"} {
		s.article(slug, "Release "+slug, "2024-02-15")
	}
	store := openArchive(t)
	rep := crawl(t, scraper.New(testConfig(), store), s.source(t, scraper.KindFeed, []string{"/rss.xml", "/atom.xml"}, ""), false)
	if diff := cmp.Diff(counts{Fetched: 2 + 3, New: 3}, countsOf(rep)); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s\n%v", diff, rep.Failures)
	}
	if s.count("/events/fair", s.log()) != 0 {
		t.Error("a feed item that is not a release was fetched")
	}
}

func TestCrawlDiscoversFromSitemapIndex(t *testing.T) {
	s := newSite(t)
	s.text("/sitemap.xml", "application/xml", `<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>`+s.srv.URL+`/sitemap.xml?page=1</loc></sitemap>
<sitemap><loc>`+s.srv.URL+`/sitemap.xml?page=2</loc></sitemap>
<sitemap><loc>http://elsewhere.example/sitemap.xml</loc></sitemap>
</sitemapindex>`)
	s.text("/sitemap.xml?page=1", "application/xml", `<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>`+s.srv.URL+`/news/alpha</loc><lastmod>2024-01-01</lastmod></url>
<url><loc>`+s.srv.URL+`/about</loc></url>
</urlset>`)
	s.text("/sitemap.xml?page=2", "application/xml", `<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>`+s.srv.URL+`/news/beta</loc><lastmod>2024-01-02T10:00:00+01:00</lastmod></url>
</urlset>`)
	s.article("alpha", "Alpha", "2023-12-31")
	s.article("beta", "Beta", "2024-01-02")
	store := openArchive(t)
	c := scraper.New(testConfig(), store)
	src := s.source(t, scraper.KindSitemap, []string{"/sitemap.xml"}, "")
	if diff := cmp.Diff(counts{Fetched: 3 + 2, New: 2}, countsOf(crawl(t, c, src, false))); diff != "" {
		t.Errorf("first run mismatch (-want +got):\n%s", diff)
	}
	// The lastmods are older than the stored fetches: nothing to re-check.
	if diff := cmp.Diff(counts{Fetched: 3}, countsOf(crawl(t, c, src, false))); diff != "" {
		t.Errorf("second run mismatch (-want +got):\n%s", diff)
	}
	if docs := documents(t, store); docs["/news/alpha"].Published.Format("2006-01-02") != "2023-12-31" {
		t.Errorf("sitemap lastmod taken for a publication date: %v", docs["/news/alpha"].Published)
	}
}

// One source failing whole does not stop the next; the report says which.
func TestCrawlGoesOnAfterAFailingSource(t *testing.T) {
	down := newSite(t)
	down.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) })
	up := newSite(t)
	oneRelease(up, "fine")
	bad := down.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	bad.Name = "Down"
	cfg := testConfig()
	cfg.Parallel = 1 // the failing source first, the other after it
	rep, err := scraper.New(cfg, openArchive(t)).Crawl(context.Background(),
		[]scraper.Source{bad, up.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Failed() || len(rep.Sources[0].Failures) != 1 || rep.Sources[1].New != 1 || len(rep.Sources[1].Failures) != 0 {
		t.Errorf("report %+v", rep.Sources)
	}
}
