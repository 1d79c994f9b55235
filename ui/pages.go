package ui

import (
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
)

// The typed structs that fill the templates. Each page embeds layout, which
// the shared frame (header, search box, footer) reads.

type layout struct {
	Title string
	// Query fills the search box in the header.
	Query string
	// FeedURL, when set, is announced as the page's Atom alternate.
	FeedURL string
	// HideTopSearch hides the header's search box on pages that have
	// their own.
	HideTopSearch bool
}

type homePage struct {
	layout
	Form   formView
	Newest []hitView
	Total  int
	Stats  statsView
	// Rising is the last 30 days (page_rising.go); nil when it failed.
	Rising *risingView
}

type statsView struct {
	Agencies int
	Oldest   string
	Newest   string
}

type searchPage struct {
	layout
	Form  formView
	Total int
	// Versions counts the language versions found, when more than Total.
	Versions   int
	First      int
	Last       int
	Hits       []hitView
	Facets     []facetGroup
	Years      []yearLink
	Timeline   timeline
	Pager      pager
	Suggestion string
	// AllWords and SomeWords count the releases with every word of the
	// query and those with only some; MatchURL is the same search with the
	// other matching strategy (match=all or any).
	AllWords, SomeWords int
	MatchURL            string
	// SuggestURL is the same search with the suggested query.
	SuggestURL string
	ClearURL   string
	CSVURL     string
	JSONURL    string
	// TrendsURL compares the search over time (/trends); Terms are its
	// characteristic words, as links that refine it (page_terms.go).
	TrendsURL string
	Terms     termsView
	ExportCap int
	TookMS    string
}

type documentPage struct {
	layout
	Doc        hitView
	URL        string
	Paragraphs []string
	Aliases    []string
	Credits    []string
	FetchedAt  string
	Joint      []hitView
	Related    []hitView
	APIURL     string
}

type errorPage struct {
	layout
	Status   int
	Heading  string
	Message  string
	Building bool
	Invalid  bool
}

// hitView is one release in a list.
type hitView struct {
	ID        string
	Href      string
	Title     string
	Agencies  []string
	Published string
	DateISO   string
	Tags      []string
	Language  string
	Summary   string
	Snippet   template.HTML
	// Versions are the release's other languages: "also in DE · FR".
	Versions []versionLink
	// Values are the release's values of the facets a hit shows (facets.go).
	Values []valueView
}

// versionLink links a language version of a release.
type versionLink struct {
	Code  string // upper case: DE
	Lang  string // as the document gives it: de
	Href  string
	Title string
}

func toHitView(h jhasearch.Hit) hitView {
	d := h.Document
	return hitView{
		ID: d.ID, Href: "/documents/" + url.PathEscape(d.ID), Title: displayTitle(d.Title),
		Agencies: agenciesOf(h), Published: humanDate(d.Published), DateISO: formatDate(d.Published),
		Tags: d.Tags, Language: d.Language, Summary: d.Summary, Snippet: snippetHTML(h.Snippet),
		Versions: versionLinks(h.Translations), Values: hitValueViews(&d),
	}
}

func versionLinks(vs []jhasearch.Version) []versionLink {
	var out []versionLink
	for _, v := range vs {
		out = append(out, versionLink{Code: strings.ToUpper(v.Language), Lang: v.Language,
			Href: "/documents/" + url.PathEscape(v.ID), Title: displayTitle(v.Title)})
	}
	return out
}

func docHitView(d jhasearch.Document) hitView {
	return toHitView(jhasearch.Hit{Document: d})
}

func displayTitle(t string) string {
	if strings.TrimSpace(t) == "" {
		return "(untitled release)"
	}
	return t
}

// humanDate writes a date the way people in the agencies read it.
func humanDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 January 2006")
}

// paragraphs splits a plain-text body at blank lines.
func paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
