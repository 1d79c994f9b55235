package facet

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// The plain count: every way of counting (Count, CountBits entry by
// entry or by the slots' sets, Browse) is held to a count that knows
// nothing of slots, rows, bit sets or the filters' sets: each entry's
// values read from the table, each filter tested on them by name, the
// dates compared in seconds.

// plainFilter is a request's filters as the plain count tests them.
type plainFilter struct {
	values   map[int][]string // facet -> the values selected
	from, to int64            // as Selection: to exclusive
	dated    bool
}

func plainOf(req *jhasearch.SearchRequest) plainFilter {
	p := plainFilter{values: map[int][]string{}, from: -1 << 63, to: 1<<63 - 1}
	for k, f := range jhasearch.Facets {
		if vs := req.Filters.Get(f.Name); f.Filter && len(vs) > 0 {
			p.values[k] = vs
		}
	}
	if !req.From.IsZero() {
		p.from, p.dated = req.From.Unix(), true
	}
	if !req.To.IsZero() {
		p.to, p.dated = req.To.AddDate(0, 0, 1).Unix(), true
	}
	return p
}

// plainCounts counts the entries ms of t under p: per facet, per value
// name, the entries that pass every filter but the facet's own; the total
// of those that pass every filter, and their set.
func plainCounts(t *indexer.Table, p plainFilter, ms []int32) (counts []map[string]int, total int, pass []uint64) {
	counts = make([]map[string]int, len(jhasearch.Facets))
	for k := range counts {
		counts[k] = map[string]int{}
	}
	pass = make([]uint64, len(t.Entries)/64+1)
	for _, e := range ms {
		en := &t.Entries[e]
		fails := map[int]bool{} // facet -> fails its filter; -1: the dates
		for k, vs := range p.values {
			in := false
			for _, v := range en.Values(k) {
				for _, want := range vs {
					in = in || strings.EqualFold(v, want)
				}
			}
			if !in {
				fails[k] = true
			}
		}
		if p.dated {
			if pub := en.Published; pub.IsZero() || pub.Unix() < p.from || pub.Unix() >= p.to {
				fails[-1] = true
			}
		}
		for k := range jhasearch.Facets {
			others := len(fails)
			if fails[k] {
				others--
			}
			if others > 0 {
				continue
			}
			seen := map[string]bool{} // a value twice in one entry counts it once
			for _, v := range en.Values(k) {
				if lv := strings.ToLower(v); !seen[lv] {
					seen[lv] = true
					counts[k][lv]++
				}
			}
		}
		if len(fails) == 0 {
			total++
			pass[e/64] |= 1 << (e % 64)
		}
	}
	return counts, total, pass
}

// named turns Counts into plainCounts' form, leaving out values counted 0.
func named(c *Columns, fc *Counts) []map[string]int {
	out := make([]map[string]int, len(jhasearch.Facets))
	for k := range out {
		out[k] = map[string]int{}
		for id, n := range fc.of(k) {
			if n != 0 {
				out[k][strings.ToLower(c.lists[k].names[id])] = int(n)
			}
		}
	}
	return out
}

