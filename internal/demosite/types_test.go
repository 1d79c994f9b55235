package demosite_test

import (
	"net/http/httptest"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/demosite"
)

// TestDemoReleasesHaveSeveralTypes crawls the demo with the real scraper:
// the type rules of its sources give several types, each a value of the
// type facet, and the releases no rule matches keep none (other).
func TestDemoReleasesHaveSeveralTypes(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	st := newMemStore()
	crawl(t, srv, st)
	f, _ := jhasearch.FacetNamed(jhasearch.FacetType)
	counts := map[string]int{}
	for _, d := range st.docs {
		if d.Type != "" && !f.Valid(d.Type) {
			t.Errorf("%s: type %q is not a value of the facet", d.URL, d.Type)
		}
		counts[f.Of(&d)[0]]++
	}
	t.Logf("types: %v", counts)
	for _, want := range []string{"press-release", "news", "event", "speech", "publication", jhasearch.TypeOther} {
		if counts[want] == 0 {
			t.Errorf("no release of type %s among %d: %v", want, len(st.docs), counts)
		}
	}
}
