package demosite

import (
	"strings"
	"sync"
	"time"
)

// Release is one generated press release as the demo newsroom publishes it.
type Release struct {
	// Agency is the source name and agency facet value, e.g. "eu-LISA".
	Agency string
	// Slug is the last part of the article path, unique within the agency.
	Slug string
	// Path is the article's URL path on Handler, e.g.
	// "/eulisa/news-and-events/news/empact-communication-network-gathers-in-tallinn".
	Path string
	// Alias is the release's path on the agency's old site, or empty. It
	// answers 301 Moved Permanently to Path, and the listing still links
	// it, as migrated sites do; a crawler keeps it as the document's alias.
	Alias string
	Title string
	// Published is the publication date at midnight UTC.
	Published time.Time
	// Summary is the standfirst shown in listings, feeds and meta tags.
	Summary string
	// Paragraphs are the body paragraphs as plain text. The rendered page
	// adds Dateline before the first one and the credit and legacy tag
	// lines after the last one.
	Paragraphs []string
	Tags       []string
	// Credits are photo lines ("Photo: eu-LISA") printed in the body.
	Credits []string
	// Dateline is the place-and-date prefix of the first paragraph with its
	// separator ("Warsaw, 15 February 2024 –"), empty when the page has none.
	Dateline string
	// LegacyTags is set when the body ends with a plain "; "-separated tag
	// line (old eu-LISA pages) instead of a tag list.
	LegacyTags bool
	// Group names the joint release this one belongs to; releases of one
	// group have the same day and near-identical title and text.
	Group string
	// Language is the language of the text, "" for English; PageLanguage
	// the language the page's <html lang> says, "" for Language.
	Language, PageLanguage string
	// Translation names the release's versions in several languages: the
	// releases with the same key link each other with hreflang links.
	Translation string
}

// Lang returns the language of the release's text: "en" unless set.
func (r Release) Lang() string {
	if r.Language == "" {
		return "en"
	}
	return r.Language
}

// Body returns the paragraphs separated by blank lines, the form
// jhasearch.Document.Body uses.
func (r Release) Body() string { return strings.Join(r.Paragraphs, "\n\n") }

// Date returns the publication date as YYYY-MM-DD.
func (r Release) Date() string { return r.Published.Format("2006-01-02") }

// URL returns the absolute article URL on a Handler served at baseURL.
func (r Release) URL(baseURL string) string {
	return strings.TrimRight(baseURL, "/") + r.Path
}

// AliasURL returns the absolute old URL, or "" when the release has none.
func (r Release) AliasURL(baseURL string) string {
	if r.Alias == "" {
		return ""
	}
	return strings.TrimRight(baseURL, "/") + r.Alias
}

// ListedURL returns the URL the agency's listing links: the old one when
// the release has one.
func (r Release) ListedURL(baseURL string) string {
	if r.Alias != "" {
		return r.AliasURL(baseURL)
	}
	return r.URL(baseURL)
}

var (
	releasesOnce sync.Once
	releasesAll  []Release
)

// Releases returns every release of the demo newsroom, newest first within
// each agency, agencies in the order of Sources. The slice is a copy: callers
// may modify it.
func Releases() []Release {
	out := make([]Release, len(allReleases()))
	for i, r := range allReleases() {
		r.Paragraphs = append([]string(nil), r.Paragraphs...)
		r.Tags = append([]string(nil), r.Tags...)
		r.Credits = append([]string(nil), r.Credits...)
		out[i] = r
	}
	return out
}

// allReleases generates the releases once; they never change afterwards, so
// the handlers share them without locks.
func allReleases() []Release {
	releasesOnce.Do(func() { releasesAll = generate() })
	return releasesAll
}

// agencyReleases returns the releases of one agency, newest first.
func agencyReleases(name string) []Release {
	var out []Release
	for _, r := range allReleases() {
		if r.Agency == name {
			out = append(out, r)
		}
	}
	return out
}