// randomTable draws n entries with every facet of the table, values
// named in mixed case, some twice in an entry, and some entries with many
// values (up to 40) so that rows of every stride overflow; a few entries
// have no date or no value at all.
func randomTable(n int, seed uint64) *indexer.Table {
	r := rand.New(rand.NewPCG(seed, 77))
	pick := func(prefix string, of, k int) []string {
		var out []string
		for range k {
			v := fmt.Sprintf("%s%d", prefix, r.IntN(of))
			if r.IntN(10) == 0 {
				v = strings.ToUpper(v)
			}
			out = append(out, v)
		}
		return out
	}
	t := &indexer.Table{Entries: make([]indexer.Entry, n)}
	for i := range t.Entries {
		pub := time.Date(2005+r.IntN(22), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		tags := 1 + r.IntN(5)
		if r.IntN(20) == 0 {
			tags = 10 + r.IntN(30)
		}
		by := map[string][]string{
			jhasearch.FacetAgency: pick("agency", 10, 1+r.IntN(2)), jhasearch.FacetTag: pick("tag", 80, tags),
			jhasearch.FacetTopic: pick("topic", 30, r.IntN(3)), jhasearch.FacetSystem: pick("system", 10, r.IntN(2)),
			jhasearch.FacetCountry: pick("country", 27, r.IntN(3)), jhasearch.FacetLanguage: pick("lang", 4, r.IntN(2)),
			jhasearch.FacetType: pick("type", 3, 1),
			jhasearch.FacetYear: {pub.Format("2006")},
		}
		switch r.IntN(40) {
		case 0:
			pub = time.Time{}
			by[jhasearch.FacetYear] = nil
		case 1:
			by = nil
		}
		t.Entries[i] = indexer.Entry{Published: pub, Facets: entryFacets(by)}
	}
	return t
}

// plainCases are Columns over one random table laid out in rows of every
// stride, with overflow, and in wide cells.
func plainCases(t *testing.T, table *indexer.Table) map[string]*Columns {
	out := map[string]*Columns{"chosen stride": newColumns(table, mapCache{}, 0)}
	for _, s := range []int{1, 2, 4, 8, 16} {
		out[fmt.Sprintf("stride %d", s)] = newColumns(table, mapCache{}, s)
	}
	old := maxNarrow
	maxNarrow = 0
	out["wide cells"] = newColumns(table, mapCache{}, 8)
	maxNarrow = old
	if out["wide cells"].rows.wide == nil || out["stride 8"].rows.cells == nil {
		t.Fatal("the wide case is not wide, or the narrow one is")
	}
	if len(out["stride 8"].rows.over) == 0 {
		t.Fatal("no entry overflows its row of 8")
	}
	return out
}

// randomRequest draws filters on any filtering facet (known values in any
// case, unknown ones), and dates of a day to years, open at either end.
func randomRequest(c *Columns, r *rand.Rand) jhasearch.SearchRequest {
	req := jhasearch.SearchRequest{Filters: jhasearch.Filters{}}
	for k, f := range jhasearch.Facets {
		if !f.Filter || r.IntN(4) != 0 {
			continue
		}
		names := c.lists[k].names
		for range 1 + r.IntN(2) {
			v := "nowhere"
			if len(names) > 0 && r.IntN(8) > 0 {
				v = names[r.IntN(len(names))]
			}
			if r.IntN(3) == 0 {
				v = strings.ToUpper(v)
			}
			req.Filters[f.Name] = append(req.Filters[f.Name], v)
		}
	}
	if r.IntN(2) == 0 {
		from := time.Date(2004+r.IntN(24), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		to := from.AddDate(0, 0, []int{0, 6, 30, 365, 5 * 365}[r.IntN(5)])
		switch r.IntN(4) {
		case 0:
			from = time.Time{}
		case 1:
			to = time.Time{}
		}
		req.From, req.To = from, to
	}
	return req
}

// randomList draws entries of n, each with a chance of density per
// mille.
func randomList(r *rand.Rand, n, density int) []int32 {
	var ms []int32
	for i := range n {
		if r.IntN(1000) < density {
			ms = append(ms, int32(i))
		}
	}
	return ms
}

// TestCountsMatchPlain holds every way of counting to the plain count, on
// random lists from none to every entry, under random filters and dates,
// in rows of every stride and in wide cells: Count entry by entry,
// CountBits as it chooses, entry by entry, by the slots' sets, and
// entry by entry with each filter's own facet by its slots' sets.
func TestCountsMatchPlain(t *testing.T) {
	const n = 2500
	table := randomTable(n, 3)
	cases := plainCases(t, table)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range cases {
			if !yield(k) {
				return
			}
		}
	})
	r := rand.New(rand.NewPCG(11, 12))
	for trial := range 600 {
		c0 := cases[names[0]]
		req := randomRequest(c0, r)
		ms := randomList(r, n, []int{0, 1, 5, 20, 70, 200, 500, 1000}[r.IntN(8)])
		want, wantTotal, wantPass := plainCounts(table, plainOf(&req), ms)
		for _, name := range names {
			c := cases[name]
			f := c.Select(&req)
			check := func(how string, fc *Counts, pass []uint64) {
				t.Helper()
				if diff := gocmp.Diff(want, named(c, fc)); diff != "" || fc.Total != wantTotal {
					t.Fatalf("trial %d, %s, %s (%+v, %d entries): total %d, want %d; counts mismatch (-want +got):\n%s",
						trial, name, how, req, len(ms), fc.Total, wantTotal, diff)
				}
				if pass != nil {
					if diff := gocmp.Diff(wantPass, pass); diff != "" {
						t.Fatalf("trial %d, %s, %s: passing entries mismatch (-want +got):\n%s", trial, name, how, diff)
					}
				}
			}
			fc := c.NewCounts()
			pass := make([]uint64, n/64+1)
			for _, e := range ms {
				if c.Count(fc, &f, int(e)) {
					pass[e/64] |= 1 << (e % 64)
				}
			}
			check("Count", fc, pass)
			fc = c.NewCounts()
			pass = c.CountBits(fc, &f, ms)
			check("CountBits", fc, pass)
			PutSet(pass)
			set := SetOf(ms, c.slotBits.width)
			for _, w := range []way{byEntries, bySlots} {
				fc = c.NewCounts()
				pass = c.countSetBy(fc, &f, set, w)
				check(fmt.Sprintf("countSetBy %d", w), fc, pass)
				PutSet(pass)
			}
			// countFew with each filter's own facet by its slots' sets.
			fc = c.NewCounts()
			dims := c.filterSets(&f)
			pass = andAll(set, dims, -1)
			fc.Total = PopCount(pass)
			c.countFew(fc, set, pass, dims, bySlots)
			check("countFew, own facets by slots", fc, pass)
			PutSet(pass)
			PutSet(set)
		}
	}
}

