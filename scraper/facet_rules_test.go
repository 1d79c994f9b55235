package scraper_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/scraper"
)

// ruleSource loads the generic source with facet rules.
func ruleSource(t *testing.T, rules string) scraper.Source {
	t.Helper()
	sources, err := scraper.LoadSources([]byte(`
sources:
  - name: Generic
    kind: feed
    start: [https://news.example.org/feed.xml]
    article: '/news/'
    timezone: Europe/Brussels
    facets:
`+rules), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sources[0]
}

// TestFacetRulesGiveValues extracts the generic fixture with rules on the
// tag facet: a rule on the URL's path, one on an element, one on an
// element's text; the first matching rule of a facet gives its value.
func TestFacetRulesGiveValues(t *testing.T) {
	page := fixturePage(t, "generic", "article.html", "https://www.news.example.org/news/ministers-agree-on-data-rules/", "text/html")
	tests := []struct {
		name, rules string
		want        []string
	}{
		{"url", "      tag: [{url: '^/news/', value: From the newsroom}]\n", []string{"From the newsroom"}},
		{"url not matching", "      tag: [{url: '^/events/', value: Event}]\n", nil},
		{"selector", "      tag: [{selector: 'p.tags', value: Tagged}]\n", []string{"Tagged"}},
		{"selector and text", "      tag: [{selector: h1, text: 'DATA RULES', value: Rules}]\n", []string{"Rules"}},
		{"text not found", "      tag: [{selector: h1, text: budget, value: Budget}]\n", nil},
		{"first match wins", "      tag: [{url: '^/events/', value: Event}, {selector: h1, value: First}, {url: '/news/', value: Second}]\n", []string{"First"}},
		{"value the page gave", "      tag: [{url: '/news/', value: Council}]\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := scraper.Extract(ruleSource(t, tt.rules), page)
			if err != nil {
				t.Fatal(err)
			}
			page := []string{"Data protection", "Interoperability", "Council"}
			if want := append(page, tt.want...); !slices.Equal(doc.Tags, want) {
				t.Errorf("tags %q, want %q", doc.Tags, want)
			}
		})
	}
}

// TestFacetRulesAreChecked: a bad rule stops the load with an error that
// names the source, the facet and the rule.
func TestFacetRulesAreChecked(t *testing.T) {
	head := "sources:\n  - name: Frontex\n    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    facets:\n"
	tests := []struct{ name, yaml, want string }{
		{"unknown facet", "      kind: [{url: x, value: a}]\n", `source 1 ("Frontex"): facets: "kind" is not a facet a source can give values`},
		{"derived facet", "      language: [{url: x, value: de}]\n", `facets: "language" is not a facet`},
		{"no value", "      tag: [{url: x}]\n", `facets.tag[1]: value: required`},
		{"no url or selector", "      tag: [{url: x, value: a}, {value: b}]\n", `facets.tag[2]: a rule needs url`},
		{"bad url", "      tag: [{url: '([', value: a}]\n", `facets.tag[1]: url: error parsing regexp`},
		{"bad selector", "      tag: [{selector: 'h1[[', value: a}]\n", `facets.tag[1]: selector "h1[["`},
		{"text without selector", "      tag: [{url: x, text: y, value: a}]\n", `facets.tag[1]: text: needs a selector`},
		{"unknown key", "      tag: [{path: x, value: a}]\n", `unknown key "path"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := scraper.LoadSources([]byte(head+tt.yaml), "sources.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "sources.yaml") {
				t.Fatalf("error = %v, want one naming the file and containing %q", err, tt.want)
			}
		})
	}
}
