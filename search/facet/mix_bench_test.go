package facet

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// mixRequest is one request of the distinct workload as the facets see
// it: a match list (nil for a browse) and the filters.
type mixRequest struct {
	ms  []int32
	req jhasearch.SearchRequest
}

// mixRequests draws n requests of the kinds and shares of jhaload's
// distinct workload over c: a word (lists from a few entries to 38 % of
// the archive), two or three words (shorter lists), a word with an agency
// or a tag, a word in a date range of a day to five years around an
// entry's date; browse a date range with an agency, a tag, a language or
// nothing else.
func mixRequests(c *Columns, n int, browse bool, seed uint64) []mixRequest {
	r := rand.New(rand.NewPCG(seed, 5))
	size := len(c.Published)
	list := func() []int32 {
		// per mille of the archive: words drawn by their frequency.
		pm := []int{1, 3, 10, 20, 50, 100, 200, 380}[r.IntN(8)]
		var ms []int32
		for i := range size {
			if r.IntN(1000) < pm {
				ms = append(ms, int32(i))
			}
		}
		return ms
	}
	// around returns a date range of a day to five years around an
	// entry's date.
	around := func(req *jhasearch.SearchRequest) {
		e := r.IntN(size)
		for c.Published[e] == NoDate {
			e = r.IntN(size)
		}
		span := []int{1, 7, 31, 365, 5 * 365}[r.IntN(5)]
		from := timeOf(c.Published[e]).AddDate(0, 0, -r.IntN(span))
		req.From, req.To = from, from.AddDate(0, 0, span-1)
	}
	filter := func(req *jhasearch.SearchRequest, lang bool) {
		e := r.IntN(size)
		k := []int{0, 1}[r.IntN(2)]
		if lang {
			k = r.IntN(4)
		}
		switch k {
		case 0:
			req.Filters = jhasearch.Filters{jhasearch.FacetAgency: {c.valueOf(jhasearch.FacetAgency, e)}}
		case 1:
			req.Filters = jhasearch.Filters{jhasearch.FacetTag: {c.valueOf(jhasearch.FacetTag, e)}}
		case 2:
			req.Filters = jhasearch.Filters{jhasearch.FacetLanguage: {c.valueOf(jhasearch.FacetLanguage, e)}}
		}
	}
	out := make([]mixRequest, n)
	for i := range out {
		m := &out[i]
		if browse {
			around(&m.req)
			filter(&m.req, true)
			continue
		}
		switch k := r.IntN(65); {
		case k < 25: // a word
			m.ms = list()
		case k < 40: // two or three words
			a, b := list(), list()
			m.ms = intersect(a, b)
		case k < 55: // a word with an agency or a tag
			m.ms = list()
			filter(&m.req, false)
		default: // a word in a date range
			m.ms = list()
			around(&m.req)
		}
	}
	return out
}

// warm selects the filters of every request once, so that their sets are
// cached, as the few values asked recur on a server: the benchmark
// measures the counting, not the first request of each filter.
func warm(c *Columns, reqs []mixRequest) {
	for i := range reqs {
		c.Select(&reqs[i].req)
	}
}

func intersect(a, b []int32) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// valueOf returns a value of facet name of entry e ("" when none).
func (c *Columns) valueOf(name string, e int) string {
	k := jhasearch.FacetIndex(name)
	if vals := c.entryLists[k].of(e); len(vals) > 0 {
		return c.lists[k].names[vals[0]]
	}
	return ""
}

// BenchmarkFacetMix counts the facets of the distinct workload's
// requests, one request an op, as rankMatches (by bits or entry by entry,
// as ByBits decides) and browseSearch (Browse, newest first, a page of
// ten) do for requests they have not seen.
func BenchmarkFacetMix(b *testing.B) {
	const n = 100000
	c := randomColumns(n, 1)
	c.passCache = filterCache{}
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	order := newestOrder(c)
	b.Run("rank", func(b *testing.B) {
		reqs := mixRequests(c, 400, false, 1)
		warm(c, reqs)
		i := 0
		stop := cpuTimer(b)
		for b.Loop() {
			m := &reqs[i%len(reqs)]
			i++
			f := c.Select(&m.req)
			fc := c.NewCounts()
			if c.ByBits(len(m.ms), &f) {
				PutSet(c.CountBits(fc, &f, m.ms))
				continue
			}
			for _, e := range m.ms {
				c.Count(fc, &f, int(e))
			}
		}
		stop()
	})
	b.Run("browse", func(b *testing.B) {
		reqs := mixRequests(c, 400, true, 2)
		warm(c, reqs)
		i := 0
		stop := cpuTimer(b)
		for b.Loop() {
			m := &reqs[i%len(reqs)]
			i++
			f := c.Select(&m.req)
			c.Browse(&f, Order{Entries: order, ByDate: NewestFirst}, all, 0, 11, nil, nil)
		}
		stop()
	})
}

func timeOf(unix int64) time.Time { return time.Unix(unix, 0).UTC() }
