package search

import (
	"sort"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// columns holds the facet values of every table entry as small integers,
// so that browsing without a query (filters, dates, facets over the whole
// archive, the landing page) is one tight pass over memory instead of a
// Bleve search whose facet cost grows with the number of hits.
type columns struct {
	agencies, tags, langs, years dict
	// The agencies of entry i's group (as indexed) are
	// agencyVals[agencyOff[i]:agencyOff[i+1]], its tags likewise: flat
	// arrays, read in order, because a pass over the archive is bound by
	// memory, and a slice per entry costs a cache miss per entry.
	agencyOff, tagOff   []int32
	agencyVals, tagVals []uint16
	entryLang           []int32 // -1 when none
	entryYear           []int32 // -1 when none
	published           []int64 // Unix nanoseconds
}

func (c *columns) agenciesOf(i int) []uint16 { return c.agencyVals[c.agencyOff[i]:c.agencyOff[i+1]] }
func (c *columns) tagsOf(i int) []uint16     { return c.tagVals[c.tagOff[i]:c.tagOff[i+1]] }

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
	c := &columns{agencyOff: make([]int32, n+1), tagOff: make([]int32, n+1),
		entryLang: make([]int32, n), entryYear: make([]int32, n), published: make([]int64, n)}
	for i, e := range t.Entries {
		for _, a := range e.Agencies {
			c.agencyVals = append(c.agencyVals, uint16(c.agencies.id(a)))
		}
		for _, tag := range e.Tags {
			c.tagVals = append(c.tagVals, uint16(c.tags.id(tag)))
		}
		c.agencyOff[i+1], c.tagOff[i+1] = int32(len(c.agencyVals)), int32(len(c.tagVals))
		c.entryLang[i], c.entryYear[i] = -1, -1
		if e.Language != "" {
			c.entryLang[i] = int32(c.langs.id(e.Language))
		}
		if !e.Published.IsZero() {
			c.entryYear[i] = int32(c.years.id(e.Published.Format("2006")))
			c.published[i] = e.Published.UnixNano()
		}
	}
	return c
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
	sort.Slice(v, func(a, b int) bool {
		if v[a].Count != v[b].Count {
			return v[a].Count > v[b].Count
		}
		return v[a].Value < v[b].Value
	})
}

// facetLimits bounds the values returned per facet.
var facetLimits = map[string]int{
	jhasearch.FacetAgency: 50, jhasearch.FacetTag: 50, jhasearch.FacetYear: 100, jhasearch.FacetLanguage: 50,
}
