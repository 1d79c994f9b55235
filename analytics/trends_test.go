package analytics

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// trendArchive spreads releases of three agencies over 2022–2024, with
// words that queries of every kind find: single words, several words, a
// phrase, and a long question whose words all together match nothing.
func trendArchive() []jhasearch.Document {
	agencies := []string{"Europol", "Frontex", "Eurojust"}
	bodies := []string{
		"Police officers dismantled a migrant smuggling network at the border.",
		"The court heard evidence on cocaine trafficking through the port.",
		"Border guards reported fewer crossings and more smuggling attempts.",
		"Judges and prosecutors met to discuss cooperation on cybercrime.",
		"A ransomware group attacked hospitals; police seized its servers.",
		"Alerts in the Schengen Information System helped police at the border.",
		"The SIS recorded more alerts on stolen cars than last year.",
	}
	var docs []jhasearch.Document
	start := date("2022-01-03")
	for i := range 150 {
		pub := start.AddDate(0, 0, i*7+i%5)
		d := release(i, agencies[i%3], pub, "Release about the week", bodies[(i*3)%len(bodies)])
		if i%4 == 0 {
			d.Tags = []string{"operations"}
		}
		docs = append(docs, d)
	}
	return docs
}

// TestTrendCountsEqualSearchTotals checks every point of every series, and
// the period totals, against the total /api/v1/search reports for the
// same query, filters and period.
func TestTrendCountsEqualSearchTotals(t *testing.T) {
	e := openArchive(t, trendArchive())
	v := New(e)
	queries := []string{"", "smuggling", "police border", `"migrant smuggling"`, "cocaine OR ransomware", "police -border"}
	for _, tc := range []struct {
		name    string
		filters jhasearch.SearchRequest
		iv      Interval
	}{
		{"years", jhasearch.SearchRequest{}, Year},
		{"months with an agency", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"Europol", "Frontex"}}}, Month},
		{"weeks clipped to dates", jhasearch.SearchRequest{From: date("2023-02-15"), To: date("2023-05-10"), Filters: jhasearch.Filters{"tag": []string{"operations"}}}, Week},
		{"a long question", jhasearch.SearchRequest{}, Month},
		{"a concept and other words", jhasearch.SearchRequest{}, Month},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := queries
			if tc.name == "a long question" {
				// No release holds all four words: they become optional,
				// in the search and in the trend alike.
				qs = []string{"police smuggling cocaine hospitals"}
			}
			if tc.name == "a concept and other words" {
				// The search expands the concept's name to one clause
				// before it decides whether the words become optional;
				// the trend must decide on the same.
				qs = []string{"schengen information system border", "sis stolen cars", "schengen information system cocaine"}
			}
			r := TrendsRequest{Queries: qs, Filters: tc.filters, Interval: tc.iv, Normalize: Share}
			tr, err := v.Trends(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if len(tr.Series) != len(qs) || len(tr.Periods) == 0 {
				t.Fatalf("got %d series over %d periods, want %d series over some periods", len(tr.Series), len(tr.Periods), len(qs))
			}
			var sum int
			for i, p := range tr.Periods {
				if got, want := tr.Totals[i], total(t, e, r.PeriodRequest("", p)); got != want {
					t.Errorf("period %s: total %d, search says %d", p.Label, got, want)
				}
				sum += tr.Totals[i]
			}
			if sum == 0 {
				t.Fatal("the trend counted nothing")
			}
			for _, s := range tr.Series {
				n := 0
				for i, p := range tr.Periods {
					if got, want := s.Counts[i], total(t, e, r.PeriodRequest(s.Query, p)); got != want {
						t.Errorf("q=%q period %s (%s to %s): count %d, search says %d", s.Query, p.Label,
							p.Start.Format(jhasearch.DateLayout), p.End.Format(jhasearch.DateLayout), got, want)
					}
					n += s.Counts[i]
				}
				if s.Total != n {
					t.Errorf("q=%q: total %d, the points add up to %d", s.Query, s.Total, n)
				}
				// Over the whole range too, unless several words became
				// optional in some periods only (as they do in search).
				whole := filtersOf(tc.filters)
				whole.Query = s.Query
				if want := total(t, e, whole); !strings.Contains(s.Query, " ") && s.Total != want {
					t.Errorf("q=%q: total %d, search over the whole range says %d", s.Query, s.Total, want)
				}
				if s.Total > 0 && (s.Peak == nil || s.Peak.Top == nil) {
					t.Errorf("q=%q: no peak or no top release", s.Query)
				}
			}
		})
	}
}

