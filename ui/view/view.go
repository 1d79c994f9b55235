// Package view owns what the web pages show, without the web: the typed
// structs that fill the templates and the pieces the pages share (release
// lists, the pager, the year timeline, the error page), the parsing and
// execution of the templates, the hashed names of the static files, and
// the writing of dates, numbers and snippets for people. The analyst
// views' pieces are package analyst's, built from these.
//
// It must not import Echo nor call the engine: package ui reads the
// request, runs the search and hands the results here, with a function
// that writes the address of a search wherever a view links to one, so
// that every link comes from one permalink writer (package request's).
package view

import (
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
)

// Layout is what the shared frame (header, search box, footer) reads;
// every page embeds it.
type Layout struct {
	Title string
	// Query fills the search box in the header.
	Query string
	// FeedURL, when set, is announced as the page's Atom alternate.
	FeedURL string
	// HideTopSearch hides the header's search box on pages that have
	// their own.
	HideTopSearch bool
}

// Link writes the address of a search on the results page. Package ui
// gives its permalink writer; views never build a search's address
// themselves.
type Link func(req jhasearch.SearchRequest) string

// Option is one choice of a select box.
type Option struct {
	Value    string
	Label    string
	Selected bool
}

// Hit is one release in a list.
type Hit struct {
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
	Versions []Version
	// Values are the release's values of the facets a hit shows
	// (jhasearch.Facet.Hit).
	Values []Value
}

// Value is a release's value of a facet, as a hit shows it.
type Value struct {
	Facet, Value, Label string
}

// hitValues lists a release's values of the facets a hit carries, with
// their labels.
func hitValues(d *jhasearch.Document) []Value {
	var out []Value
	for i := range jhasearch.Facets {
		if f := &jhasearch.Facets[i]; f.Hit {
			for _, v := range f.Of(d) {
				out = append(out, Value{Facet: f.Name, Value: v, Label: ValueLabel(f, v)})
			}
		}
	}
	return out
}

// ValueLabel is how a page shows a facet's value: a language as its name
// in itself with its code, a value of a closed list by its label, any
// other as it is.
func ValueLabel(f *jhasearch.Facet, value string) string {
	if f.Name == jhasearch.FacetLanguage {
		return lang.Label(value)
	}
	return f.ChoiceLabel(value)
}

// Version links a language version of a release.
type Version struct {
	Code  string // upper case: DE
	Lang  string // as the document gives it: de
	Href  string
	Title string
}

// NewHit is a search result as a list shows it.
func NewHit(h jhasearch.Hit) Hit {
	d := h.Document
	return Hit{
		ID: d.ID, Href: DocumentHref(d.ID), Title: DisplayTitle(d.Title),
		Agencies: agencies(h), Published: HumanDate(d.Published), DateISO: ISODate(d.Published),
		Tags: d.Tags, Language: d.Language, Summary: d.Summary, Snippet: SnippetHTML(h.Snippet),
		Versions: versions(h.Translations), Values: hitValues(&d),
	}
}

// DocumentHit is a document, not found by a search, as a list shows it.
func DocumentHit(d jhasearch.Document) Hit {
	return NewHit(jhasearch.Hit{Document: d})
}

// DocumentHref is the address of a release's page.
func DocumentHref(id string) string {
	return "/documents/" + url.PathEscape(id)
}

func versions(vs []jhasearch.Version) []Version {
	var out []Version
	for _, v := range vs {
		out = append(out, Version{Code: strings.ToUpper(v.Language), Lang: v.Language,
			Href: DocumentHref(v.ID), Title: DisplayTitle(v.Title)})
	}
	return out
}

// agencies lists every agency of a hit, its own first, even when the
// engine left the list empty for a release that stands alone (as the
// API's agenciesOf in package ui does).
func agencies(h jhasearch.Hit) []string {
	if len(h.Agencies) > 0 {
		return h.Agencies
	}
	return []string{h.Document.Agency}
}

// DisplayTitle is a release's title, or a placeholder for one without.
func DisplayTitle(t string) string {
	if strings.TrimSpace(t) == "" {
		return "(untitled release)"
	}
	return t
}

// HumanDate writes a date the way people in the agencies read it.
func HumanDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2 January 2006")
}

// ISODate writes a date as the forms and addresses take it, YYYY-MM-DD;
// the zero time is empty.
func ISODate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(jhasearch.DateLayout)
}

// Paragraphs splits a plain-text body at blank lines.
func Paragraphs(body string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Thousands writes 12345 as "12,345".
func Thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + Thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Plural writes "1 release", "2 releases", "1,204 releases".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return Thousands(n) + " " + word + "s"
}

// Percent writes a share as "12.5 %".
func Percent(v float64) string {
	return strconv.FormatFloat(v*100, 'f', 1, 64) + " %"
}
