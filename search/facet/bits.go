package facet

import (
	"math/bits"
	"sync"
)

// Counting the facets of a long match list entry by entry reads every
// value of every match: a common word matches 38,000 of 100,000
// documents with 13 facet values each, half a million scattered
// increments, and that was a fifth of a loaded server's work. Such a list
// is counted the other way round: the Columns keep, per facet value, a
// bit per entry that has it, and a value's count is the number of bits
// its set shares with the set of matches, a pass over 1,600 words per
// value that the CPU runs at full speed. A short list is still counted
// entry by entry (count), which is cheaper when the matches are few.

// slotBits holds a bit per entry for every facet slot: slot s's set is
// words [s*width, (s+1)*width).
type slotBits struct {
	width int
	bits  []uint64
}

func (b *slotBits) of(s int) []uint64 { return b.bits[s*b.width : (s+1)*b.width] }

// fillSlotBits sets the slot bits from the entries' slots.
func (c *Columns) fillSlotBits(n int) {
	c.slotBits.width = n/64 + 1
	c.slotBits.bits = make([]uint64, c.numSlots()*c.slotBits.width)
	for i := range n {
		for _, s := range c.slotsOf(i) {
			c.slotBits.bits[int(s)*c.slotBits.width+i/64] |= 1 << (i % 64)
		}
	}
}

func (c *Columns) numSlots() int { return c.slots[numFacets] }

// ByBits reports whether n matches are counted cheaper by bits
// (CountBits) than entry by entry (Count) under the filters f. Entry by
// entry costs an increment per value of each match, each about entryCost
// words of the slots' sets; by bits, a pass over every slot's set, unless
// few entries pass the filters, which CountBits then counts entry by
// entry itself. On the generated archive (8 values an entry, 182 slots)
// the two cost the same at about 9 % of the entries without a filter.
// With a filter, Count tests it for every match and counts the matches
// that fail it alone in its facet, while CountBits ANDs the sets a word
// at a time and reads only the entries that pass: by bits costs less
// from 2 to 3.5 % of the entries (a filter on a facet, on dates), where
// filteredPerWord puts it (BenchmarkFacetCount: at 5 %, 21 against 59 µs
// with an agency, 19 against 27 µs with dates).
func (c *Columns) ByBits(n int, f *Selection) bool {
	if f != nil && !f.none && n >= filteredPerWord*c.slotBits.width {
		return true
	}
	return !c.fewPass(n, c.slotBits.width)
}

// filteredPerWord is the matches per word of a set from which a list
// under filters is counted by bits (2: 3.1 % of the entries).
const filteredPerWord = 2

// CountBits adds the entries of ms to fc as Count does for each of them,
// and returns the set of the entries that pass every filter; the caller
// gives it back with PutSet when done.
func (c *Columns) CountBits(fc *Counts, f *Selection, ms []int32) []uint64 {
	matches := SetOf(ms, c.slotBits.width)
	defer PutSet(matches)
	return c.countSet(fc, f, matches)
}

// countSet is CountBits of the set of matches, which it does not change.
func (c *Columns) countSet(fc *Counts, f *Selection, matches []uint64) []uint64 {
	return c.countSetBy(fc, f, matches, cheaper)
}

// way says how countSetBy counts: the cheaper way, as fewPass and
// countFacetSet decide, or always entry by entry, or always by the slots'
// sets (for tests, which hold each way to a plain count).
type way int8

const (
	cheaper way = iota
	byEntries
	bySlots
)

// countSetBy is countSet, counting the way w says.
func (c *Columns) countSetBy(fc *Counts, f *Selection, matches []uint64, w way) []uint64 {
	dims := c.filterSets(f)
	defer func() {
		for _, d := range dims {
			if d.scratch {
				PutSet(d.set)
			}
		}
	}()
	pass := andAll(matches, dims, -1)
	fc.Total = PopCount(pass)
	if lo, hi := bitSpan(pass); w == byEntries || w == cheaper && c.fewPass(fc.Total, hi-lo) {
		c.countFew(fc, matches, pass, dims, w)
		return pass
	}
	c.countSlots(fc, matches, pass, dims)
	return pass
}

