package facet

import (
	"cmp"
	"slices"
	"sort"
)

// A date range used to cost a pass over the publication date of every
// entry, a compare and a branch each, for every request with dates: a
// tenth of a loaded server's work, as every request brought a range of
// its own and missed the cache. The Columns keep the dated entries sorted
// by date instead, so that a range's entries are one span of that list,
// found by binary search, and its set costs a bit per entry in range.

// dateIndex lists the dated entries by publication date.
type dateIndex struct {
	// byDate lists the entries with a date, oldest first (ties by entry).
	// Their dates are read through Published, in the few steps of a
	// binary search: a copy in order would cost 8 bytes an entry.
	byDate []int32
	// dated is the set of every entry with a date.
	dated []uint64
}

// fillDates sorts the dated entries by date.
func (c *Columns) fillDates(width int) {
	d := &c.dateIndex
	for i, p := range c.Published {
		if p != NoDate {
			d.byDate = append(d.byDate, int32(i))
		}
	}
	slices.SortStableFunc(d.byDate, func(a, b int32) int { return cmp.Compare(c.Published[a], c.Published[b]) })
	d.dated = make([]uint64, width)
	addAll(d.dated, d.byDate)
}

// dateSpan returns the span of byDate published in [from, to).
func (c *Columns) dateSpan(from, to int64) (lo, hi int) {
	es := c.byDate
	lo = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] >= from })
	hi = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] >= to })
	return lo, max(lo, hi)
}

// dateSet returns the entries published in [from, to) (Unix seconds) in a
// set of GetSet. A range of more than half the dated entries starts from
// every dated entry and clears those outside it. It is not cached:
// ranges, unlike the values of a facet filter, are seldom asked twice, so
// that their sets pushed the filters' sets out of the cache, and a range
// costs a bit per entry in it, under 50 µs for any range of 100,000
// entries (BenchmarkDateSet).
func (c *Columns) dateSet(from, to int64) []uint64 {
	set := GetSet(c.slotBits.width)
	d := &c.dateIndex
	lo, hi := c.dateSpan(from, to)
	if 2*(hi-lo) <= len(d.byDate) {
		addAll(set, d.byDate[lo:hi])
		return set
	}
	copy(set, d.dated)
	clearAll(set, d.byDate[:lo])
	clearAll(set, d.byDate[hi:])
	return set
}

// DateOrder says how the entries of a browse's order are sorted.
type DateOrder int8

// The orders a browse knows: NotByDate, or sorted by Published, oldest or
// newest first (ties in any order).
const (
	NotByDate DateOrder = iota
	OldestFirst
	NewestFirst
)

// Order is the order a browse lists its entries in.
type Order struct {
	// Entries are the entries to list, in order; each is one of the
	// entries the browse counts.
	Entries []int32
	// ByDate says whether Entries are sorted by date, and how: then a
	// browse within dates walks only the span of Entries in range, found
	// by binary search, rather than every entry before it.
	ByDate DateOrder
}

// within returns the span of o's entries that can pass f's dates: all of
// them unless o is by date and f dated.
func (c *Columns) within(f *Selection, o Order) []int32 {
	es := o.Entries
	if !f.dated {
		return es
	}
	var lo, hi int
	switch o.ByDate {
	case OldestFirst:
		lo = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] >= f.from })
		hi = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] >= f.to })
	case NewestFirst:
		lo = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] < f.to })
		hi = sort.Search(len(es), func(k int) bool { return c.Published[es[k]] < f.from })
	default:
		return es
	}
	return es[lo:max(lo, hi)]
}
