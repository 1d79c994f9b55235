package indexer

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"os"

	"github.com/blevesearch/mmap-go"
)

// A phrase of two common words ("investigation team") has tens of
// thousands of documents holding both words, and checking each one's
// positions record was the costliest part of phrase queries (issue 19).
// The pairs file lists, for every two frequent terms a and b that stand
// at adjacent positions of a text field of some document, the documents
// where they do: a two-word phrase of frequent words is answered from it
// without reading a record, and a longer one checks only the documents
// holding all of its indexed pairs. Pairs are keyed on the 16-bit term
// hashes of the positions file (positions.go), so that a pair's list is
// exactly the documents the matcher on runs would find for it.
//
// A term is frequent when at least PairShare of the searchable documents
// hold it (minPairDocs at least). The file keeps which hashes are
// frequent: for a pair of frequent hashes, a key that is absent means the
// two never stand side by side; for any other pair, the word lists of the
// rarer term bound the candidates well enough, and nothing is indexed.
//
// File layout, integers little-endian:
//
//	header   pairsHeaderSize bytes: magic, entries (uint32, every listed
//	         entry is below it), keys (uint32), minimum document
//	         frequency (uint32), data length (uint64)
//	frequent 8,192 bytes: bit h set when hash h is frequent
//	data     the lists of more than one entry, one after the other
//	keys     keys × 8 bytes: the key a<<16|b (uint32), in ascending
//	         order, and its value (uint32): the entry itself with the top
//	         bit set for a list of one entry (many keys), else where its
//	         list starts in data
//
// A list in data is a uvarint count<<1|kind and the first entry as a
// uvarint, then for kind 0 the gaps to each next entry as uvarints, for
// kind 1 a uvarint length and a bitmap of that many bytes of the entries
// from the first on (bit i: first+i): the smaller of the two.

// PairShare is the share of the searchable documents a term must be in
// for its pairs to be indexed. Measured on the load test's archive of
// 100,000 releases (TestMeasurePairs), the pairs file takes 45 MB at 1 %,
// 27 MB at 2 %, 19 MB at 3 % and 12 MB at 5 %; 3 % keeps the generation
// within twice the raw text and leaves a phrase with a rarer word at most
// 3 % of the documents as candidates.
const PairShare = 0.03

// minPairDocs is the least document frequency of a frequent term, for
// small generations.
const minPairDocs = 8

// pairBudget bounds the pairs a build holds at once (8 bytes each): past
// it, the pairs are written to a file per range of first terms, each
// within it unless a single term has more, and gathered range by range
// (gatherSpilled).
var pairBudget int64 = 8 << 20

const (
	pairsMagic      = "jhapair1"
	pairsHeaderSize = 32
	frequentBytes   = 1 << 16 / 8
	// pairsFileName is the file of the word pairs.
	pairsFileName = "pairs.bin"
)

// appendPairList appends the encoding of list, of two entries or more,
// to b.
func appendPairList(b []byte, list []int32) []byte {
	first, last := list[0], list[len(list)-1]
	deltas := 0
	for i := 1; i < len(list); i++ {
		deltas += uvarintLen(uint64(list[i] - list[i-1]))
	}
	size := int(last-first)/8 + 1
	b = binary.AppendUvarint(b, uint64(len(list))<<1|b2u(uvarintLen(uint64(size))+size < deltas))
	b = binary.AppendUvarint(b, uint64(first))
	if uvarintLen(uint64(size))+size < deltas {
		b = binary.AppendUvarint(b, uint64(size))
		start := len(b)
		b = append(b, make([]byte, size)...)
		for _, e := range list {
			i := int(e - first)
			b[start+i/8] |= 1 << (i % 8)
		}
		return b
	}
	for i := 1; i < len(list); i++ {
		b = binary.AppendUvarint(b, uint64(list[i]-list[i-1]))
	}
	return b
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func uvarintLen(v uint64) int { return (bits.Len64(v|1) + 6) / 7 }

// Pairs reads the pairs file of a generation. It is safe for concurrent
// use.
type Pairs struct {
	m        *mapped
	entries  uint32
	minDocs  int
	frequent []byte
	data     []byte
	keys     []byte // 8 bytes a key
}

// OpenPairs opens the pairs file of a generation whose table has entries
// entries; a file built for another table is refused.
func OpenPairs(g *Generation, entries int) (*Pairs, error) {
	m, err := openMapped(g, pairsFileName, "pairs")
	if err != nil {
		return nil, err
	}
	p, err := parsePairs(m.mm)
	if err == nil && int(p.entries) != entries {
		err = fmt.Errorf("the pairs file was built for %d table entries, the table has %d: rebuild the index", p.entries, entries)
	}
	if err != nil {
		m.close()
		return nil, fmt.Errorf("indexer: pairs of %s: %w", g.Name, err)
	}
	p.m = m
	return p, nil
}

// openPairsFile maps the pairs file at path.
func openPairsFile(path string) (*Pairs, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: open pairs: %w", err)
	}
	defer f.Close()
	mm, err := mmap.Map(f, mmap.RDONLY, 0)
	if err != nil {
		return nil, fmt.Errorf("indexer: map pairs: %w", err)
	}
	p, err := parsePairs(mm)
	if err != nil {
		mm.Unmap()
		return nil, err
	}
	p.m = &mapped{what: "pairs", mm: mm}
	return p, nil
}

