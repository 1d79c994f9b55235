package search

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
)

// The facets whose documents carry a list of values: a document passes a
// filter on one of them when any of its values is selected.
const (
	listAgency = iota
	listTag
	listTopic
	listSystem
	listCountry
	numLists
)

// listFacets names the list facets, in the order of the constants above.
var listFacets = [numLists]string{jhasearch.FacetAgency, jhasearch.FacetTag, jhasearch.FacetTopic,
	jhasearch.FacetSystem, jhasearch.FacetCountry}

// listValues returns an entry's values of each list facet; the agencies
// are those of the entry's group (as indexed).
func listValues(e *indexer.Entry) [numLists][]string {
	return [numLists][]string{e.Agencies, e.Tags, e.Topics, e.Systems, e.Countries}
}

// listSelections returns a request's selected values of each list facet.
func listSelections(req *jhasearch.SearchRequest) [numLists][]string {
	return [numLists][]string{req.Agencies, req.Tags, req.Topics, req.Systems, req.Countries}
}

// columns holds the facet values of every table entry as small integers,
// so that browsing without a query (filters, dates, facets over the whole
// archive, the landing page) is one tight pass over memory instead of a
// Bleve search whose facet cost grows with the number of hits.
type columns struct {
	lists        [numLists]dict
	langs, years dict
	entryLists   [numLists]flatList
	entryLang    []int32 // -1 when none
	entryYear    []int32 // -1 when none
	published    []int64 // Unix seconds; noDate when none
	// entrySlots holds every facet value of each entry as its slot in a
	// facetCounts' flat array; slots says where each facet's part begins.
	entrySlots flatList
	// slotBits holds the entries of every slot as a set (facet_bits.go).
	slotBits slotBits
	// passCache keeps the entries passing recent filters (passing).
	passCache *cache.LRU[[]uint64]
	slots     struct {
		lists      [numLists]int
		lang, year int
	}
}

// passCacheSize is the number of filters whose passing entries are kept
// (12.5 KB each for 100,000 entries), and passBudget their bytes, which
// bind first beyond 500,000 entries.
const (
	passCacheSize = 256
	passBudget    = 16 << 20
)

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

func newColumns(t *indexer.Table) *columns {
	n := len(t.Entries)
	c := &columns{entryLang: make([]int32, n), entryYear: make([]int32, n), published: make([]int64, n),
		passCache: cache.NewLRU(passCacheSize, passBudget, cache.SetBytes)}
	for k := range c.entryLists {
		c.entryLists[k].off = make([]int32, n+1)
	}
	for i := range t.Entries {
		e := &t.Entries[i]
		for k, vals := range listValues(e) {
			l := &c.entryLists[k]
			for _, v := range vals {
				// A value twice in one entry (or in two cases) counts
				// the entry once.
				if id := uint32(c.lists[k].id(v)); !slices.Contains(l.vals[l.off[i]:], id) {
					l.vals = append(l.vals, id)
				}
			}
			l.off[i+1] = int32(len(l.vals))
		}
		c.entryLang[i], c.entryYear[i], c.published[i] = -1, -1, noDate
		if e.Language != "" {
			c.entryLang[i] = int32(c.langs.id(e.Language))
		}
		if !e.Published.IsZero() {
			c.entryYear[i] = int32(c.years.id(e.Published.Format("2006")))
			c.published[i] = e.Published.Unix()
		}
	}
	c.fillSlots(n)
	c.fillSlotBits(n)
	return c
}

// fillSlots numbers the facet values of all facets in one range and lists
// each entry's.
func (c *columns) fillSlots(n int) {
	next := 0
	for k := range c.lists {
		c.slots.lists[k] = next
		next += len(c.lists[k].names)
	}
	c.slots.lang = next
	c.slots.year = next + len(c.langs.names)
	c.entrySlots.off = make([]int32, n+1)
	for i := range n {
		for k := range c.entryLists {
			for _, v := range c.entryLists[k].of(i) {
				c.entrySlots.vals = append(c.entrySlots.vals, uint32(c.slots.lists[k]+int(v)))
			}
		}
		if c.entryLang[i] >= 0 {
			c.entrySlots.vals = append(c.entrySlots.vals, uint32(c.slots.lang+int(c.entryLang[i])))
		}
		if c.entryYear[i] >= 0 {
			c.entrySlots.vals = append(c.entrySlots.vals, uint32(c.slots.year+int(c.entryYear[i])))
		}
		c.entrySlots.off[i+1] = int32(len(c.entrySlots.vals))
	}
}

// selection turns requested values into a membership array; nil means no
// filter. Values the generation does not know select nothing.
func (d *dict) selection(values []string) []bool {
	if len(values) == 0 {
		return nil
	}
	sel := make([]bool, len(d.names))
	for _, v := range values {
		if i, ok := d.ids[strings.ToLower(v)]; ok {
			sel[i] = true
		}
	}
	return sel
}

// facetValues turns counts into facet values sorted by count, then value.
func (d *dict) facetValues(counts []int, limit int) []jhasearch.FacetValue {
	out := make([]jhasearch.FacetValue, 0, len(counts))
	for i, n := range counts {
		if n > 0 {
			out = append(out, jhasearch.FacetValue{Value: d.names[i], Count: n})
		}
	}
	sortFacet(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func sortFacet(v []jhasearch.FacetValue) {
	slices.SortFunc(v, func(a, b jhasearch.FacetValue) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return strings.Compare(a.Value, b.Value)
	})
}

// facetLimits bounds the values returned per facet.
var facetLimits = map[string]int{
	jhasearch.FacetAgency: 50, jhasearch.FacetTag: 50, jhasearch.FacetTopic: 50, jhasearch.FacetSystem: 50,
	jhasearch.FacetCountry: 50, jhasearch.FacetYear: 100, jhasearch.FacetLanguage: 50,
}

// emptyFacets is the facet map of an answer that matched nothing: every
// facet present, with no value.
func emptyFacets() map[string][]jhasearch.FacetValue {
	out := make(map[string][]jhasearch.FacetValue, len(facetLimits))
	for name := range facetLimits {
		out[name] = []jhasearch.FacetValue{}
	}
	return out
}

// noDate is the published column of an entry without a date: before
// every date, as the zero time sorts in the table, and outside every
// date filter.
const noDate = math.MinInt64