// TestBrowseMatchesPlain holds Browse's counts and pages to the plain
// count and a plain walk of the order, newest first, in rows of every
// stride.
func TestBrowseMatchesPlain(t *testing.T) {
	const n = 2500
	table := randomTable(n, 5)
	cases := plainCases(t, table)
	r := rand.New(rand.NewPCG(13, 14))
	for name, c := range cases {
		newest := newestOrder(c)
		for trial := range 150 {
			req := randomRequest(c, r)
			all := randomList(r, n, []int{3, 50, 300, 1000}[r.IntN(4)])
			want, wantTotal, wantPass := plainCounts(table, plainOf(&req), all)
			var order []int32 // the entries of all, newest first
			in := SetOf(all, c.slotBits.width)
			for _, e := range newest {
				if Has(in, e) {
					order = append(order, e)
				}
			}
			PutSet(in)
			skip, limit := []int{0, 0, 3, 40}[r.IntN(4)], []int{1, 11, 21, 0}[r.IntN(4)]
			var wantOut []int
			passed := 0
			for _, e := range order {
				if !Has(wantPass, e) {
					continue
				}
				if passed++; passed <= skip {
					continue
				}
				if wantOut = append(wantOut, int(e)); len(wantOut) == limit {
					break
				}
			}
			f := c.Select(&req)
			gotOut, fc := c.Browse(&f, Order{Entries: order, ByDate: NewestFirst}, all, skip, limit, nil, nil)
			if diff := gocmp.Diff(want, named(c, fc)); diff != "" || fc.Total != wantTotal {
				t.Fatalf("%s, trial %d (%+v, %d entries): total %d, want %d; counts mismatch (-want +got):\n%s",
					name, trial, req, len(all), fc.Total, wantTotal, diff)
			}
			if diff := gocmp.Diff(wantOut, gotOut); diff != "" {
				t.Fatalf("%s, trial %d (%+v, skip %d, limit %d): entries mismatch (-want +got):\n%s", name, trial, req, skip, limit, diff)
			}
		}
	}
}
