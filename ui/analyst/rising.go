package analyst

import (
	"strconv"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/view"
)

// Rising is the home page's "last 30 days" section.
type Rising struct {
	From, At string
	// Anchored says the window ends at the newest release, not today.
	Anchored bool
	Releases int
	Href     string
	Agencies []ChangeRow
	Groups   []RisingGroup
	APIURL   string
}

// RisingGroup is one facet's rising values.
type RisingGroup struct {
	ID, Title string
	Rows      []ChangeRow
}

// ChangeRow is one value that rose, with its figures.
type ChangeRow struct {
	Value, Href string
	Count       int
	Baseline    int
	Expected    string
	Score       string
}

// NewRising shows r; link writes the addresses of its searches.
func NewRising(r *analytics.Rising, link view.Link) *Rising {
	v := &Rising{From: view.HumanDate(r.From), At: view.HumanDate(r.At), Anchored: r.Anchored, Releases: r.Releases,
		Href:   link(r.Window("", "")),
		APIURL: "/api/v1/rising"}
	if r.Anchored {
		v.APIURL += "?at=" + view.ISODate(r.At)
	}
	rows := func(facet string, cs []analytics.Change) []ChangeRow {
		var out []ChangeRow
		for _, c := range cs {
			out = append(out, ChangeRow{Value: c.Value, Href: link(r.Window(facet, c.Value)), Count: c.Count,
				Baseline: c.Baseline, Expected: strconv.FormatFloat(c.Expected, 'f', 1, 64), Score: strconv.FormatFloat(c.Score, 'f', 1, 64)})
		}
		return out
	}
	v.Agencies = rows(jhasearch.FacetAgency, r.Agencies)
	v.Groups = []RisingGroup{
		{ID: "rising-topics", Title: "Topics", Rows: rows(jhasearch.FacetTopic, r.Topics)},
		{ID: "rising-systems", Title: "EU information systems", Rows: rows(jhasearch.FacetSystem, r.Systems)},
		{ID: "rising-countries", Title: "Countries", Rows: rows(jhasearch.FacetCountry, r.Countries)},
	}
	return v
}
