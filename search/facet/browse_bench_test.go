package facet

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// benchRanges are date ranges as the load test's requests give them: a
// month, two years, open at either end, and one around an old date.
var benchRanges = []struct {
	name     string
	from, to time.Time
}{
	{"month", day(2016, 3, 1), day(2016, 3, 31)},
	{"two-years", day(2015, 1, 1), day(2016, 12, 31)},
	{"from-open", time.Time{}, day(2012, 6, 30)},
	{"to-open", day(2008, 1, 1), time.Time{}},
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// BenchmarkDateSet builds the set of a date range, as a request with a
// range never seen before does.
func BenchmarkDateSet(b *testing.B) {
	c := randomColumns(100000, 1)
	for _, r := range benchRanges {
		f := c.Select(&jhasearch.SearchRequest{From: r.from, To: r.to})
		b.Run(r.name, func(b *testing.B) {
			for b.Loop() {
				PutSet(c.dateSet(f.from, f.to))
			}
		})
	}
}

// newestOrder returns the entries of c newest first, ties by entry, as
// the generation's newest order.
func newestOrder(c *Columns) []int32 {
	order := make([]int32, len(c.Published))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(c.Published[b], c.Published[a]) })
	return order
}

// BenchmarkBrowse browses with a filter and a date range, newest first,
// counting the facets, as browseSearch does for a request it has not
// seen.
func BenchmarkBrowse(b *testing.B) {
	const n = 100000
	c := randomColumns(n, 1)
	order := newestOrder(c)
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	c.passCache = filterCache{}
	for _, r := range benchRanges {
		for _, filter := range []string{"none", "agency"} {
			req := jhasearch.SearchRequest{From: r.from, To: r.to}
			if filter == "agency" {
				req.Filters = jhasearch.Filters{"agency": []string{"agency3"}}
			}
			b.Run(fmt.Sprintf("%s/%s", r.name, filter), func(b *testing.B) {
				defer cpuTimer(b)()
				for b.Loop() {
					f := c.Select(&req)
					c.Browse(&f, Order{Entries: order, ByDate: NewestFirst}, all, 10, 11, nil, nil)
				}
			})
		}
	}
}

// filterCache keeps the sets of facet filters, which recur, but not those
// of date ranges, which in a load of distinct requests do not.
type filterCache map[string][]uint64

func (m filterCache) Get(key string) ([]uint64, bool) { s, ok := m[key]; return s, ok }
func (m filterCache) Put(key string, set []uint64) {
	if !strings.HasPrefix(key, "date") {
		m[key] = set
	}
}

// BenchmarkSelect resolves a request's filters whose sets are cached, as
// every request with filters does.
func BenchmarkSelect(b *testing.B) {
	c := randomColumns(100000, 1)
	c.passCache = filterCache{}
	req := jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"agency3", "agency5"}, "tag": []string{"tag12"}},
		From: day(2015, 1, 1), To: day(2016, 12, 31)}
	b.ReportAllocs()
	for b.Loop() {
		c.Select(&req)
	}
}

// BenchmarkCountFew counts the facets of the entries passing the
// filters, of several densities, entry by entry (countFew) and by every
// slot's set: where the two cost the same sets fewPass's entryCost.
func BenchmarkCountFew(b *testing.B) {
	const n = 100000
	c := randomColumns(n, 1)
	for _, d := range []int{3, 6, 9, 12, 20} {
		r := rand.New(rand.NewPCG(1, 1))
		pass := make([]uint64, c.slotBits.width)
		for i := range n {
			if r.IntN(100) < d {
				pass[i/64] |= 1 << (i % 64)
			}
		}
		b.Run(fmt.Sprintf("density=%d%%/entries", d), func(b *testing.B) {
			defer cpuTimer(b)()
			for b.Loop() {
				c.countFew(c.NewCounts(), pass, pass, nil, cheaper)
			}
		})
		b.Run(fmt.Sprintf("density=%d%%/bits", d), func(b *testing.B) {
			defer cpuTimer(b)()
			for b.Loop() {
				fc := c.NewCounts()
				for s := range c.numSlots() {
					fc.flat[s] += uint32(andCount(pass, c.slotBits.of(s)))
				}
			}
		})
	}
}
