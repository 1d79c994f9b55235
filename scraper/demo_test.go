package scraper_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
)

// The demo newsroom (six agencies, each site's structure) crawled with its
// own sources file gives back every release it publishes, field by field.
func TestCrawlDemoNewsroom(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	sources, err := scraper.LoadSources(demosite.Sources(srv.URL), "demo sources")
	if err != nil {
		t.Fatal(err)
	}
	store := openArchive(t)
	rep, err := scraper.New(testConfig(), store).Crawl(context.Background(), sources, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Sources {
		if len(s.Failures) > 0 || s.New == 0 {
			t.Errorf("%s: %d new, failures %v", s.Source, s.New, s.Failures)
		}
	}
	docs := map[string]jhasearch.Document{}
	for doc, err := range store.Documents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		docs[doc.URL] = doc
	}
	legacy := 0
	for _, doc := range docs {
		for _, a := range doc.Aliases {
			if strings.HasSuffix(a, ".aspx") {
				legacy++
			}
		}
	}
	if legacy == 0 {
		t.Error("no release keeps the old SharePoint address its listing link redirected from")
	}
	releases := demosite.Releases()
	if len(docs) != len(releases) {
		t.Errorf("stored %d documents for %d releases", len(docs), len(releases))
	}
	for _, r := range releases {
		canon, _ := jhasearch.CanonicalURL(r.URL(srv.URL))
		doc, ok := docs[canon]
		if !ok {
			t.Errorf("%s: not stored", r.Path)
			continue
		}
		checkRelease(t, r, doc)
	}
}

func checkRelease(t *testing.T, r demosite.Release, doc jhasearch.Document) {
	t.Helper()
	got := []string{doc.Agency, doc.Title, doc.Published.Format(jhasearch.DateLayout)}
	if diff := cmp.Diff([]string{r.Agency, r.Title, r.Date()}, got); diff != "" {
		t.Errorf("%s: mismatch (-want +got):\n%s", r.Path, diff)
	}
	if diff := cmp.Diff(r.Tags, doc.Tags); diff != "" {
		t.Errorf("%s: tags mismatch (-want +got):\n%s", r.Path, diff)
	}
	if diff := cmp.Diff(r.Credits, doc.Credits); diff != "" {
		t.Errorf("%s: credits mismatch (-want +got):\n%s", r.Path, diff)
	}
	for _, p := range r.Paragraphs {
		if !strings.Contains(doc.Body, p) {
			t.Errorf("%s: body lacks paragraph %q:\n%s", r.Path, p, doc.Body)
		}
	}
	for _, c := range r.Credits {
		if strings.Contains(doc.Body, c) {
			t.Errorf("%s: credit %q left in the body", r.Path, c)
		}
	}
}
