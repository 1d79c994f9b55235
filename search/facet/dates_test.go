package facet

import (
	"cmp"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestDateSetMatchesScan holds the set of a date range to a scan of
// every entry's date: the range's bounds (from inclusive, to exclusive),
// open ends, empty and reversed ranges, ranges outside the archive, and
// entries without a date, which no range holds.
func TestDateSetMatchesScan(t *testing.T) {
	c := randomColumns(3000, 11)
	r := rand.New(rand.NewPCG(5, 6))
	some := func() int64 {
		switch r.IntN(4) {
		case 0: // a date entries have
			return c.Published[r.IntN(len(c.Published))]
		case 1: // a second after one
			return c.Published[r.IntN(len(c.Published))] + 1
		default:
			return time.Date(1995+r.IntN(40), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC).Unix()
		}
	}
	bounds := [][2]int64{
		{math.MinInt64, math.MaxInt64}, {NoDate, NoDate}, {NoDate, NoDate + 1}, {0, 0},
		{math.MinInt64, some()}, {some(), math.MaxInt64}, {math.MaxInt64, math.MinInt64},
	}
	for range 400 {
		bounds = append(bounds, [2]int64{some(), some()})
	}
	for _, b := range bounds {
		want := make([]uint64, c.slotBits.width)
		for i, p := range c.Published {
			if p >= b[0] && p < b[1] && p != NoDate {
				want[i/64] |= 1 << (i % 64)
			}
		}
		got := c.dateSet(b[0], b[1])
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("dateSet(%d, %d) mismatch (-want +got):\n%s", b[0], b[1], diff)
		}
		PutSet(got)
	}
}

// browseReference is Browse as it was before it knew of date orders and
// passing sets: every entry of the order tested against every filter,
// the facets counted entry by entry.
func browseReference(c *Columns, f *Selection, order, all []int32, skip, limit int, after func(i int) bool) ([]int, *Counts) {
	fc := c.NewCounts()
	for _, e := range all {
		c.Count(fc, f, int(e))
	}
	var out []int
	for _, e := range order {
		i := int(e)
		if c.Misses(f, i) != 0 || after != nil && !after(i) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		if out = append(out, i); len(out) == limit {
			break
		}
	}
	return out, fc
}

// TestBrowseMatchesReference holds Browse to browseReference on random
// archives, filters, date ranges, pages and cursors, in both date orders
// and in an order that is not by date, with counts to make and counts
// known, over lists long enough to count by bits and short enough to
// count entry by entry.
func TestBrowseMatchesReference(t *testing.T) {
	const n = 3000
	c := randomColumns(n, 13)
	r := rand.New(rand.NewPCG(7, 8))
	someDay := func() time.Time {
		if r.IntN(5) == 0 {
			return time.Time{}
		}
		// The archive's dates are the first of a month: a bound on one
		// holds entries on it.
		d := 1
		if r.IntN(2) == 0 {
			d += r.IntN(28)
		}
		return time.Date(2000+r.IntN(32), time.Month(1+r.IntN(12)), d, 0, 0, 0, 0, time.UTC)
	}
	values := map[string][]string{
		"agency":   {"agency1", "agency3", "agency7", "nowhere"},
		"tag":      {"tag0", "tag5", "tag42", "tag79"},
		"language": {"en", "fr", "de"},
		"topic":    {"topic2", "topic9"},
	}
	for trial := range 1500 {
		req := jhasearch.SearchRequest{From: someDay(), To: someDay(), Filters: jhasearch.Filters{}}
		if r.IntN(2) == 0 && !req.From.IsZero() { // a short range, as around a release's date
			req.To = req.From.AddDate(0, r.IntN(3), -1)
		}
		for name, vs := range values {
			if r.IntN(3) == 0 {
				req.Filters[name] = []string{vs[r.IntN(len(vs))]}
			}
		}
		f := c.Select(&req)
		if f.dated && r.IntN(4) == 0 { // bounds a second either side of a date
			p := c.Published[r.IntN(n)]
			f.from, f.to = p+int64(r.IntN(3)-1), p+int64(r.IntN(3)-1)+int64(r.IntN(2))*86400*30
		}
		// all: every entry, or a random part of them, long or short.
		var all []int32
		density := []int{100, 60, 5, 1}[r.IntN(4)]
		for i := range n {
			if r.IntN(100) < density {
				all = append(all, int32(i))
			}
		}
		// The order: by date either way, ties in a random order as ids
		// break them, or shuffled.
		tie := make([]int, n)
		for i := range tie {
			tie[i] = r.IntN(1000)
		}
		by := []DateOrder{NotByDate, OldestFirst, NewestFirst}[r.IntN(3)]
		order := slices.Clone(all)
		switch by {
		case NotByDate:
			r.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		default:
			slices.SortFunc(order, func(a, b int32) int {
				d := cmp.Compare(c.Published[a], c.Published[b])
				if by == NewestFirst {
					d = -d
				}
				return cmp.Or(d, cmp.Compare(tie[a], tie[b]), cmp.Compare(a, b))
			})
		}
		skip, limit := []int{0, 0, 3, 40}[r.IntN(4)], []int{1, 11, 21, 0}[r.IntN(4)]
		var after func(int) bool
		switch r.IntN(3) {
		case 1: // a cursor: the entries after a position of the order
			if len(order) > 0 {
				pos := make(map[int]int, len(order))
				for k, e := range order {
					pos[int(e)] = k
				}
				at := r.IntN(len(order))
				after = func(i int) bool { return pos[i] > at }
			}
		case 2: // any test at all
			after = func(i int) bool { return i%3 != 0 }
		}
		wantOut, wantFC := browseReference(c, &f, order, all, skip, limit, after)
		known := wantFC
		if r.IntN(2) == 0 {
			known = nil
		}
		gotOut, gotFC := c.Browse(&f, Order{Entries: order, ByDate: by}, all, skip, limit, after, known)
		if diff := gocmp.Diff(wantOut, gotOut); diff != "" {
			t.Fatalf("trial %d (%+v, order %d, skip %d, limit %d, %d of %d entries, counts known %t): entries mismatch (-want +got):\n%s",
				trial, req, by, skip, limit, len(all), n, known != nil, diff)
		}
		if diff := gocmp.Diff(wantFC.flat, gotFC.flat); diff != "" || wantFC.Total != gotFC.Total {
			t.Fatalf("trial %d (%+v): counts mismatch, total %d, want %d (-want +got):\n%s", trial, req, gotFC.Total, wantFC.Total, diff)
		}
	}
}
