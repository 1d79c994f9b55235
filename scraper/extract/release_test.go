package extract_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper/extract"
)

// rules are hand-built rules of a newsroom at news.example: extraction
// needs no sources file, only what Rules say.
func rules(t *testing.T) extract.Rules {
	t.Helper()
	warsaw, err := time.LoadLocation("Europe/Warsaw")
	if err != nil {
		t.Fatal(err)
	}
	owns := func(host string) bool { return host == "news.example" }
	return extract.Rules{Name: "Example", Zone: warsaw, Stamp: warsaw, Language: "en", TagLine: true,
		Select:   extract.Selectors{Remove: []string{".promo"}},
		OwnsHost: owns,
		ReleaseLink: func(base *url.URL, href string) (string, bool) {
			ref, err := base.Parse(href)
			if err != nil || !owns(ref.Hostname()) || !strings.HasPrefix(ref.Path, "/news/") {
				return "", false
			}
			canon, err := jhasearch.CanonicalURL(ref.String())
			return canon, err == nil
		}}
}

func page(html string) jhasearch.Page {
	return jhasearch.Page{URL: "https://news.example/news/one", Content: []byte(html),
		ContentType: "text/html; charset=utf-8", FetchedAt: time.Date(2024, 5, 3, 10, 0, 0, 0, time.UTC)}
}

func TestReleaseWithRulesAlone(t *testing.T) {
	doc, err := extract.Release(rules(t), page(`<html><head><title>One | Example</title>
<meta property="og:title" content="Agency opens an office | Example">
<meta name="description" content="The agency opened an office.">
<link rel="alternate" hreflang="de" href="https://news.example/de/news/one">
<link rel="alternate" hreflang="fr" href="https://elsewhere.example/fr/news/one"></head>
<body><main><article><h1>Agency opens an office</h1>
<p>Warsaw, 14/05/2024 23:30 – The agency opened an office today.</p>
<p class="promo">Subscribe to our newsletter.</p>
<p>Photo: Example</p><p>Offices; Openings</p></article></main></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	want := jhasearch.Document{ID: doc.ID, URL: "https://news.example/news/one", Agency: "Example",
		Title: "Agency opens an office", Summary: "The agency opened an office.",
		Body:         "Warsaw, 14/05/2024 23:30 – The agency opened an office today.",
		Tags:         []string{"Offices", "Openings"},
		Credits:      []string{"Photo: Example"},
		Language:     "en",
		Translations: []string{"https://news.example/de/news/one"},
		Published:    time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC),
		FetchedAt:    time.Date(2024, 5, 3, 10, 0, 0, 0, time.UTC)}
	if diff := cmp.Diff(want, doc); diff != "" {
		t.Errorf("document mismatch (-want +got):\n%s", diff)
	}
}

func TestReleaseRejectsAListingThroughReleaseLink(t *testing.T) {
	var cards strings.Builder
	for _, slug := range []string{"a", "b", "c", "d"} {
		cards.WriteString(`<div><a href="/news/` + slug + `">A release called ` + slug + ` with a long enough title</a><time>2 May 2024</time></div>`)
	}
	_, err := extract.Release(rules(t), page(`<html><head><title>News</title></head><body><main><h1>News</h1>`+
		cards.String()+`<p>2 May 2024</p></main></body></html>`))
	if !extract.IsRejected(err) || !strings.Contains(err.Error(), "listing page") {
		t.Fatalf("Release error = %v, want a listing rejection", err)
	}
}
