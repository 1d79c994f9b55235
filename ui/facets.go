package ui

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
)

// formView is the state of the search form: every field refilled from the
// request, so the page is its own permalink.
type formView struct {
	Query string
	From  string
	To    string
	Sorts []option
	// MatchAll is set when the request asks for every word (match=all).
	MatchAll bool
	// Size is kept in a hidden field when it is not the default.
	Size int
}

type option struct {
	Value    string
	Label    string
	Selected bool
}

// facetGroup is one facet as a set of checkboxes with counts. The counts
// are disjunctive (the engine counts a facet without its own filter), so
// ticking a second agency shows how many that adds.
type facetGroup struct {
	Name   string // parameter name: the facet's (jhasearch.Facets)
	Legend string
	Values []facetOption
}

type facetOption struct {
	ID    string // for <label for=…>
	Value string
	// Label is what the page shows: the value, or for a language its
	// name in itself and its code, "Deutsch (de)".
	Label   string
	Count   int
	Checked bool
}

// yearLink narrows the date range to one year; year is not a filter
// parameter of its own, so it is a link rather than a checkbox.
type yearLink struct {
	Year    string
	Count   int
	Href    string
	Current bool
}

func newFormView(req jhasearch.SearchRequest) formView {
	f := formView{Query: req.Query, From: formatDate(req.From), To: formatDate(req.To), MatchAll: req.Match == jhasearch.MatchAll}
	labels := map[jhasearch.Sort]string{jhasearch.SortRelevance: "Relevance", jhasearch.SortNewest: "Newest first", jhasearch.SortOldest: "Oldest first"}
	for _, s := range []jhasearch.Sort{jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest} {
		// The default order submits no value, so that it follows the query
		// the person types next: newest while browsing, relevance once
		// there are words. Otherwise typing words after browsing would keep
		// "newest" without anyone choosing it.
		value := string(s)
		if s == request.DefaultSort(req.Query) {
			value = ""
		}
		f.Sorts = append(f.Sorts, option{Value: value, Label: labels[s], Selected: s == req.Sort})
	}
	if req.Size != 0 && req.Size != jhasearch.DefaultPageSize {
		f.Size = req.Size
	}
	return f
}

func facetGroups(req jhasearch.SearchRequest, facets map[string][]jhasearch.FacetValue, labels func(value, lang string) string) []facetGroup {
	var gs []facetGroup
	for _, f := range jhasearch.FilterFacets() {
		g := newFacetGroup(f, facets[f.Name], req.Filters.Get(f.Name))
		if f.Vocabulary && labels != nil && req.Lang != "" && req.Lang != lang.English {
			for i := range g.Values {
				if l := labels(g.Values[i].Value, req.Lang); l != "" {
					g.Values[i].Label = l
				}
			}
		}
		gs = append(gs, g)
	}
	return gs
}

// newFacetGroup lists the engine's values and keeps every selected value,
// even one with no match left, so that it can be unticked.
func newFacetGroup(f *jhasearch.Facet, vals []jhasearch.FacetValue, selected []string) facetGroup {
	name := f.Name
	g := facetGroup{Name: name, Legend: f.Label}
	seen := map[string]bool{}
	for _, v := range vals {
		seen[v.Value] = true
		g.Values = append(g.Values, facetOption{Value: v.Value, Count: v.Count, Checked: slices.Contains(selected, v.Value)})
	}
	for _, s := range selected {
		if !seen[s] {
			g.Values = append(g.Values, facetOption{Value: s, Checked: true})
		}
	}
	for i := range g.Values {
		g.Values[i].ID = fmt.Sprintf("f-%s-%d", name, i)
		g.Values[i].Label = view.ValueLabel(f, g.Values[i].Value)
	}
	return g
}

// yearLinks lists the years newest first, each a link to that year alone.
func yearLinks(req jhasearch.SearchRequest, vals []jhasearch.FacetValue) []yearLink {
	var out []yearLink
	for _, v := range vals {
		y, err := strconv.Atoi(v.Value)
		if err != nil {
			continue
		}
		out = append(out, yearLink{Year: v.Value, Count: v.Count, Href: yearURL(req, y), Current: isYear(req, y)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year > out[j].Year })
	return out
}

// yearURL is the search limited to one calendar year, other state kept.
func yearURL(req jhasearch.SearchRequest, year int) string {
	req = request.WithPage(req, 1)
	req.From = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	req.To = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	return request.URL("/search", req)
}

func isYear(req jhasearch.SearchRequest, year int) bool {
	return req.From.Equal(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)) &&
		req.To.Equal(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC))
}
