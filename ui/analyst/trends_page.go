package analyst

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/view"
)

// The /trends page: several questions side by side over time, as a chart
// drawn on the server, the table of its numbers and the CSV of them all.

// TrendsPage is the /trends page.
type TrendsPage struct {
	view.Layout
	// Queries fills the form's six question boxes.
	Queries    []TrendInput
	Intervals  []view.Option
	Normalizes []view.Option
	From, To   string
	// Hidden carries the filters the form does not show (agency, tag, …).
	Hidden  []HiddenField
	Filters string
	Chart   TrendChart
	Table   TrendTable
	Peaks   []Peak
	CSVURL  string
	APIURL  string
	Share   bool
	// Error is why the trend could not be drawn, shown above the form.
	Error string
	// Limited says that the periods are the last a trend may have, when
	// the archive spans more and no from was given.
	Limited string
}

// TrendInput is one question box of the form.
type TrendInput struct {
	ID, Label, Value string
}

// HiddenField is a parameter the form carries without showing it.
type HiddenField struct{ Name, Value string }

// TrendTable is the chart's numbers: a row per period, a cell per series.
type TrendTable struct {
	Series []ChartSeries
	Rows   []TrendRow
}

// TrendRow is one period of the table.
type TrendRow struct {
	Label, Start, End string
	Total             int
	Cells             []TrendCell
}

// TrendCell is one series' count in a period, with its share.
type TrendCell struct {
	Count int
	Share string
	Href  string
}

// Peak is the period where a series is highest, with its best release.
type Peak struct {
	Series ChartSeries
	Period string
	Value  string
	Top    *view.Hit
	Href   string
}

// NewTrendsPage shows the trend t of request r. searches are its series'
// searches without dates (one per series of t); query is the page's own
// query string without format, for the links to its CSV and JSON.
func NewTrendsPage(r analytics.TrendsRequest, t *analytics.Trends, searches []string, query string) TrendsPage {
	p := TrendsPage{
		Layout: view.Layout{Title: "Compare over time"},
		From:   view.ISODate(r.Filters.From), To: view.ISODate(r.Filters.To),
		Chart: NewTrendChart(t, searches), Share: t.Normalize == analytics.Share,
		CSVURL: "/api/v1/trends.csv?" + query,
		APIURL: "/api/v1/trends?" + query,
	}
	if t.Limited && len(t.Periods) > 0 {
		p.Limited = fmt.Sprintf("The archive spans more %ss than a trend shows: these are the last %d, from %s to %s. Choose dates (from, to) to see others.",
			t.Interval, len(t.Periods), t.Periods[0].Label, t.Periods[len(t.Periods)-1].Label)
	}
	for i := range analytics.MaxSeries {
		in := TrendInput{ID: fmt.Sprintf("q%d", i+1), Label: fmt.Sprintf("Question %d", i+1)}
		if i < len(r.Queries) {
			in.Value = r.Queries[i]
		}
		p.Queries = append(p.Queries, in)
	}
	for _, iv := range []analytics.Interval{analytics.Year, analytics.Month, analytics.Week} {
		p.Intervals = append(p.Intervals, view.Option{Value: string(iv), Label: "By " + string(iv), Selected: iv == t.Interval})
	}
	p.Normalizes = []view.Option{
		{Value: string(analytics.Count), Label: "Number of releases", Selected: t.Normalize == analytics.Count},
		{Value: string(analytics.Share), Label: "Share of all releases matching the filters", Selected: t.Normalize == analytics.Share},
	}
	p.Hidden, p.Filters = hiddenFilters(r)
	p.Table = newTrendTable(t, p.Chart.Series, searches)
	for k, sr := range t.Series {
		if sr.Peak == nil {
			continue
		}
		per := t.Periods[sr.Peak.Period]
		pv := Peak{Series: p.Chart.Series[k], Period: per.Label,
			Value: valueText(sr.Peak.Count, sr.Peak.Value, p.Share), Href: PointSearch(searches[k], per)}
		if sr.Peak.Top != nil {
			h := view.NewHit(*sr.Peak.Top)
			pv.Top = &h
		}
		p.Peaks = append(p.Peaks, pv)
	}
	return p
}

// hiddenFilters are the trend's filters as hidden fields of the form, and
// in words.
func hiddenFilters(r analytics.TrendsRequest) ([]HiddenField, string) {
	var hidden []HiddenField
	var filters []string
	for name, vals := range r.Filters.Filters {
		for _, val := range vals {
			hidden = append(hidden, HiddenField{Name: name, Value: val})
		}
		if len(vals) > 0 {
			filters = append(filters, name+": "+strings.Join(vals, " or "))
		}
	}
	slices.SortFunc(hidden, func(a, b HiddenField) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Value, b.Value))
	})
	slices.Sort(filters)
	return hidden, strings.Join(filters, "; ")
}

func newTrendTable(t *analytics.Trends, series []ChartSeries, searches []string) TrendTable {
	tt := TrendTable{Series: series}
	for i, per := range t.Periods {
		row := TrendRow{Label: per.Label, Start: view.ISODate(per.Start), End: view.ISODate(per.End), Total: t.Totals[i]}
		for k, sr := range t.Series {
			cell := TrendCell{Count: sr.Counts[i], Href: PointSearch(searches[k], per)}
			if t.Totals[i] > 0 {
				cell.Share = view.Percent(float64(sr.Counts[i]) / float64(t.Totals[i]))
			}
			row.Cells = append(row.Cells, cell)
		}
		tt.Rows = append(tt.Rows, row)
	}
	return tt
}
