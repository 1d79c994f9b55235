package facet

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/jhasearch/jhasearch"
)

// Selection is a request's filters resolved against a generation's Columns.
type Selection struct {
	// lists holds a set bit per entry that passes each facet's filter;
	// nil for a facet without one.
	lists [][]uint64
	// active lists the facets with a filter, so that a pass over the
	// archive looks only at those.
	active []int
	// from and to bound the publication date in Unix seconds, to
	// exclusive; dated is false when neither is given. Seconds hold every
	// accepted year (jhasearch.MinYear to MaxYear); nanoseconds wrapped
	// outside 1678 to 2262, and 0 stood for both "open" and 1970-01-01.
	from, to int64
	dated    bool
	// none is true when the request has no filter at all.
	none bool
}

// Select resolves the filters and dates of req.
func (c *Columns) Select(req *jhasearch.SearchRequest) Selection {
	f := Selection{lists: make([][]uint64, numFacets), active: make([]int, 0, numFacets)}
	for k, fc := range jhasearch.Facets {
		if !fc.Filter {
			continue
		}
		if f.lists[k] = c.passing(k, req.Filters.Get(fc.Name)); f.lists[k] != nil {
			f.active = append(f.active, k)
		}
	}
	f.from, f.to = math.MinInt64, math.MaxInt64
	if !req.From.IsZero() {
		f.from = req.From.Unix()
	}
	if !req.To.IsZero() {
		f.to = req.To.AddDate(0, 0, 1).Unix()
	}
	f.dated = !req.From.IsZero() || !req.To.IsZero()
	f.none = len(f.active) == 0 && !f.dated
	return f
}

func anyOf(sel []bool, vals []uint32) bool {
	for _, v := range vals {
		if sel[v] {
			return true
		}
	}
	return false
}

// passing returns a set bit for every entry with any of vals in facet k;
// nil when vals is empty. The sets are cached: a filter is one bit test per
// entry, and the same few filters recur. The key is the facet and the
// numbers of the values it selects, in order, made without fmt, which
// cost more than the cache's lookup.
func (c *Columns) passing(k int, vals []string) []uint64 {
	if len(vals) == 0 {
		return nil
	}
	d := &c.lists[k]
	var idBuf [8]int
	ids := idBuf[:0]
	for _, v := range vals {
		// Values the generation does not know select nothing.
		if i, ok := d.ids[strings.ToLower(v)]; ok && !slices.Contains(ids, i) {
			ids = append(ids, i)
		}
	}
	slices.Sort(ids)
	var keyBuf [64]byte
	key := strconv.AppendInt(keyBuf[:0], int64(k), 10)
	for _, i := range ids {
		key = strconv.AppendInt(append(key, ','), int64(i), 10)
	}
	skey := string(key)
	if b, ok := c.passCache.Get(skey); ok {
		return b
	}
	sel := make([]bool, len(d.names))
	for _, i := range ids {
		sel[i] = true
	}
	n := len(c.entryLists[k].off) - 1
	b := make([]uint64, n/64+1)
	for i := range n {
		if anyOf(sel, c.entryLists[k].of(i)) {
			b[i/64] |= 1 << (i % 64)
		}
	}
	c.passCache.Put(skey, b)
	return b
}

// dimDate is the bit of misses for the date filter, after the facets'.
var dimDate = numFacets

// Misses returns a bit per filter that entry i fails: bit k for facet k,
// then dimDate; 0 when it passes every filter.
func (c *Columns) Misses(f *Selection, i int) uint32 {
	if f.none {
		return 0
	}
	var m uint32
	for _, k := range f.active {
		if f.lists[k][i/64]&(1<<(i%64)) == 0 {
			m |= 1 << k
		}
	}
	if p := c.Published[i]; f.dated && (p < f.from || p >= f.to || p == NoDate) {
		m |= 1 << dimDate
	}
	return m
}

// Counts counts the facets of the filtered archive, disjunctively:
// each facet applies every filter but its own; a facet without a filter
// (year) applies them all. The counts of every facet are parts of one
// array, flat, numbered as the Columns' slots, so that an entry passing
// every filter is counted in one loop over its slots.
type Counts struct {
	flat  []uint32
	Total int
	// slots are the Columns' (Columns.slots): facet k's counts are
	// flat[slots[k]:slots[k+1]].
	slots []int
}

