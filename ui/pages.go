package ui

import (
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/analyst"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
)

// The typed structs of the pages that hold the search form and the facet
// groups (facets.go); every other piece of a page is package view's. Each
// page embeds layout, which the shared frame (header, search box, footer)
// reads.

// layout is view.Layout under the name the pages of this package embed.
type layout = view.Layout

type homePage struct {
	layout
	Form   formView
	Newest []view.Hit
	Total  int
	Stats  view.Stats
	// Rising is the last 30 days; nil when it failed.
	Rising *analyst.Rising
}

type searchPage struct {
	layout
	Form  formView
	Total int
	// Versions counts the language versions found, when more than Total.
	Versions   int
	First      int
	Last       int
	Hits       []view.Hit
	Facets     []facetGroup
	Years      []yearLink
	Timeline   view.Timeline
	Pager      view.Pager
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
	// characteristic words, as links that refine it (analyst.Handlers.PageTerms).
	TrendsURL string
	Terms     analyst.Terms
	ExportCap int
	TookMS    string
}

// resultsLink is the address of a search on the results page: the link
// every view is given (view.Link).
func resultsLink(req jhasearch.SearchRequest) string { return request.URL("/search", req) }

// timelineYears links the timeline's bars: each to the search limited to
// its year.
func timelineYears(req jhasearch.SearchRequest) view.YearLink {
	return func(year int) (string, bool) { return yearURL(req, year), isYear(req, year) }
}
