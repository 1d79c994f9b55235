package analyst

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/view"
)

// The JSON answers of the analyst endpoints, and the trends CSV. The
// OpenAPI document (package ui) describes exactly these structs.

// TrendsJSON is the answer of /api/v1/trends.
type TrendsJSON struct {
	Interval  string `json:"interval"`
	Normalize string `json:"normalize"`
	// Limited is set when from was absent and the archive spans more
	// periods than a trend has: these are the last ones.
	Limited bool         `json:"limited"`
	Periods []PeriodJSON `json:"periods"`
	Series  []SeriesJSON `json:"series"`
}

// PeriodJSON is one period of a trend.
type PeriodJSON struct {
	Label string `json:"label"`
	Start string `json:"start"`
	End   string `json:"end"`
	// Total is the releases matching the filters alone: what share divides by.
	Total int `json:"total"`
}

// SeriesJSON is one question of a trend.
type SeriesJSON struct {
	Query string `json:"q"`
	// Search is the series' search without dates: a point's search adds
	// its period's from and to (view.PointSearch).
	Search string      `json:"search"`
	Total  int         `json:"total"`
	Points []PointJSON `json:"points"`
	Peak   *PeakJSON   `json:"peak"`
}

// PointJSON is a series' number in the period of the same index. It holds
// no address of its own, so that an answer grows with its points and not
// with its points times its filters.
type PointJSON struct {
	Count int     `json:"count"`
	Value float64 `json:"value"`
}

// PeakJSON is the period where a series is highest.
type PeakJSON struct {
	Period string  `json:"period"`
	Count  int     `json:"count"`
	Value  float64 `json:"value"`
	// Top is the period's best release as the API writes a hit; package
	// ui owns that form, and gives it (NewTrendsJSON's hit).
	Top any `json:"top"`
}

// NewTrendsJSON writes trend t; searches are its series' searches without
// dates, and hit writes a peak's best release as the API writes a hit.
func NewTrendsJSON(t *analytics.Trends, searches []string, hit func(jhasearch.Hit) any) TrendsJSON {
	out := TrendsJSON{Interval: string(t.Interval), Normalize: string(t.Normalize), Limited: t.Limited, Periods: []PeriodJSON{}, Series: []SeriesJSON{}}
	for i, p := range t.Periods {
		out.Periods = append(out.Periods, PeriodJSON{Label: p.Label, Start: view.ISODate(p.Start), End: view.ISODate(p.End), Total: t.Totals[i]})
	}
	for k, s := range t.Series {
		as := SeriesJSON{Query: s.Query, Search: searches[k], Total: s.Total, Points: []PointJSON{}}
		for i := range t.Periods {
			as.Points = append(as.Points, PointJSON{Count: s.Counts[i], Value: s.Values[i]})
		}
		if s.Peak != nil {
			as.Peak = &PeakJSON{Period: t.Periods[s.Peak.Period].Label, Count: s.Peak.Count, Value: s.Peak.Value}
			if s.Peak.Top != nil {
				as.Peak.Top = hit(*s.Peak.Top)
			}
		}
		out.Series = append(out.Series, as)
	}
	return out
}

// TrendsCSVHeader names the columns of the trends CSV: one row per query
// and period, every series in one file. A row's search is the JSON
// answer's series search with the row's start and end as from and to.
var TrendsCSVHeader = []string{"q", "period", "start", "end", "count", "total", "share"}

