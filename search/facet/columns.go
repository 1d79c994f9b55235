// Package facet counts and filters the facets of a generation's table
// (jhasearch.Facets) in memory: a column of small integers per facet, a
// bit set per value, the disjunctive counts of a search's matches and the
// filters of a request. It reads the table only; it knows nothing of
// queries, ranking or the index, and must not import Bleve.
package facet

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// The facets of the table (jhasearch.Facets) are counted and filtered
// alike: facet k of the table is column k, and a document passes a filter
// on it when any of its values is selected. LanguageFacet is the language
// facet, whose filter also decides which language versions are listed.
var (
	numFacets     = len(jhasearch.Facets)
	LanguageFacet = jhasearch.FacetIndex(jhasearch.FacetLanguage)
)

// Columns holds the facet values of every table entry as small integers,
// so that browsing without a query (filters, dates, facets over the whole
// archive, the landing page) is one tight pass over memory instead of a
// Bleve search whose facet cost grows with the number of hits.
type Columns struct {
	// lists numbers the values of each facet; entryLists holds each
	// entry's, as those numbers.
	lists      []dict
	entryLists []flatList
	Published  []int64 // Unix seconds; NoDate when none
	// rows holds every facet value of each entry as its slot in a
	// Counts' flat array, at a fixed stride (rows.go); slots says where
	// each facet's part begins.
	rows rows
	// slotBits holds the entries of every slot as a set (bits.go).
	slotBits slotBits
	// passCache keeps the entries passing recent filters (passing).
	passCache SetCache
	// dateIndex finds the entries of a date range (dates.go).
	dateIndex
	// listSets keeps the sets of the lists browsed (Browse's all).
	listSets listSets
	// slots[k] is where facet k's slots begin; slots[numFacets] is the
	// number of slots.
	slots []int
	// ranges[k] is facet k's slots, [slots[k], slots[k+1]).
	ranges [][2]int
}

// flatList holds one list facet's values of every entry: entry i's are
// vals[off[i]:off[i+1]]. Flat arrays, read in order, because a pass over
// the archive is bound by memory, and a slice per entry costs a cache miss
// per entry.
type flatList struct {
	off  []int32
	vals []uint32
}

func (l *flatList) of(i int) []uint32 { return l.vals[l.off[i]:l.off[i+1]] }

// dict numbers the values of one facet.
type dict struct {
	names []string
	ids   map[string]int // lower-cased value -> number
}

func (d *dict) id(v string) int {
	if d.ids == nil {
		d.ids = make(map[string]int)
	}
	k := strings.ToLower(v)
	if i, ok := d.ids[k]; ok {
		return i
	}
	d.ids[k] = len(d.names)
	d.names = append(d.names, v)
	return len(d.names) - 1
}

// SetCache keeps sets of entries by key, bounded by its owner: the
// entries passing the filters that recur.
type SetCache interface {
	Get(key string) ([]uint64, bool)
	Put(key string, set []uint64)
}

// New builds the columns of a table; cache keeps the sets of recent
// filters.
func New(t *indexer.Table, cache SetCache) *Columns {
	return newColumns(t, cache, 0)
}

// newColumns is New with rows of the given stride (0: chosen by fillRows).
func newColumns(t *indexer.Table, cache SetCache, stride int) *Columns {
	n := len(t.Entries)
	c := &Columns{lists: make([]dict, numFacets), entryLists: make([]flatList, numFacets), Published: make([]int64, n),
		passCache: cache}
	for k := range c.entryLists {
		c.entryLists[k].off = make([]int32, n+1)
	}
	for i := range t.Entries {
		e := &t.Entries[i]
		for k := range numFacets {
			l := &c.entryLists[k]
			for _, v := range e.Values(k) {
				// A value twice in one entry (or in two cases) counts
				// the entry once.
				if id := uint32(c.lists[k].id(v)); !slices.Contains(l.vals[l.off[i]:], id) {
					l.vals = append(l.vals, id)
				}
			}
			l.off[i+1] = int32(len(l.vals))
		}
		c.Published[i] = NoDate
		if !e.Published.IsZero() {
			c.Published[i] = e.Published.Unix()
		}
	}
	c.fillSlots()
	c.fillRows(n, stride)
	c.fillSlotBits(n)
	c.fillDates(c.slotBits.width)
	return c
}

// fillSlots numbers the facet values of all facets in one range.
func (c *Columns) fillSlots() {
	c.slots = make([]int, numFacets+1)
	c.ranges = make([][2]int, numFacets)
	for k := range c.lists {
		c.slots[k+1] = c.slots[k] + len(c.lists[k].names)
		c.ranges[k] = [2]int{c.slots[k], c.slots[k+1]}
	}
}

// Language returns the language of entry i, "" when it has none.
func (c *Columns) Language(i int) string {
	if vals := c.entryLists[LanguageFacet].of(i); len(vals) > 0 {
		return c.lists[LanguageFacet].names[vals[0]]
	}
	return ""
}

// facetValues turns counts into facet values sorted by count, then value.
func (d *dict) facetValues(counts []uint32, limit int) []jhasearch.FacetValue {
	out := make([]jhasearch.FacetValue, 0, len(counts))
	for i, n := range counts {
		if n > 0 {
			out = append(out, jhasearch.FacetValue{Value: d.names[i], Count: int(n)})
		}
	}
	SortValues(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// SortValues sorts facet values by count, highest first, then by value.
func SortValues(v []jhasearch.FacetValue) {
	slices.SortFunc(v, func(a, b jhasearch.FacetValue) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return strings.Compare(a.Value, b.Value)
	})
}

// Empty is the facet map of an answer that matched nothing: every
// facet present, with no value.
func Empty() map[string][]jhasearch.FacetValue {
	out := make(map[string][]jhasearch.FacetValue, numFacets)
	for _, f := range jhasearch.Facets {
		out[f.Name] = []jhasearch.FacetValue{}
	}
	return out
}

// NoDate is the published column of an entry without a date: before
// every date, as the zero time sorts in the table, and outside every
// date filter.
const NoDate = math.MinInt64
