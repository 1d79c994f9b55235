package ui

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// pagesOf lists the page numbers of a pager ("…" for a gap).
func pagesOf(p pager) []string {
	var out []string
	for _, l := range p.Pages {
		if l.Gap {
			out = append(out, "…")
			continue
		}
		n := strconv.Itoa(l.N)
		if l.Current {
			n = "[" + n + "]"
		}
		out = append(out, n)
	}
	return out
}

func linkQuery(t *testing.T, href string) url.Values {
	t.Helper()
	u, err := url.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}

func TestPagerWindow(t *testing.T) {
	req := jhasearch.SearchRequest{Query: "fraud", Sort: jhasearch.SortRelevance, Page: 7, Size: 10}
	p := newPager(req, &jhasearch.SearchResult{Total: 200, Hits: make([]jhasearch.Hit, 10), Cursor: "c"})
	want := []string{"1", "…", "5", "6", "[7]", "8", "9", "…", "20"}
	if diff := cmp.Diff(want, pagesOf(p)); diff != "" {
		t.Errorf("pages mismatch (-want +got):\n%s", diff)
	}
	if linkQuery(t, p.Prev).Get("page") != "6" || linkQuery(t, p.Next).Get("page") != "8" || p.Deep {
		t.Errorf("prev %q next %q deep %v", p.Prev, p.Next, p.Deep)
	}
	last := newPager(withPage(req, 20), &jhasearch.SearchResult{Total: 200, Hits: make([]jhasearch.Hit, 10)})
	if last.Next != "" {
		t.Errorf("last page has a next link %q", last.Next)
	}
	one := newPager(withPage(req, 1), &jhasearch.SearchResult{Total: 4, Hits: make([]jhasearch.Hit, 4)})
	if one.Prev != "" || one.Next != "" || len(one.Pages) != 0 {
		t.Errorf("a single page has links: %+v", one)
	}
}

// TestPagerBeyondWindow: page numbers stop at page × size = 10,000; the
// next link then continues with the engine's cursor.
func TestPagerBeyondWindow(t *testing.T) {
	req := jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 100, Size: 100, Filters: jhasearch.Filters{"tag": []string{"SIS"}}}
	res := &jhasearch.SearchResult{Total: 50000, Hits: make([]jhasearch.Hit, 100), Cursor: "after-10000"}
	p := newPager(req, res)
	if got := pagesOf(p); got[len(got)-1] != "[100]" {
		t.Errorf("pages %v: the last number must be the current page 100", got)
	}
	q := linkQuery(t, p.Next)
	if !p.Deep || q.Get("cursor") != "after-10000" || q.Get("page") != "" || q.Get("tag") != "SIS" {
		t.Errorf("next %q deep %v: want the cursor with the filters and no page", p.Next, p.Deep)
	}
	if _, err := parseSearchRequest(q, searchParams); err != nil {
		t.Errorf("next link does not parse: %v", err)
	}
	// On a cursor page: back to the first page, and on with the next cursor.
	cur := newPager(withCursor(req, "after-10000"), &jhasearch.SearchResult{Total: 50000, Hits: make([]jhasearch.Hit, 100), Cursor: "after-10100"})
	if linkQuery(t, cur.Prev).Get("page") != "" || linkQuery(t, cur.Next).Get("cursor") != "after-10100" {
		t.Errorf("cursor page: prev %q next %q", cur.Prev, cur.Next)
	}
}

func TestTimeline(t *testing.T) {
	req := jhasearch.SearchRequest{Sort: jhasearch.SortNewest}
	tl := newTimeline(req, []jhasearch.FacetValue{{Value: "2024", Count: 40}, {Value: "2019", Count: 1}, {Value: "2021", Count: 20}})
	var years []string
	for _, b := range tl.Bars {
		years = append(years, b.Year+":"+strconv.Itoa(b.Count)+":"+strconv.Itoa(b.H))
	}
	want := []string{"2019:1:2", "2020:0:0", "2021:20:50", "2022:0:0", "2023:0:0", "2024:40:100"}
	if diff := cmp.Diff(want, years); diff != "" {
		t.Errorf("bars (year:count:height) mismatch (-want +got):\n%s", diff)
	}
	if tl.Width != 6*(barWidth+barGap)-barGap {
		t.Errorf("width %d", tl.Width)
	}
	var many []jhasearch.FacetValue
	for y := 1990; y <= 2025; y++ {
		many = append(many, jhasearch.FacetValue{Value: strconv.Itoa(y), Count: 1})
	}
	labels := 0
	for _, b := range newTimeline(req, many).Bars {
		if b.ShowLabel {
			labels++
		}
	}
	if labels != 8 { // 1990, 1995, … 2025
		t.Errorf("%d labels on 36 years, want 8", labels)
	}
	if got := newTimeline(req, nil); len(got.Bars) != 0 {
		t.Errorf("no years, yet %d bars", len(got.Bars))
	}
}