// countSlots is countSet by every slot's set: the count of a value is the
// number of bits its set shares with the entries that count in its facet.
func (c *Columns) countSlots(fc *Counts, matches, pass []uint64, dims []filterSet) {
	// Every facet applies every filter but its own (a disjunctive count);
	// a facet without a filter (year) applies them all.
	for _, r := range c.facetRanges() {
		set := pass
		for i, d := range dims {
			if d.facet == r && r[1] > r[0] {
				set = andAll(matches, dims, i)
				defer PutSet(set)
			}
		}
		// Only the words that hold a bit of set can count: a filter on
		// dates, say, leaves a span of a chronological archive.
		lo, hi := bitSpan(set)
		for s := r[0]; s < r[1]; s++ {
			fc.flat[s] += uint32(andCount(set[lo:hi], c.slotBits.of(s)[lo:hi]))
		}
	}
}

// fewPass reports whether n entries passing the filters, within words
// words of a set, are counted cheaper entry by entry (countFew) than by
// every slot's set: their values are read at scattered places, an
// increment costing about as much as entryCost words of the slots' sets,
// so that the two ways cost the same at about 7 % of the generated
// archive's entries (BenchmarkCountFew). Read from rows (rows.go), an
// entry costs less, yet the two ways were measured to cost the same at
// 8 to 9 % of randomColumns' 100,000 entries (8 values each, 182 slots),
// where entryCost 4 still puts it.
func (c *Columns) fewPass(n, words int) bool {
	return n*max(1, c.rows.perEntry)*entryCost <= c.numSlots()*words
}

const entryCost = 4

// countFew is CountBits when few entries pass the filters (a date range,
// a rare value): reading their values, entry by entry as Count does,
// costs less than a pass over every slot's set. The entries that pass
// count in every facet; those that fail one facet's filter alone count
// in that facet, each counted the cheaper way.
func (c *Columns) countFew(fc *Counts, matches, pass []uint64, dims []filterSet, wy way) {
	c.addRows(fc.flat, pass)
	for i, d := range dims {
		r := d.facet
		if r[1] == r[0] {
			continue
		}
		set := andAll(matches, dims, i)
		for j := range set {
			set[j] &^= pass[j]
		}
		c.countFacetSet(fc, d.k, set, wy)
		PutSet(set)
	}
}

// countFacetSet adds the entries of set to the counts of facet k, entry
// by entry or by bits, whichever costs less (or as w says).
func (c *Columns) countFacetSet(fc *Counts, k int, set []uint64, w way) {
	lo, hi := bitSpan(set)
	r := c.ranges[k]
	l := &c.entryLists[k]
	perEntry := len(l.vals) / max(1, len(c.Published))
	if n := PopCount(set[lo:hi]); w == bySlots || w == cheaper && n*max(1, perEntry)*entryCost > (r[1]-r[0])*(hi-lo) {
		for s := r[0]; s < r[1]; s++ {
			fc.flat[s] += uint32(andCount(set[lo:hi], c.slotBits.of(s)[lo:hi]))
		}
		return
	}
	counts := fc.of(k)
	for w := lo; w < hi; w++ {
		for x := set[w]; x != 0; x &= x - 1 {
			for _, v := range l.of(w*64 + bits.TrailingZeros64(x)) {
				counts[v]++
			}
		}
	}
}

// bitSpan returns the range of words of set outside which every word is 0.
func bitSpan(set []uint64) (lo, hi int) {
	hi = len(set)
	for lo < hi && set[lo] == 0 {
		lo++
	}
	for hi > lo && set[hi-1] == 0 {
		hi--
	}
	return lo, hi
}

// sets reuses the sets of a ranking (12.5 KB each at 100,000 entries,
// three to six for a query with filters): made for every query they were
// garbage the collector had to chase.
var sets sync.Pool