// of returns the counts of facet k.
func (fc *Counts) of(k int) []uint32 { return fc.flat[fc.slots[k]:fc.slots[k+1]] }

// NewCounts returns empty counts of every facet.
func (c *Columns) NewCounts() *Counts {
	return &Counts{flat: make([]uint32, c.numSlots()), slots: c.slots}
}

// Count adds entry i to the facet counts it belongs to and reports whether
// it passes every filter. An entry that fails one filter alone still
// counts in that filter's own facet: that is what makes them disjunctive.
func (c *Columns) Count(fc *Counts, f *Selection, i int) bool {
	var m uint32
	if !f.none { // misses is not inlined: spare a query without filters the call
		m = c.Misses(f, i)
	}
	switch {
	case m == 0:
		// addRow, written out for uint16 cells: Count is called once
		// an entry, and a second call cost a tenth of it.
		if r := &c.rows; r.wide == nil {
			row := r.cells[i*r.stride : (i+1)*r.stride]
			first := row[0]
			for _, s := range row[1 : 1+first&^overflows] {
				fc.flat[s]++
			}
			if first&overflows != 0 {
				for _, s := range r.rest(i) {
					fc.flat[s]++
				}
			}
		} else {
			c.addRow(fc.flat, i)
		}
		fc.Total++
		return true
	case m&(m-1) == 0 && m < 1<<numFacets: // one facet's filter alone fails
		c.CountFacet(fc, bits.TrailingZeros32(m), i)
	}
	return false
}

// CountFacet adds entry i to the counts of facet k.
func (c *Columns) CountFacet(fc *Counts, k, i int) {
	counts := fc.of(k)
	for _, v := range c.entryLists[k].of(i) {
		counts[v]++
	}
}

// Browse returns the entries of order that pass the filters, after skip,
// at most limit of them, and the facet counts. after, when not nil, skips
// entries up to and including it. The counts are fc when known; else they
// are counted over all, the searchable entries in entry order (a pass in
// date order would jump around memory; all must not change once browsed,
// as its set is kept), and the set of the entries that
// pass, which counting yields, spares the walk a test of every filter
// per entry. An order by date is walked from the first entry in the
// dates' range to the last.
func (c *Columns) Browse(f *Selection, order Order, all []int32, skip, limit int, after func(i int) bool, fc *Counts) ([]int, *Counts) {
	var pass []uint64
	if fc == nil {
		fc = c.NewCounts()
		if c.ByBits(len(all), f) {
			pass = c.countSet(fc, f, c.listSets.of(all, c.slotBits.width))
		} else {
			pass = GetSet(c.slotBits.width)
			for _, e := range all {
				if c.Count(fc, f, int(e)) {
					pass[uint32(e)/64] |= 1 << (uint32(e) % 64)
				}
			}
		}
		defer PutSet(pass)
	}
	var out []int
	for _, e := range c.within(f, order) {
		if pass != nil && !Has(pass, e) || pass == nil && !f.none && c.Misses(f, int(e)) != 0 ||
			after != nil && !after(int(e)) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		if out = append(out, int(e)); len(out) == limit {
			break
		}
	}
	return out, fc
}

// Facets renders the counts.
func (c *Columns) Facets(fc *Counts) map[string][]jhasearch.FacetValue {
	out := make(map[string][]jhasearch.FacetValue, numFacets)
	for k, f := range jhasearch.Facets {
		out[f.Name] = c.lists[k].facetValues(fc.of(k), f.Limit)
	}
	return out
}

// Bytes estimates the memory of facet counts: a uint32 per facet value.
func (fc *Counts) Bytes() int {
	return int(unsafe.Sizeof(*fc)) + 4*cap(fc.flat)
}

// AllValues returns every counted value of a facet, without a limit.
func (c *Columns) AllValues(fc *Counts, facet string) []jhasearch.FacetValue {
	k := jhasearch.FacetIndex(facet)
	if k < 0 {
		return nil
	}
	return c.lists[k].facetValues(fc.of(k), math.MaxInt)
}

// None reports whether the selection filters nothing: every entry passes.
func (f *Selection) None() bool { return f.none }
