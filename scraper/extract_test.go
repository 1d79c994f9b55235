package scraper_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper"
)

// The seed release of the project: eu-LISA's legacy page stamps local
// midnight in UTC and ends with a tag line and a photo credit.
func TestSeedRelease(t *testing.T) {
	c := goldenCases[0]
	src := lookup(t, defaultSources(t), "eu-LISA")
	doc, err := scraper.Extract(src, fixturePage(t, c.dir, c.article, c.pageURL, c.contentType))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Published.Format(jhasearch.DateLayout); got != "2024-02-15" {
		t.Errorf("Published = %s, want 2024-02-15", got)
	}
	if diff := cmp.Diff([]string{"JHAA", "European Institutions", "Eurodac", "SIS"}, doc.Tags); diff != "" {
		t.Errorf("tags mismatch (-want +got):\n%s", diff)
	}
	for _, leak := range []string{"JHAA", "Photo: eu-LISA", "Share on X", "Suggested reads"} {
		if strings.Contains(doc.Body, leak) {
			t.Errorf("body holds %q:\n%s", leak, doc.Body)
		}
	}
	if diff := cmp.Diff([]string{"Photo: eu-LISA"}, doc.Credits); diff != "" {
		t.Errorf("credits mismatch (-want +got):\n%s", diff)
	}
	canon, _ := jhasearch.CanonicalURL(c.pageURL)
	if doc.ID != jhasearch.DocumentID(canon) || doc.Agency != "eu-LISA" || !doc.FetchedAt.Equal(fetchedAt) {
		t.Errorf("id %s, agency %s, fetched %s: not derived from the page", doc.ID, doc.Agency, doc.FetchedAt)
	}
}

func TestRejectedPages(t *testing.T) {
	sources := defaultSources(t)
	tests := []struct {
		dir, file, source, url, want string
	}{
		{"fra", "challenge.html", "FRA", "https://fra.europa.eu/en/news/2024/survey-shows-persistent-gaps-access-justice", "bot challenge"},
		{"cepol", "empty.html", "eu-LISA", "https://www.eulisa.europa.eu/news-and-events/news/shell", `set "fetch: browser" on this source`},
		{"cepol", "empty.html", "CEPOL", "https://www.cepol.europa.eu/newsroom/news/cepol-launches-course-financial-investigations", "empty page"},
		{"generic", "empty.html", "eu-LISA", "https://www.eulisa.europa.eu/news-and-events/news/e", "empty page"},
		{"eu-lisa", "list.html", "eu-LISA", "https://www.eulisa.europa.eu/news-and-events/news/x", "listing page"},
		{"generic", "cookiewall.html", "eu-LISA", "https://www.eulisa.europa.eu/news-and-events/news/y", "cookie wall (Your privacy choices)"},
		{"generic", "cookieonly.html", "eu-LISA", "https://www.eulisa.europa.eu/news-and-events/news/z", "cookie wall: the page holds a cookie notice and no text"},
	}
	for _, tt := range tests {
		t.Run(tt.dir+"/"+tt.file, func(t *testing.T) {
			_, err := scraper.Extract(lookup(t, sources, tt.source), fixturePage(t, tt.dir, tt.file, tt.url, "text/html"))
			if !scraper.IsRejected(err) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Extract error = %v, want a rejection with %q", err, tt.want)
			}
		})
	}
}