// parsePairs checks the header of a pairs file and returns its parts.
func parsePairs(b []byte) (*Pairs, error) {
	if len(b) < pairsHeaderSize+frequentBytes || string(b[:len(pairsMagic)]) != pairsMagic {
		return nil, fmt.Errorf("indexer: the pairs file is not one (%d bytes)", len(b))
	}
	h := b[len(pairsMagic):]
	p := &Pairs{entries: binary.LittleEndian.Uint32(h), minDocs: int(binary.LittleEndian.Uint32(h[8:]))}
	keys := uint64(binary.LittleEndian.Uint32(h[4:]))
	data := binary.LittleEndian.Uint64(h[12:])
	rest := uint64(len(b) - pairsHeaderSize - frequentBytes)
	if data > rest || 8*keys != rest-data || data > 1<<32-1 {
		return nil, fmt.Errorf("indexer: the pairs file is damaged: %d keys and %d bytes of lists do not fill its %d bytes", keys, data, len(b))
	}
	p.frequent = b[pairsHeaderSize : pairsHeaderSize+frequentBytes]
	p.data = b[pairsHeaderSize+frequentBytes : pairsHeaderSize+frequentBytes+int(data)]
	p.keys = b[pairsHeaderSize+frequentBytes+int(data):]
	return p, nil
}

// Frequent reports whether the pairs of term hash h are indexed.
func (p *Pairs) Frequent(h uint16) bool { return p.frequent[h>>3]&(1<<(h&7)) != 0 }

// MinDocs is the document frequency from which a term is frequent.
func (p *Pairs) MinDocs() int { return p.minDocs }

// List returns the entries, ascending, in whose text fields a term of
// hash a stands right before one of hash b. indexed is false when a or b
// is not frequent: the pair is not listed, and list is nil.
func (p *Pairs) List(a, b uint16) (list []int32, indexed bool, err error) {
	if !p.Frequent(a) || !p.Frequent(b) {
		return nil, false, nil
	}
	key := uint32(a)<<16 | uint32(b)
	n := len(p.keys) / 8
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if binary.LittleEndian.Uint32(p.keys[8*m:]) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == n || binary.LittleEndian.Uint32(p.keys[8*lo:]) != key {
		return nil, true, nil
	}
	v := binary.LittleEndian.Uint32(p.keys[8*lo+4:])
	if v&(1<<31) != 0 {
		if e := v &^ (1 << 31); e < p.entries {
			return []int32{int32(e)}, true, nil
		}
		return nil, true, fmt.Errorf("indexer: the pairs file is damaged: key %d lists entry %d of %d", lo, v&^(1<<31), p.entries)
	}
	if uint64(v) >= uint64(len(p.data)) {
		return nil, true, fmt.Errorf("indexer: the pairs file is damaged: list %d at byte %d of %d", lo, v, len(p.data))
	}
	list, err = decodePairList(p.data[v:], p.entries)
	if err != nil {
		return nil, true, fmt.Errorf("indexer: the pairs file is damaged: list %d: %w", lo, err)
	}
	return list, true, nil
}

// decodePairList decodes the list at the start of b, of entries below
// entries.
func decodePairList(b []byte, entries uint32) ([]int32, error) {
	head, n := binary.Uvarint(b)
	if n <= 0 {
		return nil, fmt.Errorf("no count")
	}
	b = b[n:]
	count := head >> 1
	first, n := binary.Uvarint(b)
	if n <= 0 || first >= uint64(entries) || count < 2 || count > uint64(entries)-first {
		return nil, fmt.Errorf("count %d or first entry %d out of range", count, first)
	}
	b = b[n:]
	var bm []byte
	if head&1 == 1 {
		size, n := binary.Uvarint(b)
		if n <= 0 || size > uint64(len(b)-n) || size > (uint64(entries)-first+7)/8 {
			return nil, fmt.Errorf("a bitmap of %d bytes out of range", size)
		}
		bm = b[n : n+int(size)]
	}
	// Every entry after the first takes a byte of gaps or a bit of the
	// bitmap at least: count is bounded before anything is allocated.
	if head&1 == 0 && count-1 > uint64(len(b)) || head&1 == 1 && count-1 > 8*uint64(len(bm)) {
		return nil, fmt.Errorf("%d entries in %d bytes", count, len(b))
	}
	out := make([]int32, 1, count)
	out[0] = int32(first)
	if head&1 == 1 {
		if len(bm) == 0 || bm[0]&1 == 0 {
			return nil, fmt.Errorf("a bitmap without its first entry")
		}
		bm0 := bm[0] &^ 1
		for i, c := range bm {
			if i == 0 {
				c = bm0
			}
			for c != 0 {
				e := first + uint64(8*i+bits.TrailingZeros8(c))
				if e >= uint64(entries) || uint64(len(out)) == count {
					return nil, fmt.Errorf("a bitmap of more than %d entries", count)
				}
				out = append(out, int32(e))
				c &= c - 1
			}
		}
	} else {
		e := first
		for uint64(len(out)) < count {
			d, n := binary.Uvarint(b)
			if n <= 0 || d == 0 || d >= uint64(entries)-e {
				return nil, fmt.Errorf("a gap out of range after entry %d", e)
			}
			e += d
			out = append(out, int32(e))
			b = b[n:]
		}
	}
	if uint64(len(out)) != count {
		return nil, fmt.Errorf("%d entries for %d", len(out), count)
	}
	return out, nil
}

// Close closes the pairs file; no list may be read after it.
func (p *Pairs) Close() error { return p.m.close() }
