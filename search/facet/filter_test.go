package facet

import (
	"math/rand/v2"
	"strings"
	"testing"

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
