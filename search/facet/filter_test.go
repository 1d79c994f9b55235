package facet

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestPassingMatchesValues holds the cached set of a facet filter to a
// test of every entry's values, for values in any case and order, twice
// over, unknown, or none: sets kept under one key must be the same
// filter's.
func TestPassingMatchesValues(t *testing.T) {
	c := randomColumns(2000, 17)
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		k := r.IntN(numFacets)
		names := c.lists[k].names
		var vals []string
		for range r.IntN(4) {
			v := "unknown"
			if len(names) > 0 && r.IntN(6) > 0 {
				v = names[r.IntN(len(names))]
			}
			if r.IntN(2) == 0 {
				v = strings.ToUpper(v)
			}
			vals = append(vals, v)
		}
		got := c.passing(k, vals)
		if len(vals) == 0 {
			if got != nil {
				t.Fatalf("passing(%d, none) = a set, want nil", k)
			}
			continue
		}
		want := make([]uint64, len(c.Published)/64+1)
		for i := range c.Published {
			for _, id := range c.entryLists[k].of(i) {
				for _, v := range vals {
					if strings.EqualFold(names[id], v) {
						want[i/64] |= 1 << (i % 64)
					}
				}
			}
		}
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("trial %d: passing(%s, %q) mismatch (-want +got):\n%s", trial, jhasearch.Facets[k].Name, vals, diff)
		}
	}
}

// TestCountBitsMatchesCountAtRandom holds CountBits to Count on random
// filters, date ranges and match lists, from empty to every entry, so
// that both of its ways (by slot sets, and countFew for few passing
// entries, each facet by entries or by bits) are taken.
func TestCountBitsMatchesCountAtRandom(t *testing.T) {
	const n = 3000
	c := randomColumns(n, 19)
	r := rand.New(rand.NewPCG(3, 5))
	values := map[string][]string{
		"agency": {"agency1", "agency3", "nowhere"}, "tag": {"tag0", "tag5", "tag42"},
		"language": {"en", "fr", "de"}, "topic": {"topic2", "topic9"}, "country": {"country1", "country20"},
	}
	for trial := range 2000 {
		req := jhasearch.SearchRequest{Filters: jhasearch.Filters{}}
		for name, vs := range values {
			if r.IntN(3) == 0 {
				req.Filters[name] = []string{vs[r.IntN(len(vs))], vs[r.IntN(len(vs))]}
			}
		}
		if r.IntN(2) == 0 {
			req.From = day(2004+r.IntN(24), time.Month(1+r.IntN(12)), 1)
			req.To = req.From.AddDate(0, r.IntN(40), 0)
		}
		f := c.Select(&req)
		density := []int{0, 1, 5, 20, 50, 100}[r.IntN(6)]
		want, got, wantPass, gotPass := countBothWays(c, &f, r, n, density)
		if diff := gocmp.Diff(want.flat, got.flat); diff != "" || want.Total != got.Total {
			t.Fatalf("trial %d (%+v, density %d%%): total %d, want %d; counts mismatch (-want +got):\n%s", trial, req, density, got.Total, want.Total, diff)
		}
		if diff := gocmp.Diff(wantPass, gotPass); diff != "" {
			t.Fatalf("trial %d: passing entries mismatch (-want +got):\n%s", trial, diff)
		}
		PutSet(gotPass)
	}
}
