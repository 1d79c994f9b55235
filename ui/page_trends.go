package ui

import (
	"cmp"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/labstack/echo/v4"
)

// The /trends page: several questions side by side over time, as a chart
// drawn on the server, the table of its numbers and the CSV of them all.

type trendsPage struct {
	layout
	// Queries fills the form's six question boxes.
	Queries    []trendInput
	Intervals  []option
	Normalizes []option
	From, To   string
	// Hidden carries the filters the form does not show (agency, tag, …).
	Hidden  []hiddenField
	Filters string
	Chart   trendChart
	Table   trendTable
	Peaks   []peakView
	CSVURL  string
	APIURL  string
	Share   bool
	// Error is why the trend could not be drawn, shown above the form.
	Error string
	// Limited says that the periods are the last a trend may have, when
	// the archive spans more and no from was given.
	Limited string
}

type trendInput struct {
	ID, Label, Value string
}

type hiddenField struct{ Name, Value string }

type trendTable struct {
	Series []chartSeries
	Rows   []trendRow
}

type trendRow struct {
	Label, Start, End string
	Total             int
	Cells             []trendCell
}

type trendCell struct {
	Count int
	Share string
	Href  string
}

type peakView struct {
	Series chartSeries
	Period string
	Value  string
	Top    *hitView
	Href   string
}

// handleTrendsPage reads the parameters of /api/v1/trends. Blank question
// boxes are left out, so that the form's six boxes make as many series as
// are filled; with none filled the page shows every release.
func (s *Server) handleTrendsPage(c echo.Context) error {
	v := withoutTracking(c.QueryParams())
	var qs []string
	for _, q := range v["q"] {
		if strings.TrimSpace(q) != "" {
			qs = append(qs, q)
		}
	}
	v = without(v, "q")
	if len(qs) > 0 {
		v["q"] = qs
	}
	r, err := parseTrendsRequest(v)
	if err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	t, err := s.analyst.Trends(c.Request().Context(), r)
	if jhasearch.ErrorCode(err) == jhasearch.EINVALID {
		// A range of too many periods: the form stays as the person
		// filled it, with the message, so that they can narrow it.
		p := newTrendsPage(r, &analytics.Trends{Interval: r.Interval, Normalize: r.Normalize}, v)
		p.Error = jhasearch.ErrorMessage(err)
		return s.render(c, http.StatusBadRequest, "trends", p)
	}
	if err != nil {
		return err
	}
	return s.render(c, http.StatusOK, "trends", newTrendsPage(r, t, v))
}

func newTrendsPage(r analytics.TrendsRequest, t *analytics.Trends, v url.Values) trendsPage {
	p := trendsPage{
		layout: layout{Title: "Compare over time"},
		From:   formatDate(r.Filters.From), To: formatDate(r.Filters.To),
		Chart: newTrendChart(r, t), Share: t.Normalize == analytics.Share,
		CSVURL: "/api/v1/trends.csv?" + without(v, "format").Encode(),
		APIURL: "/api/v1/trends?" + without(v, "format").Encode(),
	}
	if t.Limited && len(t.Periods) > 0 {
		p.Limited = fmt.Sprintf("The archive spans more %ss than a trend shows: these are the last %d, from %s to %s. Choose dates (from, to) to see others.",
			t.Interval, len(t.Periods), t.Periods[0].Label, t.Periods[len(t.Periods)-1].Label)
	}
	for i := range analytics.MaxSeries {
		in := trendInput{ID: fmt.Sprintf("q%d", i+1), Label: fmt.Sprintf("Question %d", i+1)}
		if i < len(r.Queries) {
			in.Value = r.Queries[i]
		}
		p.Queries = append(p.Queries, in)
	}
	for _, iv := range []analytics.Interval{analytics.Year, analytics.Month, analytics.Week} {
		p.Intervals = append(p.Intervals, option{Value: string(iv), Label: "By " + string(iv), Selected: iv == t.Interval})
	}
	p.Normalizes = []option{
		{Value: string(analytics.Count), Label: "Number of releases", Selected: t.Normalize == analytics.Count},
		{Value: string(analytics.Share), Label: "Share of all releases matching the filters", Selected: t.Normalize == analytics.Share},
	}
	var filters []string
	for name, vals := range r.Filters.Filters {
		for _, val := range vals {
			p.Hidden = append(p.Hidden, hiddenField{Name: name, Value: val})
		}
		if len(vals) > 0 {
			filters = append(filters, name+": "+strings.Join(vals, " or "))
		}
	}
	slices.SortFunc(p.Hidden, func(a, b hiddenField) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.Value, b.Value))
	})
	slices.Sort(filters)
	p.Filters = strings.Join(filters, "; ")
	p.Table.Series = p.Chart.Series
	bases := seriesSearches(r, t)
	for i, per := range t.Periods {
		row := trendRow{Label: per.Label, Start: formatDate(per.Start), End: formatDate(per.End), Total: t.Totals[i]}
		for k, sr := range t.Series {
			cell := trendCell{Count: sr.Counts[i], Href: pointSearch(bases[k], per)}
			if t.Totals[i] > 0 {
				cell.Share = percent(float64(sr.Counts[i]) / float64(t.Totals[i]))
			}
			row.Cells = append(row.Cells, cell)
		}
		p.Table.Rows = append(p.Table.Rows, row)
	}
	for k, sr := range t.Series {
		if sr.Peak == nil {
			continue
		}
		per := t.Periods[sr.Peak.Period]
		pv := peakView{Series: p.Chart.Series[k], Period: per.Label,
			Value: valueText(sr.Peak.Count, sr.Peak.Value, p.Share), Href: pointSearch(bases[k], per)}
		if sr.Peak.Top != nil {
			h := toHitView(*sr.Peak.Top)
			pv.Top = &h
		}
		p.Peaks = append(p.Peaks, pv)
	}
	return p
}

// seriesSearches are the searches of a trend's series without dates,
// each built once: a point's is its series' with its period's dates
// (pointSearch), so that a page of a thousand points builds no thousand
// addresses from the request.
func seriesSearches(r analytics.TrendsRequest, t *analytics.Trends) []string {
	out := make([]string, len(t.Series))
	for k, s := range t.Series {
		out[k] = seriesSearch(r, s.Query)
	}
	return out
}

// trendsURL is the trend of a search's query over its filters.
func trendsURL(req jhasearch.SearchRequest) string {
	r := filterOnly(req, false)
	v := requestValues(r)
	if r.Query == "" {
		v.Set("q", "")
	}
	return "/trends?" + v.Encode()
}
