package search

import (
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/langtext"
)

// translationDocs: an English release, its German translation (declared
// as the import does), its French one (linked by the URL pattern only) and
// an Italian release that stands alone.
func translationDocs() []jhasearch.Document {
	en, _ := langtext.Get("en")
	de, _ := langtext.Get("de")
	fr, _ := langtext.Get("fr")
	it, _ := langtext.Get("it")
	return []jhasearch.Document{
		{ID: "t-en", URL: "https://frontex.example/en/news/checks", Agency: "Frontex", Language: "en", Published: day("2025-06-01"), Title: en.Title, Body: en.Body},
		{ID: "t-de", URL: "https://frontex.example/de/news/kontrollen", Agency: "Frontex", Language: "de", Published: day("2025-06-02"), Title: de.Title, Body: de.Body,
			Translations: []string{"https://frontex.example/en/news/checks"}},
		{ID: "t-fr", URL: "https://frontex.example/fr/news/checks", Agency: "Frontex", Language: "fr", Published: day("2025-06-02"), Title: fr.Title, Body: fr.Body},
		{ID: "t-it", URL: "https://frontex.example/it/news/controlli", Agency: "Frontex", Language: "it", Published: day("2025-06-02"), Title: it.Title, Body: it.Body},
	}
}

func TestTranslationsShownOnce(t *testing.T) {
	e, _ := openFixture(t, translationDocs())
	for _, c := range []struct {
		name string
		req  jhasearch.SearchRequest
		want []string
		// versions of the release shown first
		also     []string
		versions int
	}{
		{"a word of every version", jhasearch.SearchRequest{Query: "Europol"}, []string{"t-en", "t-it"}, []string{"de", "fr"}, 4},
		{"a German word finds the release", jhasearch.SearchRequest{Query: "Grenzkontrolle"}, []string{"t-de"}, []string{"en", "fr"}, 1},
		{"German asked for", jhasearch.SearchRequest{Query: "Europol", Filters: jhasearch.Filters{"language": []string{"de"}}}, []string{"t-de"}, []string{"en", "fr"}, 1},
		{"browsing", jhasearch.SearchRequest{Sort: jhasearch.SortNewest}, []string{"t-it", "t-en"}, nil, 2},
		{"browsing in French", jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Filters: jhasearch.Filters{"language": []string{"fr"}}}, []string{"t-fr"}, []string{"de", "en"}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := search(t, e, c.req)
			got := ids(res)
			if len(got) != len(c.want) || !sameSet(got, c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			if c.name == "a word of every version" || c.name == "browsing" {
				// The language facet says every language the releases
				// found exist in, so that ticking one finds its version.
				var langs []string
				for _, f := range res.Facets[jhasearch.FacetLanguage] {
					langs = append(langs, f.Value)
				}
				if !sameSet(langs, []string{"en", "de", "fr", "it"}) {
					t.Errorf("language facet %v", res.Facets[jhasearch.FacetLanguage])
				}
			}
			if res.Total != len(c.want) || res.Versions != c.versions {
				t.Errorf("total %d, versions %d; want %d, %d", res.Total, res.Versions, len(c.want), c.versions)
			}
			for _, h := range res.Hits {
				if h.Document.ID == c.want[0] && c.also != nil {
					var langs []string
					for _, v := range h.Translations {
						langs = append(langs, v.Language)
					}
					if !sameSet(langs, c.also) || len(langs) != len(c.also) {
						t.Errorf("%s also in %v, want %v", h.Document.ID, langs, c.also)
					}
				}
			}
		})
	}
}

func sameSet(a, b []string) bool {
	in := map[string]bool{}
	for _, x := range a {
		in[x] = true
	}
	for _, x := range b {
		if !in[x] {
			return false
		}
	}
	return len(in) == len(b)
}
