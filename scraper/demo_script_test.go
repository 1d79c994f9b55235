package scraper_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
)

// The demo's CEPOL newsroom, built by JavaScript, is crawled completely
// with its fetch: browser source, every field right; the same source
// without the browser fails with a reason naming the setting.
func TestCrawlDemoScriptNewsroom(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	sources, err := scraper.LoadSources(demosite.ScriptSources(srv.URL), "demo script sources")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("without browser", func(t *testing.T) {
		plain, err := scraper.LoadSources([]byte(strings.Replace(string(demosite.ScriptSources(srv.URL)), "fetch: browser", "fetch: http", 1)), "plain")
		if err != nil {
			t.Fatal(err)
		}
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), plain[0], false)
		if rep.New != 0 || len(rep.Failures) != 1 || !strings.Contains(rep.Failures[0].Reason, `"fetch: browser"`) {
			t.Errorf("report = %+v, failures %v", countsOf(rep), rep.Failures)
		}
	})
	t.Run("with browser", func(t *testing.T) {
		needChromium(t)
		dir := browserTemp(t)
		store := openArchive(t)
		rep := crawl(t, scraper.New(browserConfig(), store), sources[0], false)
		releases := demosite.ScriptReleases()
		if rep.New != len(releases) || len(rep.Failures) > 0 {
			t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
		}
		noChromiumLeft(t, dir, "the demo crawl")
		docs := documents(t, store)
		for _, r := range releases {
			doc, ok := docs[r.Path]
			if !ok {
				t.Errorf("%s: not stored", r.Path)
				continue
			}
			checkRelease(t, r, doc)
			if doc.Summary != r.Summary || doc.Body != r.Body() || doc.Language != "en" {
				t.Errorf("%s: summary %q, body %q, language %q", r.Path, doc.Summary, doc.Body, doc.Language)
			}
			want, _ := jhasearch.CanonicalURL(r.URL(srv.URL))
			if doc.URL != want {
				t.Errorf("%s: URL %s", r.Path, doc.URL)
			}
		}
	})
}
