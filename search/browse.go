package search

import (
	"github.com/jhasearch/jhasearch"
)

// filters is a request's filters resolved against a generation's columns.
type filters struct {
	agencies, tags, langs []bool
	from, to              int64 // Unix nanoseconds, to exclusive; 0 is open
}

func (c *columns) filters(req *jhasearch.SearchRequest) filters {
	f := filters{agencies: c.agencies.selection(req.Agencies), tags: c.tags.selection(req.Tags),
		langs: c.langs.selection(req.Languages)}
	if !req.From.IsZero() {
		f.from = req.From.UnixNano()
	}
	if !req.To.IsZero() {
		f.to = req.To.AddDate(0, 0, 1).UnixNano()
	}
	return f
}

func anyOf(sel []bool, vals []uint16) bool {
	if sel == nil {
		return true
	}
	for _, v := range vals {
		if sel[v] {
			return true
		}
	}
	return false
}

// match reports, for entry i, whether each filter dimension passes.
func (c *columns) match(f *filters, i int) (a, t, l, d bool) {
	a = anyOf(f.agencies, c.agenciesOf(i))
	t = anyOf(f.tags, c.tagsOf(i))
	l = f.langs == nil || c.entryLang[i] >= 0 && f.langs[c.entryLang[i]]
	p := c.published[i]
	d = (f.from == 0 || p >= f.from) && (f.to == 0 || p < f.to)
	return
}

// facetCounts counts the facets of the filtered archive, disjunctively:
// each facet applies every filter but its own; year applies them all.
type facetCounts struct {
	agency, tag, lang, year []int
	total                   int
}

func (c *columns) newCounts() *facetCounts {
	return &facetCounts{agency: make([]int, len(c.agencies.names)), tag: make([]int, len(c.tags.names)),
		lang: make([]int, len(c.langs.names)), year: make([]int, len(c.years.names))}
}

// count adds entry i to the facet counts it belongs to and reports whether
// it passes every filter.
func (c *columns) count(fc *facetCounts, f *filters, i int) bool {
	a, t, l, d := c.match(f, i)
	if t && l && d {
		for _, v := range c.agenciesOf(i) {
			fc.agency[v]++
		}
	}
	if a && l && d {
		for _, v := range c.tagsOf(i) {
			fc.tag[v]++
		}
	}
	if a && t && d && c.entryLang[i] >= 0 {
		fc.lang[c.entryLang[i]]++
	}
	if !(a && t && l && d) {
		return false
	}
	if c.entryYear[i] >= 0 {
		fc.year[c.entryYear[i]]++
	}
	fc.total++
	return true
}

// browse returns the entries of order (entry numbers in sort order) that
// pass the filters, after skip, at most limit of them, and the facet
// counts. after, when not nil, skips entries up to and including it. The
// counts are fc when known; else they are counted over all, the searchable
// entries in entry order: a pass in date order would jump around memory.
func (c *columns) browse(f *filters, order, all []int32, skip, limit int, after func(i int) bool, fc *facetCounts) ([]int, *facetCounts) {
	if fc == nil {
		fc = c.newCounts()
		for _, e := range all {
			c.count(fc, f, int(e))
		}
	}
	var out []int
	for _, e := range order {
		i := int(e)
		if a, t, l, d := c.match(f, i); !(a && t && l && d) || after != nil && !after(i) {
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
	return map[string][]jhasearch.FacetValue{
		jhasearch.FacetAgency:   c.agencies.facetValues(fc.agency, facetLimits[jhasearch.FacetAgency]),
		jhasearch.FacetTag:      c.tags.facetValues(fc.tag, facetLimits[jhasearch.FacetTag]),
		jhasearch.FacetLanguage: c.langs.facetValues(fc.lang, facetLimits[jhasearch.FacetLanguage]),
		jhasearch.FacetYear:     c.years.facetValues(fc.year, facetLimits[jhasearch.FacetYear]),
	}
}
