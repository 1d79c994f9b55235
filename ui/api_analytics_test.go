package ui

import (
	"encoding/csv"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/analyst"
)

// searchTotal is what /api/v1/search answers for the search of a
// results-page address.
func searchTotal(t *testing.T, page string) int {
	t.Helper()
	u, err := url.Parse(page)
	if err != nil || u.Path != "/search" {
		t.Fatalf("search address %q", page)
	}
	var res apiSearchResult
	getJSON(t, "/api/v1/search?"+u.RawQuery, http.StatusOK, &res)
	return res.Total
}

func date(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAPITrendsCountsEqualSearchTotals follows every point's link: its
// count is what /api/v1/search reports for the same query, filters and
// period.
func TestAPITrendsCountsEqualSearchTotals(t *testing.T) {
	for _, target := range []string{
		"/api/v1/trends?q=eurodac&q=&q=europol+operation&interval=year",
		"/api/v1/trends?q=border&q=%22migrant+smuggling%22&agency=Frontex&agency=Europol&interval=month&normalize=share&from=2023-03-10&to=2024-08-20",
		"/api/v1/trends?q=fraud&interval=week&from=2024-01-01&to=2024-06-30",
		// A vocabulary concept and other words: the search decides on the
		// expanded query, and so must the trend.
		"/api/v1/trends?q=schengen+information+system+border&q=european+travel+information+and+authorisation+system+fraud&q=sis+ii+border+checks&interval=year",
	} {
		t.Run(target, func(t *testing.T) {
			var tr analyst.TrendsJSON
			getJSON(t, target, http.StatusOK, &tr)
			if len(tr.Periods) == 0 || len(tr.Series) == 0 {
				t.Fatalf("empty answer %+v", tr)
			}
			counted := 0
			for _, s := range tr.Series {
				sum := 0
				for i, p := range s.Points {
					per := tr.Periods[i]
					search := analyst.PointSearch(s.Search, analytics.Period{Start: date(t, per.Start), End: date(t, per.End)})
					if got := searchTotal(t, search); got != p.Count {
						t.Errorf("q=%q %s: count %d, /api/v1/search says %d (%s)", s.Query, per.Label, p.Count, got, search)
					}
					if tr.Normalize == "share" && tr.Periods[i].Total > 0 && p.Value != float64(p.Count)/float64(tr.Periods[i].Total) {
						t.Errorf("q=%q %s: share %v of %d/%d", s.Query, tr.Periods[i].Label, p.Value, p.Count, tr.Periods[i].Total)
					}
					sum += p.Count
				}
				if sum != s.Total {
					t.Errorf("q=%q: total %d, points add up to %d", s.Query, s.Total, sum)
				}
				if s.Total > 0 && (s.Peak == nil || s.Peak.Top == nil) {
					t.Errorf("q=%q: no peak release", s.Query)
				}
				counted += sum
			}
			if counted == 0 {
				t.Error("nothing counted: the test proves nothing")
			}
		})
	}
}

func TestAPITrendsCSV(t *testing.T) {
	for _, target := range []string{"/api/v1/trends.csv?q=eurodac&q=frontex", "/api/v1/trends?q=eurodac&q=frontex&format=csv"} {
		res, body := get(t, target)
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("GET %s: status %d, type %q", target, res.StatusCode, res.Header.Get("Content-Type"))
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var tr analyst.TrendsJSON
		getJSON(t, "/api/v1/trends?q=eurodac&q=frontex", http.StatusOK, &tr)
		if want := 1 + 2*len(tr.Periods); len(rows) != want {
			t.Fatalf("%d rows, want a header and %d", len(rows), want-1)
		}
		if strings.Join(rows[0], ",") != "q,period,start,end,count,total,share" {
			t.Errorf("header %q", rows[0])
		}
		for i, p := range tr.Periods {
			for k, s := range tr.Series {
				row := rows[1+k*len(tr.Periods)+i]
				if row[0] != s.Query || row[1] != p.Label || row[4] != strconv.Itoa(s.Points[i].Count) || row[2] != p.Start || row[3] != p.End {
					t.Errorf("row %q, want %s %s %d", row, s.Query, p.Label, s.Points[i].Count)
				}
			}
		}
	}
}

func TestAPIAnalyticsRefusesBadInput(t *testing.T) {
	for _, tc := range []struct{ target, want string }{
		{"/api/v1/trends?q=a&q=b&q=c&q=d&q=e&q=f&q=g", "at most 6"},
		{"/api/v1/trends?interval=day", "year, month or week"},
		{"/api/v1/trends?normalize=percent", "count or share"},
		{"/api/v1/trends?format=xml", "json or csv"},
		{"/api/v1/trends?interval=week&from=1990-01-01&to=2025-01-01", "more than 600 periods"},
		{"/api/v1/trends?qq=x", "not known here"},
		{"/api/v1/terms?background=world", "archive or filters"},
		{"/api/v1/terms?size=500", "size"},
		{"/api/v1/rising?at=yesterday", "YYYY-MM-DD"},
		{"/api/v1/rising?q=x", "not known here"},
	} {
		res, body := get(t, tc.target)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s: %d %s, want 400 saying %q", tc.target, res.StatusCode, body, tc.want)
		}
	}
}

