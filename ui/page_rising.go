package ui

import (
	"strconv"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
)

// risingView is the landing page's "last 30 days" section.
type risingView struct {
	From, At string
	// Anchored says the window ends at the newest release, not today.
	Anchored bool
	Releases int
	Href     string
	Agencies []changeRow
	Groups   []risingGroup
	APIURL   string
}

type risingGroup struct {
	ID, Title string
	Rows      []changeRow
}

type changeRow struct {
	Value, Href string
	Count       int
	Baseline    int
	Expected    string
	Score       string
}

func newRisingView(r *analytics.Rising) *risingView {
	v := &risingView{From: humanDate(r.From), At: humanDate(r.At), Anchored: r.Anchored, Releases: r.Releases,
		Href:   searchURL("/search", jhasearch.SearchRequest{From: r.From, To: r.At}),
		APIURL: "/api/v1/rising"}
	if r.Anchored {
		v.APIURL += "?at=" + formatDate(r.At)
	}
	rows := func(facet string, cs []analytics.Change) []changeRow {
		var out []changeRow
		for _, c := range cs {
			out = append(out, changeRow{Value: c.Value, Href: searchURL("/search", r.Window(facet, c.Value)), Count: c.Count,
				Baseline: c.Baseline, Expected: strconv.FormatFloat(c.Expected, 'f', 1, 64), Score: strconv.FormatFloat(c.Score, 'f', 1, 64)})
		}
		return out
	}
	v.Agencies = rows(jhasearch.FacetAgency, r.Agencies)
	v.Groups = []risingGroup{
		{ID: "rising-topics", Title: "Topics", Rows: rows(jhasearch.FacetTopic, r.Topics)},
		{ID: "rising-systems", Title: "EU information systems", Rows: rows(jhasearch.FacetSystem, r.Systems)},
		{ID: "rising-countries", Title: "Countries", Rows: rows(jhasearch.FacetCountry, r.Countries)},
	}
	return v
}