// WriteTrendsCSV writes trend t as CSV, row by row: the answer is bounded
// (analytics.MaxPoints), but there is no need to hold it twice. cell
// makes a question safe for a spreadsheet (package ui's, which its
// exports share).
func WriteTrendsCSV(out io.Writer, t *analytics.Trends, cell func(string) string) error {
	w := csv.NewWriter(out)
	if err := w.Write(TrendsCSVHeader); err != nil {
		return fmt.Errorf("analyst: write trends csv: %w", err)
	}
	for _, sr := range t.Series {
		for i, p := range t.Periods {
			share := 0.0
			if t.Totals[i] > 0 {
				share = float64(sr.Counts[i]) / float64(t.Totals[i])
			}
			row := []string{cell(sr.Query), p.Label, view.ISODate(p.Start), view.ISODate(p.End), strconv.Itoa(sr.Counts[i]),
				strconv.Itoa(t.Totals[i]), strconv.FormatFloat(share, 'f', 6, 64)}
			if err := w.Write(row); err != nil {
				return fmt.Errorf("analyst: write trends csv: %w", err)
			}
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("analyst: write trends csv: %w", err)
	}
	return nil
}

// TermsJSON is the answer of /api/v1/terms.
type TermsJSON struct {
	Results        int        `json:"results"`
	Sample         int        `json:"sample"`
	Background     string     `json:"background"`
	BackgroundSize int        `json:"background_size"`
	Terms          []TermJSON `json:"terms"`
}

// TermJSON is one characteristic word or phrase.
type TermJSON struct {
	Term       string  `json:"term"`
	Phrase     bool    `json:"phrase"`
	Results    int     `json:"results"`
	Background int     `json:"background"`
	Score      float64 `json:"score"`
	Search     string  `json:"search"`
}

// NewTermsJSON writes t; refined writes the address of the search
// narrowed by a term.
func NewTermsJSON(t *analytics.Terms, refined func(analytics.Term) string) TermsJSON {
	out := TermsJSON{Results: t.Results, Sample: t.Sample, Background: string(t.Background), BackgroundSize: t.BackgroundSize, Terms: []TermJSON{}}
	for _, tm := range t.Terms {
		out.Terms = append(out.Terms, TermJSON{Term: tm.Text, Phrase: tm.Phrase, Results: tm.Results, Background: tm.Background,
			Score: tm.Score, Search: refined(tm)})
	}
	return out
}

// RisingJSON is the answer of /api/v1/rising.
type RisingJSON struct {
	At           string       `json:"at"`
	From         string       `json:"from"`
	BaselineFrom string       `json:"baseline_from"`
	BaselineTo   string       `json:"baseline_to"`
	Anchored     bool         `json:"anchored"`
	Releases     int          `json:"releases"`
	Agencies     []ChangeJSON `json:"agencies"`
	Topics       []ChangeJSON `json:"topics"`
	Systems      []ChangeJSON `json:"systems"`
	Countries    []ChangeJSON `json:"countries"`
}

// ChangeJSON is one value that rose.
type ChangeJSON struct {
	Value    string  `json:"value"`
	Count    int     `json:"count"`
	Baseline int     `json:"baseline"`
	Expected float64 `json:"expected"`
	Score    float64 `json:"score"`
	Search   string  `json:"search"`
}

// NewRisingJSON writes r; link writes the addresses of its searches.
func NewRisingJSON(r *analytics.Rising, link view.Link) RisingJSON {
	out := RisingJSON{At: view.ISODate(r.At), From: view.ISODate(r.From), BaselineFrom: view.ISODate(r.BaselineFrom),
		BaselineTo: view.ISODate(r.BaselineTo), Anchored: r.Anchored, Releases: r.Releases}
	for _, g := range []struct {
		facet string
		in    []analytics.Change
		out   *[]ChangeJSON
	}{{jhasearch.FacetAgency, r.Agencies, &out.Agencies}, {jhasearch.FacetTopic, r.Topics, &out.Topics},
		{jhasearch.FacetSystem, r.Systems, &out.Systems}, {jhasearch.FacetCountry, r.Countries, &out.Countries}} {
		*g.out = []ChangeJSON{}
		for _, ch := range g.in {
			*g.out = append(*g.out, ChangeJSON{Value: ch.Value, Count: ch.Count, Baseline: ch.Baseline,
				Expected: round2(ch.Expected), Score: ch.Score, Search: link(r.Window(g.facet, ch.Value))})
		}
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