func TestAPITerms(t *testing.T) {
	var terms analyst.TermsJSON
	getJSON(t, "/api/v1/terms?q=border", http.StatusOK, &terms)
	if all := searchTotal(t, "/search"); terms.Results == 0 || terms.Sample != terms.Results || terms.BackgroundSize != all {
		t.Errorf("results %d, sample %d, background %d of %d releases", terms.Results, terms.Sample, terms.BackgroundSize, all)
	}
	for i, tm := range terms.Terms {
		if tm.Term == "border" {
			t.Errorf("the query's own word is listed: %+v", tm)
		}
		if i > 0 && tm.Score > terms.Terms[i-1].Score {
			t.Errorf("terms not by score: %v after %v", tm, terms.Terms[i-1])
		}
		if got := searchTotal(t, tm.Search); got != tm.Results {
			t.Errorf("%q: %d results, its search finds %d", tm.Term, tm.Results, got)
		}
	}
}

func TestAPIRising(t *testing.T) {
	var r analyst.RisingJSON
	getJSON(t, "/api/v1/rising?at=2024-12-31", http.StatusOK, &r)
	if r.At != "2024-12-31" || r.From != "2024-12-02" || r.BaselineTo != "2024-12-01" || r.Anchored {
		t.Errorf("window %s to %s, baseline to %s, anchored %v", r.From, r.At, r.BaselineTo, r.Anchored)
	}
	n := 0
	for _, a := range r.Agencies {
		if got := searchTotal(t, a.Search); got != a.Count {
			t.Errorf("agency %s: %d releases, its search finds %d", a.Value, a.Count, got)
		}
		n += a.Count
	}
	if r.Releases == 0 || n < r.Releases {
		t.Errorf("%d releases in the window, %d over the agencies", r.Releases, n)
	}
	// The test corpus ends in 2025: without at, the window is anchored to
	// its newest release.
	getJSON(t, "/api/v1/rising", http.StatusOK, &r)
	if !r.Anchored || r.Releases == 0 {
		t.Errorf("default window: anchored %v with %d releases, want anchored to the newest release", r.Anchored, r.Releases)
	}
}

func TestTrendsPage(t *testing.T) {
	doc := page(t, "/trends?q=eurodac&q=frontex&q=&q=+&interval=year&normalize=share&agency=eu-LISA&agency=Frontex")
	svg := doc.Find("figure.trendchart > svg")
	if svg.Length() != 1 || svg.Find("title").First().Text() == "" || svg.Find("desc").Text() == "" {
		t.Fatal("no chart with a title and a description")
	}
	if n, legend := svg.Find("g.series path.line").Length(), doc.Find("figure.trendchart ul.legend li").Length(); n != 2 || legend != 2 {
		t.Errorf("%d lines and %d legend entries, want 2 series (blank boxes are left out)", n, legend)
	}
	if got := doc.Find("input[type=hidden][name=agency]").Length(); got != 2 {
		t.Errorf("%d hidden agency filters, want 2", got)
	}
	rows := doc.Find("table.trendtable tbody tr")
	if rows.Length() == 0 {
		t.Fatal("no table of the numbers")
	}
	// Every point of the chart and every number of the table links to the
	// search it counts.
	links := 0
	check := func(href, text string) {
		want, err := strconv.Atoi(strings.ReplaceAll(text, ",", ""))
		if err != nil {
			t.Fatalf("cell %q", text)
		}
		if got := searchTotal(t, href); got != want {
			t.Errorf("%s: shows %d, search finds %d", href, want, got)
		}
		links++
	}
	rows.Find("td a").Each(func(_ int, a *goquery.Selection) { check(a.AttrOr("href", ""), a.Text()) })
	if pts := svg.Find("g.series a").Length(); pts != links {
		t.Errorf("%d points in the chart, %d numbers in the table", pts, links)
	}
	if doc.Find(`a[href^="/api/v1/trends.csv?"]`).Length() != 1 {
		t.Error("no CSV link")
	}
}

func TestResultsPageLinksToAnalystViews(t *testing.T) {
	doc := page(t, "/search?q=border&agency=Frontex")
	href, ok := doc.Find("p.compare a").Attr("href")
	if !ok || !strings.HasPrefix(href, "/trends?") || !strings.Contains(href, "q=border") || !strings.Contains(href, "agency=Frontex") {
		t.Errorf("compare link %q", href)
	}
	page(t, href)
	doc = page(t, "/search?q=border")
	terms := doc.Find("nav.terms li a")
	if terms.Length() == 0 || terms.Length() > 15 {
		t.Fatalf("%d characteristic words, want 1 to 15", terms.Length())
	}
	terms.Each(func(_ int, a *goquery.Selection) {
		h := a.AttrOr("href", "")
		if !strings.Contains(h, "q=border+") {
			t.Errorf("word link %q does not refine the search", h)
		}
	})
}

func TestHomeShowsRising(t *testing.T) {
	doc := page(t, "/")
	sec := doc.Find("section.rising")
	if sec.Length() != 1 || !strings.Contains(sec.Text(), "newest release") {
		t.Fatalf("no last-30-days section anchored to the newest release: %q", sec.Text())
	}
	if sec.Find("table tbody tr").Length() == 0 {
		t.Error("no releases per agency")
	}
}

// TestTrendsPageEscapesQueries: a query is echoed in the chart's title,
// its legend, the points' tooltips and the table's header, always as text.
func TestTrendsPageEscapesQueries(t *testing.T) {
	target := "/trends?q=" + url.QueryEscape(xssScript) + "&q=" + url.QueryEscape(xssImg) + "&q=markup"
	body := getOK(t, target)
	doc := parseHTML(t, body)
	assertNoInjectedMarkup(t, doc)
	if strings.Contains(body, xssScript) || strings.Contains(body, xssImg) {
		t.Error("raw markup in the HTML of the trends page")
	}
	if !strings.Contains(doc.Find("ul.legend").Text(), xssScript) {
		t.Error("the query is not shown as text in the legend")
	}
}
