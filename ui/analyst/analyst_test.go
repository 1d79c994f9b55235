package analyst

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
)

func day(s string) time.Time {
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// twoYears is a trend of two questions over 2023 and 2024, by share.
func twoYears() *analytics.Trends {
	top := &jhasearch.Hit{Document: jhasearch.Document{ID: "d1", Title: "Borders", Agency: "Frontex"}}
	return &analytics.Trends{
		Interval: analytics.Year, Normalize: analytics.Share,
		Periods: []analytics.Period{
			{Label: "2023", Start: day("2023-01-01"), End: day("2023-12-31")},
			{Label: "2024", Start: day("2024-01-01"), End: day("2024-12-31")},
		},
		Totals: []int{10, 0},
		Series: []analytics.Series{
			{Query: "=border", Counts: []int{4, 0}, Values: []float64{0.4, 0}, Total: 4,
				Peak: &analytics.Peak{Period: 0, Count: 4, Value: 0.4, Top: top}},
			{Query: "", Counts: []int{0, 0}, Values: []float64{0, 0}},
		},
	}
}

var searches = []string{"/search?q=%3Dborder", "/search"}

func TestTrendsJSON(t *testing.T) {
	out := NewTrendsJSON(twoYears(), searches, func(h jhasearch.Hit) any { return h.Document.ID })
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	series := got["series"].([]any)
	first, second := series[0].(map[string]any), series[1].(map[string]any)
	if first["search"] != searches[0] || first["peak"].(map[string]any)["top"] != "d1" || first["peak"].(map[string]any)["period"] != "2023" {
		t.Errorf("first series %v: want its search, its peak in 2023 and the peak's top from hit", first)
	}
	if second["peak"] != nil || len(second["points"].([]any)) != 2 {
		t.Errorf("second series %v: want no peak and a point per period", second)
	}
	if p := got["periods"].([]any)[1].(map[string]any); p["start"] != "2024-01-01" || p["total"] != 0.0 {
		t.Errorf("second period %v", p)
	}
}

func TestTrendsCSV(t *testing.T) {
	var buf bytes.Buffer
	quote := func(s string) string { return "'" + s }
	if err := WriteTrendsCSV(&buf, twoYears(), quote); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		TrendsCSVHeader,
		{"'=border", "2023", "2023-01-01", "2023-12-31", "4", "10", "0.400000"},
		{"'=border", "2024", "2024-01-01", "2024-12-31", "0", "0", "0.000000"},
		{"'", "2023", "2023-01-01", "2023-12-31", "0", "10", "0.000000"},
		{"'", "2024", "2024-01-01", "2024-12-31", "0", "0", "0.000000"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("rows mismatch (-want +got):\n%s", diff)
	}
}

func TestTrendChart(t *testing.T) {
	c := NewTrendChart(twoYears(), searches)
	if len(c.Series) != 2 || len(c.Series[0].Points) != 2 {
		t.Fatalf("%d series", len(c.Series))
	}
	p := c.Series[0].Points[0]
	if p.Href != "/search?q=%3Dborder&from=2023-01-01&to=2023-12-31" {
		t.Errorf("point links to %q", p.Href)
	}
	if c.Series[1].Points[1].Href != "/search?from=2024-01-01&to=2024-12-31" {
		t.Errorf("point of the unfiltered series links to %q", c.Series[1].Points[1].Href)
	}
	// 40 % is the highest value and the top of a scale in steps of 10 %.
	if want := plotTop; p.Y != want {
		t.Errorf("y of 40 %% = %d, want %d", p.Y, want)
	}
	if !strings.Contains(c.Desc, "most in 2023 (4 releases (40.0 %))") || c.Series[1].Name != "All releases" {
		t.Errorf("desc %q, second series %q", c.Desc, c.Series[1].Name)
	}
}

func TestNiceScale(t *testing.T) {
	for _, tc := range []struct {
		most      float64
		share     bool
		top, step float64
	}{
		{0, false, 5, 1}, {0, true, 1, 0.25}, {37, false, 40, 10}, {3, false, 3, 1}, {1204, false, 1500, 500}, {0.37, true, 0.4, 0.1},
	} {
		top, step := niceScale(tc.most, tc.share)
		if top != tc.top || step != tc.step {
			t.Errorf("niceScale(%v, %v) = %v, %v; want %v, %v", tc.most, tc.share, top, step, tc.top, tc.step)
		}
	}
}
