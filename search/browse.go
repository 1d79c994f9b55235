package search

import (
	"fmt"
	"math"
	"math/bits"
	"strings"

	"github.com/jhasearch/jhasearch"
)

// filters is a request's filters resolved against a generation's columns.
type filters struct {
	// lists holds a set bit per entry that passes each list facet's
	// filter; nil for a facet without one.
	lists [numLists][]uint64
	// active lists the list facets with a filter, so that a pass over
	// the archive looks only at those.
	active []int
	langs  []bool
	// from and to bound the publication date in Unix seconds, to
	// exclusive; dated is false when neither is given. Seconds hold every
	// accepted year (jhasearch.MinYear to MaxYear); nanoseconds wrapped
	// outside 1678 to 2262, and 0 stood for both "open" and 1970-01-01.
	from, to int64
	dated    bool
	// none is true when the request has no filter at all.
	none bool
}

func (c *columns) filters(req *jhasearch.SearchRequest) filters {
	var f filters
	for k, vals := range listSelections(req) {
		if f.lists[k] = c.passing(k, vals); f.lists[k] != nil {
			f.active = append(f.active, k)
		}
	}
	f.langs = c.langs.selection(req.Languages)
	f.from, f.to = math.MinInt64, math.MaxInt64
	if !req.From.IsZero() {
		f.from = req.From.Unix()
	}
	if !req.To.IsZero() {
		f.to = req.To.AddDate(0, 0, 1).Unix()
	}
	f.dated = !req.From.IsZero() || !req.To.IsZero()
	f.none = len(f.active) == 0 && f.langs == nil && !f.dated
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

// passing returns a set bit for every entry with any of vals in list facet
// k; nil when vals is empty. The sets are cached: a filter is one bit test
// per entry, and the same few filters recur.
func (c *columns) passing(k int, vals []string) []uint64 {
	sel := c.lists[k].selection(vals)
	if sel == nil {
		return nil
	}
	var key strings.Builder
	fmt.Fprint(&key, k)
	for v, on := range sel {
		if on {
			fmt.Fprintf(&key, ",%d", v)
		}
	}
	if b, ok := c.passCache.Get(key.String()); ok {
		return b
	}
	n := len(c.entryLists[k].off) - 1
	b := make([]uint64, n/64+1)
	for i := range n {
		if anyOf(sel, c.entryLists[k].of(i)) {
			b[i/64] |= 1 << (i % 64)
		}
	}
	c.passCache.Put(key.String(), b)
	return b
}

// The filter dimensions beyond the list facets, as bits of misses.
const (
	dimLang = numLists + iota
	dimDate
)

// misses returns a bit per filter that entry i fails: bit k for list
// facet k, then dimLang and dimDate; 0 when it passes every filter.
func (c *columns) misses(f *filters, i int) uint8 {
	if f.none {
		return 0
	}
	var m uint8
	for _, k := range f.active {
		if f.lists[k][i/64]&(1<<(i%64)) == 0 {
			m |= 1 << k
		}
	}
	if f.langs != nil && (c.entryLang[i] < 0 || !f.langs[c.entryLang[i]]) {
		m |= 1 << dimLang
	}
	if p := c.published[i]; f.dated && (p < f.from || p >= f.to || p == noDate) {
		m |= 1 << dimDate
	}
	return m
}

// facetCounts counts the facets of the filtered archive, disjunctively:
// each facet applies every filter but its own; year applies them all.
// The counts of every facet are parts of one array, flat, numbered as the
// columns' slots, so that an entry passing every filter is counted in one
// loop over its slots.
type facetCounts struct {
	lists      [numLists][]int
	lang, year []int
	flat       []int
	total      int
}

func (c *columns) newCounts() *facetCounts {
	fc := &facetCounts{flat: make([]int, c.slots.year+len(c.years.names))}
	for k := range fc.lists {
		fc.lists[k] = fc.flat[c.slots.lists[k] : c.slots.lists[k]+len(c.lists[k].names)]
	}
	fc.lang = fc.flat[c.slots.lang : c.slots.lang+len(c.langs.names)]
	fc.year = fc.flat[c.slots.year:]
	return fc
}

// count adds entry i to the facet counts it belongs to and reports whether
// it passes every filter. An entry that fails one filter alone still
// counts in that filter's own facet: that is what makes them disjunctive.
func (c *columns) count(fc *facetCounts, f *filters, i int) bool {
	var m uint8
	if !f.none { // misses is not inlined: spare a query without filters the call
		m = c.misses(f, i)
	}
	switch {
	case m == 0:
		for _, s := range c.entrySlots.of(i) {
			fc.flat[s]++
		}
		fc.total++
		return true
	case m == 1<<dimLang:
		c.countLang(fc, i)
	case m&(m-1) == 0 && m < 1<<numLists: // one list facet's filter alone fails
		c.countList(fc, bits.TrailingZeros8(m), i)
	}
	return false
}

func (c *columns) countList(fc *facetCounts, k, i int) {
	for _, v := range c.entryLists[k].of(i) {
		fc.lists[k][v]++
	}
}

func (c *columns) countLang(fc *facetCounts, i int) {
	if c.entryLang[i] >= 0 {
		fc.lang[c.entryLang[i]]++
	}
}

// browse returns the entries of order (entry numbers in sort order) that
// pass the filters, after skip, at most limit of them, and the facet
// counts. after, when not nil, skips entries up to and including it. The
// counts are fc when known; else they are counted over all, the searchable
// entries in entry order: a pass in date order would jump around memory.
func (c *columns) browse(f *filters, order, all []int32, skip, limit int, after func(i int) bool, fc *facetCounts) ([]int, *facetCounts) {
	if fc == nil {
		fc = c.newCounts()
		if c.byBits(len(all)) {
			putSet(c.countBits(fc, f, all))
		} else {
			for _, e := range all {
				c.count(fc, f, int(e))
			}
		}
	}
	var out []int
	for _, e := range order {
		i := int(e)
		if c.misses(f, i) != 0 || after != nil && !after(i) {
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

// facets renders the counts.
func (c *columns) facets(fc *facetCounts) map[string][]jhasearch.FacetValue {
	out := map[string][]jhasearch.FacetValue{
		jhasearch.FacetLanguage: c.langs.facetValues(fc.lang, facetLimits[jhasearch.FacetLanguage]),
		jhasearch.FacetYear:     c.years.facetValues(fc.year, facetLimits[jhasearch.FacetYear]),
	}
	for k, name := range listFacets {
		out[name] = c.lists[k].facetValues(fc.lists[k], facetLimits[name])
	}
	return out
}