func TestPeriods(t *testing.T) {
	ps, edges, err := Week.periods(date("2024-01-03"), date("2024-01-16"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Label+" "+p.Start.Format("01-02")+".."+p.End.Format("01-02"))
	}
	want := []string{"2024-W01 01-03..01-07", "2024-W02 01-08..01-14", "2024-W03 01-15..01-16"}
	if len(got) != len(want) {
		t.Fatalf("periods %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("period %d: %q, want %q", i, got[i], want[i])
		}
	}
	if len(edges) != 4 || !edges[3].Equal(date("2024-01-17")) {
		t.Errorf("edges %v, want 4 ending 2024-01-17", edges)
	}
	if _, _, err := Week.periods(date("2000-01-01"), date("2024-01-01")); jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("24 years of weeks: err %v, want invalid", err)
	}
	r := TrendsRequest{Interval: "day"}
	if err := r.Check(); jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("interval day: err %v, want invalid", err)
	}
}

func TestTrendsShareAndCache(t *testing.T) {
	e := openArchive(t, trendArchive())
	v := New(e)
	r := TrendsRequest{Queries: []string{"", "smuggling"}, Interval: Year, Normalize: Share}
	tr, err := v.Trends(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tr.Periods {
		if tr.Series[0].Values[i] != 1 {
			t.Errorf("period %d: share of every release is %v, want 1", i, tr.Series[0].Values[i])
		}
		want := float64(tr.Series[1].Counts[i]) / float64(tr.Totals[i])
		if tr.Series[1].Values[i] != want {
			t.Errorf("period %d: share %v, want %v", i, tr.Series[1].Values[i], want)
		}
	}
	again, err := v.Trends(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	if again != tr {
		t.Error("the same request was computed again, not answered from the cache")
	}
	if _, err := v.Trends(context.Background(), TrendsRequest{Queries: make([]string, 7)}); jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("seven queries: err %v, want invalid", err)
	}
	_ = time.Now
}

// TestTrendsDefaultRangeIsTheLastPeriods: without from, a trend over an
// archive of more periods than a trend may have shows the last ones,
// ending at the newest release, and says so; an explicit range that long
// is refused.
func TestTrendsDefaultRangeIsTheLastPeriods(t *testing.T) {
	docs := trendArchive()
	docs = append(docs, release(900, "Europol", date("1202-06-01"), "A charter", "An old charter about the border."))
	e := openArchive(t, docs)
	v := New(e)
	newest := date("2024-11-15") // trendArchive's last release is in its week
	for _, tc := range []struct {
		iv      Interval
		queries []string
		want    int
	}{{Year, []string{"border"}, MaxPeriods}, {Week, []string{"a", "b", "c", "d", "e", "f"}, MaxPoints / 6}} {
		tr, err := v.Trends(context.Background(), TrendsRequest{Queries: tc.queries, Interval: tc.iv})
		if err != nil {
			t.Fatalf("%s: %v", tc.iv, err)
		}
		if !tr.Limited || len(tr.Periods) != tc.want {
			t.Errorf("%s: limited %v, %d periods, want the last %d", tc.iv, tr.Limited, len(tr.Periods), tc.want)
			continue
		}
		if last := tr.Periods[len(tr.Periods)-1]; last.End.Before(newest.AddDate(0, 0, -7)) {
			t.Errorf("%s: last period %s, want it to hold the newest release", tc.iv, last.Label)
		}
	}
	_, err := v.Trends(context.Background(), TrendsRequest{Queries: []string{"border"}, Interval: Year,
		Filters: jhasearch.SearchRequest{From: date("1202-01-01")}})
	if jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("an explicit range of 823 years: %v, want invalid", err)
	}
}

// TestWeekLabelsBeforeYear1000 pads the year to four digits, as dates are.
func TestWeekLabelsBeforeYear1000(t *testing.T) {
	if got := Week.label(date("0999-06-01")); got != "0999-W22" {
		t.Errorf("label %q, want 0999-W22", got)
	}
}

// TestRisingWindowStartsInAcceptedYears: the search of a window that
// would start before jhasearch.MinYear starts on its first day.
func TestRisingWindowStartsInAcceptedYears(t *testing.T) {
	r := &Rising{From: date("1000-01-01").AddDate(0, 0, -20), At: date("1000-01-10")}
	if got := r.Window(jhasearch.FacetAgency, "Europol").From; got.Year() < jhasearch.MinYear {
		t.Errorf("window from %s, before year %d", got.Format(jhasearch.DateLayout), jhasearch.MinYear)
	}
}

// TestEngineErrorsAreWrapped: an engine's error comes back with the
// package's prefix, its code still reachable for the HTTP layer.
func TestEngineErrorsAreWrapped(t *testing.T) {
	v := New(openArchive(t, trendArchive()))
	bad := strings.Repeat("border ", 200) // longer than a query may be
	_, err := v.Trends(context.Background(), TrendsRequest{Queries: []string{bad}})
	if err == nil || !strings.HasPrefix(err.Error(), "analytics: ") || jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("trends: %v (code %q), want an analytics: error with the code invalid", err, jhasearch.ErrorCode(err))
	}
	_, err = v.Terms(context.Background(), TermsRequest{Search: jhasearch.SearchRequest{Query: bad}})
	if err == nil || !strings.HasPrefix(err.Error(), "analytics: ") || jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("terms: %v (code %q), want an analytics: error with the code invalid", err, jhasearch.ErrorCode(err))
	}
}