// GetSet returns an empty set of width words.
func GetSet(width int) []uint64 {
	if p, ok := sets.Get().(*[]uint64); ok && cap(*p) >= width {
		s := (*p)[:width]
		clear(s)
		return s
	}
	return make([]uint64, width)
}

// PutSet gives a set of GetSet back.
func PutSet(s []uint64) {
	sets.Put(&s)
}

// filterSet is one filter as the set of entries that pass it, with the
// slot range of the facet it filters (empty for dates: year applies every
// filter).
type filterSet struct {
	set   []uint64
	facet [2]int
	k     int // the facet, when facet is not empty
	// scratch is true for a set made for this count alone (GetSet);
	// the others are cached.
	scratch bool
}

// filterSets returns the sets of f's filters.
func (c *Columns) filterSets(f *Selection) []filterSet {
	if f.none {
		return nil
	}
	ranges := c.facetRanges()
	var out []filterSet
	for _, k := range f.active {
		out = append(out, filterSet{set: f.lists[k], facet: ranges[k], k: k})
	}
	if f.dated {
		out = append(out, filterSet{set: c.dateSet(f.from, f.to), scratch: true})
	}
	return out
}

// SetOf returns the set of the entries of ms, width words long. Each word
// is made in a register and stored once: setting bit after bit in memory
// made every entry wait for the store of the one before, in the same word.
func SetOf(ms []int32, width int) []uint64 {
	set := GetSet(width)
	addAll(set, ms)
	return set
}

// addAll sets the bits of es in set, a word at a time as SetOf says.
func addAll(set []uint64, es []int32) {
	var word uint64
	at := -1
	for _, e := range es {
		u := uint32(e)
		if w := int(u / 64); w != at {
			if at >= 0 {
				set[at] |= word
			}
			at, word = w, 0
		}
		word |= 1 << (u % 64)
	}
	if at >= 0 {
		set[at] |= word
	}
}

// clearAll clears the bits of es in set, a word at a time.
func clearAll(set []uint64, es []int32) {
	var word uint64
	at := -1
	for _, e := range es {
		u := uint32(e)
		if w := int(u / 64); w != at {
			if at >= 0 {
				set[at] &^= word
			}
			at, word = w, 0
		}
		word |= 1 << (u % 64)
	}
	if at >= 0 {
		set[at] &^= word
	}
}

// facetRanges returns the slot range of every facet, in table order (made
// once, by fillSlots; the caller must not change it).
func (c *Columns) facetRanges() [][2]int { return c.ranges }

// andAll returns matches and every set of dims but dims[skip], in a set of
// GetSet.
func andAll(matches []uint64, dims []filterSet, skip int) []uint64 {
	out := GetSet(len(matches))
	copy(out, matches)
	for i, d := range dims {
		if i == skip {
			continue
		}
		for j := range out {
			out[j] &= d.set[j]
		}
	}
	return out
}

// Has reports whether entry e is in set.
func Has(set []uint64, e int32) bool { return set[uint32(e)/64]&(1<<(uint32(e)%64)) != 0 }

// PopCount counts the entries of a set.
func PopCount(set []uint64) int {
	n := 0
	for _, w := range set {
		n += bits.OnesCount64(w)
	}
	return n
}

// andCount counts the bits a and b share; b is at least as long as a.
// Four sums, four words a step, let the CPU count words side by side
// rather than each after the last (BenchmarkAndCount).
func andCount(a, b []uint64) int {
	b = b[:len(a)]
	var n0, n1, n2, n3 int
	i := 0
	for ; i+4 <= len(a); i += 4 {
		x, y := a[i:i+4:i+4], b[i:i+4:i+4]
		n0 += bits.OnesCount64(x[0] & y[0])
		n1 += bits.OnesCount64(x[1] & y[1])
		n2 += bits.OnesCount64(x[2] & y[2])
		n3 += bits.OnesCount64(x[3] & y[3])
	}
	for ; i < len(a); i++ {
		n0 += bits.OnesCount64(a[i] & b[i])
	}
	return n0 + n1 + n2 + n3
}
