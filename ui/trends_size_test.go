package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/ui/analyst"
)

// worstTrend is the largest trend request the limits allow: six
// questions and filters filling the address budget, and the most points.
func worstTrend(t *testing.T) url.Values {
	t.Helper()
	v := url.Values{"interval": {"week"}, "from": {"2021-01-04"}, "to": {"2024-03-10"}}
	for i := range 6 {
		v.Add("q", fmt.Sprintf("border%d %s", i, strings.Repeat("x", 40)))
	}
	for i := 0; len(v.Encode()) < analyst.MaxTrendAddressBytes-120; i++ {
		v.Add("tag", fmt.Sprintf("a-long-tag-value-%03d-%s", i, strings.Repeat("y", 20)))
	}
	return v
}

// TestTrendsAnswerSizeIsBounded: the worst trend the limits allow answers
// in a bounded size, in JSON, in CSV and as a page; a larger request is
// refused with a 400 naming the limit.
func TestTrendsAnswerSizeIsBounded(t *testing.T) {
	v := worstTrend(t)
	for _, tc := range []struct {
		target string
		most   int
	}{
		{"/api/v1/trends?" + v.Encode(), 160 << 10},
		{"/api/v1/trends.csv?" + v.Encode(), 160 << 10},
		{"/trends?" + v.Encode(), 6 << 20},
	} {
		res, body := get(t, tc.target)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("GET %.80s…: status %d: %.300s", tc.target, res.StatusCode, body)
		}
		t.Logf("GET %.40s…: %d bytes", tc.target, len(body))
		if len(body) > tc.most {
			t.Errorf("GET %.40s…: %d bytes, want at most %d", tc.target, len(body), tc.most)
		}
	}
	// One more week of six series passes the points' limit; more filters
	// pass the address's.
	longer := url.Values{}
	for k, vals := range v {
		longer[k] = vals
	}
	longer.Set("to", "2024-03-11")
	more := url.Values{}
	for k, vals := range v {
		more[k] = vals
	}
	more.Add("topic", strings.Repeat("t", 100))
	for _, tc := range []struct {
		v    url.Values
		want string
	}{{longer, "1,000 points"}, {more, "2,048 bytes"}} {
		for _, path := range []string{"/api/v1/trends?", "/api/v1/trends.csv?"} {
			res, body := get(t, path+tc.v.Encode())
			if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, tc.want) {
				t.Errorf("GET %s…: %d %.300s, want 400 naming %q", path, res.StatusCode, body, tc.want)
			}
		}
	}
}

// TestTrendsDefaultRangeShowsTheLastPeriods: without dates, six weekly
// series show the last periods a trend may have rather than a refusal,
// and the page says so.
func TestTrendsDefaultRangeShowsTheLastPeriods(t *testing.T) {
	target := "/api/v1/trends?interval=week&q=a&q=b&q=c&q=d&q=e&q=f"
	var tr analyst.TrendsJSON
	getJSON(t, target, http.StatusOK, &tr)
	if !tr.Limited || len(tr.Periods) != 166 {
		t.Fatalf("limited %v with %d periods, want the last 166 weeks", tr.Limited, len(tr.Periods))
	}
	doc := page(t, "/trends?interval=week&q=a&q=b&q=c&q=d&q=e&q=f")
	if note := doc.Find("p.limited").Text(); !strings.Contains(note, "the last 166") {
		t.Errorf("page note %q, want it to say the last 166 weeks are shown", note)
	}
}

// TestResultsPageLinksToWordsPastItsBudget: when the characteristic words
// take longer than the page's budget, the page links to them instead of
// going without.
func TestResultsPageLinksToWordsPastItsBudget(t *testing.T) {
	srv := New(testEngine, Config{BaseURL: "https://search.example"}, nil)
	srv.analyst.TermsBudget = time.Nanosecond
	_, body := getFrom(t, srv.Handler(), "/search?q=border")
	doc := parseHTML(t, body)
	if doc.Find("nav.terms").Length() != 0 {
		t.Fatal("words shown within a budget of a nanosecond: the test proves nothing")
	}
	if href := doc.Find("p.terms-later a").AttrOr("href", ""); !strings.HasPrefix(href, "/api/v1/terms?") {
		t.Errorf("link to the words %q, want /api/v1/terms?…", href)
	}
}

// TestTrendsPageKeepsTheFormOnATooLongRange: an explicit range of too
// many periods is a 400 that shows the form as filled, with the message.
func TestTrendsPageKeepsTheFormOnATooLongRange(t *testing.T) {
	res, body := get(t, "/trends?q=border&interval=week&from=1990-01-01&to=2025-01-01")
	if res.StatusCode != http.StatusBadRequest {
		t.Fatalf("status %d, want 400", res.StatusCode)
	}
	doc := parseHTML(t, body)
	if msg := doc.Find("p.trend-error").Text(); !strings.Contains(msg, "600 periods") {
		t.Errorf("message %q, want it to name the limit", msg)
	}
	if doc.Find("#q1").AttrOr("value", "") != "border" || doc.Find("#from").AttrOr("value", "") != "1990-01-01" {
		t.Error("the form does not keep the question and the dates")
	}
}