// genericSource has no selectors at all: everything comes from the
// generic fallbacks.
func genericSource(t *testing.T) scraper.Source {
	t.Helper()
	sources, err := scraper.LoadSources([]byte(`
sources:
  - name: Generic
    kind: feed
    start: [https://news.example.org/feed.xml]
    article: '/news/'
    timezone: Europe/Brussels
`), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sources[0]
}

func TestGenericExtraction(t *testing.T) {
	page := fixturePage(t, "generic", "article.html", "https://www.news.example.org/news/ministers-agree-on-data-rules/", "text/html")
	got, err := scraper.Extract(genericSource(t), page)
	if err != nil {
		t.Fatal(err)
	}
	want := jhasearch.Document{
		ID:        jhasearch.DocumentID("https://news.example.org/news/ministers-agree-on-data-rules"),
		URL:       "https://news.example.org/news/ministers-agree-on-data-rules",
		Agency:    "Generic",
		Title:     "Ministers agree on <script>alert('data')</script> rules",
		Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC),
		Summary:   "Interior ministers reached an agreement on common data rules.",
		Body: "Interior ministers meeting in Brussels agreed on common rules for the exchange of data.\n\n" +
			"The rules <script>alert(1)</script> take effect next year & apply to every agency.\n\n" +
			"A second paragraph,\nafter a line break, follows.",
		Tags:      []string{"Data protection", "Interoperability", "Council"},
		Language:  "fr",
		Credits:   []string{"Photo credit: Council of the EU"},
		FetchedAt: fetchedAt,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestSitemapIndexGivesChildren(t *testing.T) {
	src := lookup(t, defaultSources(t), "EUDA")
	base, _ := url.Parse("https://www.euda.europa.eu/sitemap.xml")
	links, children, err := scraper.SitemapLinks(src, readFixture(t, "euda", "index.xml"), base)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://www.euda.europa.eu/sitemap.xml?page=1", "https://www.euda.europa.eu/sitemap.xml?page=2"}
	if diff := cmp.Diff(want, children); diff != "" || len(links) != 0 {
		t.Errorf("children mismatch (-want +got):\n%s\nlinks: %v", diff, links)
	}
}

// Frontex's six-character id is part of the key: the same slug with
// another id is another release, and a trailing slash changes nothing.
func TestFrontexIDSuffixStaysInTheKey(t *testing.T) {
	src := lookup(t, defaultSources(t), "Frontex")
	const prefix = "https://www.frontex.europa.eu/media-centre/news/news-release/"
	a, _ := jhasearch.CanonicalURL(prefix + "risk-analysis-for-2024-published-aB3dE9/")
	b, _ := jhasearch.CanonicalURL(prefix + "risk-analysis-for-2024-published-aB3dE9")
	c, _ := jhasearch.CanonicalURL(prefix + "risk-analysis-for-2024-published-Zz9Yy8")
	if a != b || a == c || !strings.HasSuffix(a, "-aB3dE9") {
		t.Errorf("canonical keys %q %q %q", a, b, c)
	}
	if !src.IsArticle(prefix+"risk-analysis-for-2024-published-aB3dE9/") || src.IsArticle(prefix+"?p=2") {
		t.Error("Frontex article pattern does not follow the id suffix")
	}
}

// eu-LISA's feed mixes news, events and videos: the article pattern keeps
// the news only.
func TestFeedClassifiesByPath(t *testing.T) {
	src := lookup(t, defaultSources(t), "eu-LISA")
	base, _ := url.Parse("https://www.eulisa.europa.eu/news-and-events.rss")
	links, err := scraper.FeedLinks(src, readFixture(t, "eu-lisa", "feed.xml"), base)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, l.Date.Format(jhasearch.DateLayout)+" "+l.Title)
	}
	want := []string{"2024-03-20 Agency hosts workshop on sustainable data centres", "2024-02-15 EMPACT Communication Network gathers in Tallinn"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// A short release whose title speaks of consent is a release, not a wall.
func TestConsentInATitleIsNoWall(t *testing.T) {
	page := fixturePage(t, "generic", "article.html", "https://news.example.org/news/x", "text/html")
	page.Content = []byte(`<html><head><title>Council gives consent to the new agreement</title></head><body><article>
<h1>Council gives consent to the new agreement</h1><time datetime="2024-05-02"></time>
<p>The Council gave its consent today.</p></article></body></html>`)
	doc, err := scraper.Extract(genericSource(t), page)
	if err != nil || doc.Body != "The Council gave its consent today." {
		t.Errorf("Extract = %q, %v", doc.Body, err)
	}
}

// A release titled like a wall's generic phrase is still a release.
func TestSecurityCheckInATitleIsNoChallenge(t *testing.T) {
	page := fixturePage(t, "generic", "article.html", "https://news.example.org/news/x", "text/html")
	page.Content = []byte(`<html><head><title>Security check at the external borders | Frontex</title></head><body><article>
<h1>Security check at the external borders</h1><time datetime="2024-05-02"></time>
<p>Border guards tested a new security check procedure.</p></article></body></html>`)
	if _, err := scraper.Extract(genericSource(t), page); err != nil {
		t.Errorf("Extract: %v", err)
	}
}

// A short release that links three others in its text is not a listing.
func TestReleaseWithRelatedLinksIsNoListing(t *testing.T) {
	src := lookup(t, defaultSources(t), "eu-LISA")
	page := fixturePage(t, "generic", "article.html", "https://www.eulisa.europa.eu/news-and-events/news/short", "text/html")
	page.Content = []byte(`<html><head><title>Short release</title></head><body><main><article>
<h1>Short release</h1><time datetime="2024-05-02"></time>
<p>The Agency published three reports this spring: on <a href="/news-and-events/news/report-one">the first system</a>,
<a href="/news-and-events/news/report-two">the second system</a> and <a href="/news-and-events/news/report-three">the third</a>.</p>
</article></main></body></html>`)
	if _, err := scraper.Extract(src, page); err != nil {
		t.Errorf("Extract: %v", err)
	}
}
