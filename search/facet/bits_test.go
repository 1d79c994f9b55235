package facet

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestCountBitsMatchesCount holds the count by bits to the count entry by
// entry: the same totals, the same disjunctive facet counts, the same
// entries passing, for lists of every density under every kind of filter.
func TestCountBitsMatchesCount(t *testing.T) {
	const n = 3000
	c := randomColumns(n, 7)
	day := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }
	reqs := map[string]jhasearch.SearchRequest{
		"no filter":       {},
		"agency":          {Filters: jhasearch.Filters{"agency": []string{"agency3"}}},
		"two tags":        {Filters: jhasearch.Filters{"tag": []string{"tag1", "tag7"}}},
		"language":        {Filters: jhasearch.Filters{"language": []string{"fr"}}},
		"unknown value":   {Filters: jhasearch.Filters{"tag": []string{"no such tag"}}},
		"from":            {From: day(2015)},
		"to":              {To: day(2010)},
		"from and to":     {From: day(2012), To: day(2016)},
		"every kind":      {Filters: jhasearch.Filters{"agency": []string{"agency1", "agency2"}, "tag": []string{"tag3"}, "topic": []string{"topic4"}, "language": []string{"en", "de"}}, From: day(2008), To: day(2022)},
		"system, country": {Filters: jhasearch.Filters{"system": []string{"system1"}, "country": []string{"country2", "country5"}}},
	}
	r := rand.New(rand.NewPCG(9, 9))
	for name, req := range reqs {
		f := c.Select(&req)
		for _, density := range []int{0, 1, 30, 100} {
			want, got, wantPass, gotPass := countBothWays(c, &f, r, n, density)
			if diff := cmp.Diff(want.flat, got.flat); diff != "" {
				t.Errorf("%s, density %d%%: counts mismatch (-want +got):\n%s", name, density, diff)
			}
			if want.Total != got.Total {
				t.Errorf("%s, density %d%%: total %d, want %d", name, density, got.Total, want.Total)
			}
			if diff := cmp.Diff(wantPass, gotPass); diff != "" {
				t.Errorf("%s, density %d%%: passing entries mismatch (-want +got):\n%s", name, density, diff)
			}
		}
	}
}

// countBothWays draws a list of the n entries of c, each with a chance of
// density %, and counts it under f entry by entry (Count, the reference)
// and by bits (CountBits), with the entries passing each way.
func countBothWays(c *Columns, f *Selection, r *rand.Rand, n, density int) (want, got *Counts, wantPass, gotPass []uint64) {
	var ms []int32
	for i := range n {
		if r.IntN(100) < density {
			ms = append(ms, int32(i))
		}
	}
	want, got = c.NewCounts(), c.NewCounts()
	wantPass = make([]uint64, n/64+1)
	for _, e := range ms {
		if c.Count(want, f, int(e)) {
			wantPass[e/64] |= 1 << (e % 64)
		}
	}
	return want, got, wantPass, c.CountBits(got, f, ms)
}
