package facet

import (
	"math/bits"
	"slices"
)

// Counting a few thousand entries one by one (countFew, Count) is bound by
// memory and the loop's control, not by the increments: an entry's slots
// were an offset in one array and values in another, two reads an entry
// at random places. The Columns keep every entry's slots in a row of
// fixed width instead, side by side, so that entry i's are at i×stride,
// one read of a few words: the row's first cell is its number of values,
// the others the values. An entry with more values than a row holds
// (stride-1) has the flag over in its first cell; the rest of its values
// are kept aside, found by a binary search among the few such entries.
// Rows padded to a loop of fixed length were slower: the pads' increments
// cost more than the branch at the end of the loop (BenchmarkCountFew).

// rows holds the facet slots of every entry at a fixed stride, in
// uint16 cells, or in uint32 cells (wide) when the slots do not fit a
// uint16.
type rows struct {
	stride int
	cells  []uint16
	wide   []uint32
	// over lists the entries whose values do not fit their row, in
	// order; overSlots holds the rest of their slots.
	over      []int32
	overSlots flatList
	// perEntry is the entries' mean number of values, rounded down.
	perEntry int
}

// overflows is the flag of a row's first cell that says its entry's
// values go on in over.
const overflows = 1 << 15

// strides are the widths a row may take: the narrowest that holds all but
// a 32nd of the entries is taken.
var strides = []int{4, 8, 16, 32}

// maxNarrow bounds the slots numbered in uint16 cells (the first cell
// also holds the flag overflows in them).
var maxNarrow = overflows

// fillRows lays out the rows of the n entries from their facet lists;
// stride 0 chooses one (strides).
func (c *Columns) fillRows(n, stride int) {
	sizes := make([]int, n)
	total := 0
	for i := range n {
		for k := range c.entryLists {
			sizes[i] += len(c.entryLists[k].of(i))
		}
		total += sizes[i]
	}
	if stride == 0 {
		sorted := slices.Sorted(slices.Values(sizes))
		want := 0
		if n > 0 {
			want = sorted[n-1-n/32]
		}
		stride = strides[len(strides)-1]
		for _, s := range strides {
			if s-1 >= want {
				stride = s
				break
			}
		}
	}
	r := &c.rows
	*r = rows{stride: stride, perEntry: total / max(1, n)}
	r.overSlots.off = []int32{0}
	if c.numSlots() <= maxNarrow {
		r.cells = make([]uint16, n*stride)
	} else {
		r.wide = make([]uint32, n*stride)
	}
	row := make([]uint32, stride)
	for i := range n {
		clear(row)
		j := 1
		for _, s := range c.slotsOf(i) {
			if j < stride {
				row[j] = s
			} else {
				r.overSlots.vals = append(r.overSlots.vals, s)
			}
			j++
		}
		row[0] = uint32(min(j, stride) - 1)
		if j > stride {
			row[0] |= overflows
			r.over = append(r.over, int32(i))
			r.overSlots.off = append(r.overSlots.off, int32(len(r.overSlots.vals)))
		}
		if r.wide != nil {
			copy(r.wide[i*stride:], row)
			continue
		}
		for j, s := range row {
			r.cells[i*stride+j] = uint16(s)
		}
	}
}

// addRow adds entry i's slots to counts.
func (c *Columns) addRow(counts []uint32, i int) {
	r := &c.rows
	var first uint32
	if r.wide == nil {
		row := r.cells[i*r.stride : (i+1)*r.stride]
		first = uint32(row[0])
		for _, s := range row[1 : 1+first&^overflows] {
			counts[s]++
		}
	} else {
		row := r.wide[i*r.stride : (i+1)*r.stride]
		first = row[0]
		for _, s := range row[1 : 1+first&^overflows] {
			counts[s]++
		}
	}
	if first&overflows != 0 {
		for _, s := range r.rest(i) {
			counts[s]++
		}
	}
}

// addRows adds the slots of every entry of set to counts: addRow, with
// the loop over a row of uint16 cells written out, as a call per entry
// cost a tenth of it.
func (c *Columns) addRows(counts []uint32, set []uint64) {
	r := &c.rows
	lo, hi := bitSpan(set)
	if r.wide != nil {
		for w := lo; w < hi; w++ {
			for x := set[w]; x != 0; x &= x - 1 {
				c.addRow(counts, w*64+bits.TrailingZeros64(x))
			}
		}
		return
	}
	st := r.stride
	for w := lo; w < hi; w++ {
		for x := set[w]; x != 0; x &= x - 1 {
			i := w*64 + bits.TrailingZeros64(x)
			row := r.cells[i*st : (i+1)*st]
			first := row[0]
			for _, s := range row[1 : 1+first&^overflows] {
				counts[s]++
			}
			if first&overflows != 0 {
				for _, s := range r.rest(i) {
					counts[s]++
				}
			}
		}
	}
}

// rest returns the slots of entry i that do not fit its row.
func (r *rows) rest(i int) []uint32 {
	k, _ := slices.BinarySearch(r.over, int32(i))
	return r.overSlots.of(k)
}

// slotsOf returns every slot of entry i, in the order of its row: for
// tests and for building, not for counting.
func (c *Columns) slotsOf(i int) []uint32 {
	var out []uint32
	for k := range c.entryLists {
		for _, v := range c.entryLists[k].of(i) {
			out = append(out, uint32(c.slots[k]+int(v)))
		}
	}
	return out
}
