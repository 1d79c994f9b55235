package search

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestBrowseOrdersAreByDate holds the generation's browse orders to what
// browseSearch tells facet.Browse of them: newest first or oldest first
// by the columns' dates, which lets a browse within dates walk only the
// span in range.
func TestBrowseOrdersAreByDate(t *testing.T) {
	e, _ := openFixture(t, collect(generate(9, 400, 200)))
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	pub := g.cols.Published
	for name, o := range map[string][]int32{"newest": g.newest, "newestOne": g.newestOne} {
		if !slices.IsSortedFunc(o, func(a, b int32) int { return cmpInt64(pub[b], pub[a]) }) {
			t.Errorf("%s is not newest first by the columns' dates", name)
		}
	}
	for name, o := range map[string][]int32{"oldest": g.oldest, "oldestOne": g.oldestOne} {
		if !slices.IsSortedFunc(o, func(a, b int32) int { return cmpInt64(pub[a], pub[b]) }) {
			t.Errorf("%s is not oldest first by the columns' dates", name)
		}
	}
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// TestBrowseWithinDates compares a browse within dates, by page and by
// cursor, with the browse of the same filters without dates, cut to the
// releases in range.
func TestBrowseWithinDates(t *testing.T) {
	docs := collect(generate(9, 400, 200))
	e, _ := openFixture(t, docs)
	var dates []time.Time
	for _, d := range docs {
		dates = append(dates, d.Published)
	}
	slices.SortFunc(dates, time.Time.Compare)
	at := func(q float64) time.Time { return dates[int(q*float64(len(dates)-1))].Truncate(24 * time.Hour) }
	ranges := [][2]time.Time{
		{at(0.2), at(0.3)}, {at(0.5), at(0.5)}, {{}, at(0.1)}, {at(0.9), {}}, {at(0.6), at(0.4)},
		{dates[0].AddDate(-5, 0, 0), dates[0].AddDate(-1, 0, 0)},
	}
	for _, base := range []jhasearch.SearchRequest{
		{Sort: jhasearch.SortNewest},
		{Sort: jhasearch.SortOldest},
		{Sort: jhasearch.SortNewest, Filters: jhasearch.Filters{"language": []string{"en", "fr"}}},
		{Sort: jhasearch.SortOldest, Filters: jhasearch.Filters{"language": []string{"en"}}},
	} {
		whole := browseAll(t, e, base, 50)
		for _, r := range ranges {
			req := base
			req.From, req.To = r[0], r[1]
			var want []string
			for _, h := range whole {
				p := h.Document.Published
				if (r[0].IsZero() || !p.Before(r[0])) && (r[1].IsZero() || p.Before(r[1].AddDate(0, 0, 1))) {
					want = append(want, h.Document.ID)
				}
			}
			paged, total := browseAll(t, e, req, 3), search(t, e, withPage(req, 1, 1)).Total
			if diff := cmp.Diff(want, hitIDs(paged)); diff != "" {
				t.Errorf("%+v: pages mismatch (-want +got):\n%s", req, diff)
			}
			if total != len(want) {
				t.Errorf("%+v: Total %d, want %d", req, total, len(want))
			}
			var walked []string
			req.Page, req.Size = 1, 4
			for steps := 0; ; steps++ {
				res := search(t, e, req)
				walked = append(walked, ids(res)...)
				if res.Cursor == "" || steps > 1000 {
					break
				}
				req.Cursor = res.Cursor
			}
			if diff := cmp.Diff(want, walked); diff != "" {
				t.Errorf("%+v: cursor walk mismatch (-want +got):\n%s", req, diff)
			}
		}
	}
}

func withPage(r jhasearch.SearchRequest, page, size int) jhasearch.SearchRequest {
	r.Page, r.Size = page, size
	return r
}

// browseAll reads every page of req.
func browseAll(t *testing.T, e *Engine, req jhasearch.SearchRequest, size int) []jhasearch.Hit {
	t.Helper()
	var out []jhasearch.Hit
	for page := 1; ; page++ {
		res := search(t, e, withPage(req, page, size))
		out = append(out, res.Hits...)
		if len(res.Hits) < size {
			return out
		}
	}
}

func hitIDs(hs []jhasearch.Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.Document.ID)
	}
	return out
}
