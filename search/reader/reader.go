// Package reader is the read side's one door to Bleve: it opens a
// generation's index read-only and offers the engine what it needs in the
// engine's own terms, table entries rather than Bleve's document numbers:
// the postings of a term in a field (frequency and field length per
// entry), the terms a prefix or a fuzzy word expands to, document
// frequencies and the analyzers of the text fields.
//
// Everything that relies on how Bleve works inside is here, each such
// reliance with a test that fails when an upgrade of Bleve breaks it
// (reader_test.go, postings_test.go): internal document numbers of 8
// bytes, big-endian (Open); a snapshot's segments numbering their
// documents one after the other, read with zap's postings iterators
// without scorch's term field reader (Postings); the norm of a posting as
// 1/√(field length) (Posting), its bits the length itself (Posting.Code);
// the analyzers looked up by their registered names (Analyzer); the fuzzy
// automaton of scorch's dictionaries (Fuzzy).
//
// It must not write to an index, and no Bleve type may appear in its API.
package reader

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
	"github.com/jhasearch/jhasearch/indexer"
)

// Index is one generation's index, open read-only. Its methods are safe
// for concurrent use; Close it once no search uses it.
type Index struct {
	idx bleve.Index
	// internal maps Bleve's internal document numbers to table entries,
	// -1 for a document outside the table. A generation is opened
	// read-only and never merges, so the numbers stay fixed.
	internal []int32
	// analyzers by language code; "" is the analyzer of the text fields.
	analyzers map[string]Analyzer
}

// Open opens the index of generation g; byID maps a document id to its
// table entry.
func Open(g *indexer.Generation, byID map[string]int) (*Index, error) {
	idx, err := indexer.OpenReadOnly(g)
	if err != nil {
		return nil, err
	}
	ix := &Index{idx: idx, analyzers: map[string]Analyzer{}}
	if ix.internal, err = ix.internalNumbers(byID); err != nil {
		idx.Close()
		return nil, err
	}
	m := idx.Mapping()
	text := m.AnalyzerNamed(indexer.TextAnalyzer)
	if text == nil {
		idx.Close()
		return nil, fmt.Errorf("reader: generation %s: no analyzer %q", g.Name, indexer.TextAnalyzer)
	}
	ix.analyzers[""] = Analyzer{a: text}
	for _, code := range indexer.Languages {
		name := indexer.AnalyzerOf(code)
		if name == indexer.TextAnalyzer {
			continue
		}
		a := m.AnalyzerNamed(name)
		if a == nil {
			idx.Close()
			return nil, fmt.Errorf("reader: generation %s: no analyzer %q for language %s", g.Name, name, code)
		}
		ix.analyzers[code] = Analyzer{a: a}
	}
	return ix, nil
}

// Close closes the index.
func (ix *Index) Close() error {
	if err := ix.idx.Close(); err != nil {
		return fmt.Errorf("reader: close index: %w", err)
	}
	return nil
}

// Analyzer returns the analyzer of language code: the text fields' own
// for English, for a language without an analyzer of its own and for "".
func (ix *Index) Analyzer(code string) Analyzer {
	if a, ok := ix.analyzers[code]; ok {
		return a
	}
	return ix.analyzers[""]
}

// Snapshot opens a view of the index for a few reads; Close it after.
func (ix *Index) Snapshot() (*Snapshot, error) {
	ai, err := ix.idx.Advanced()
	if err != nil {
		return nil, fmt.Errorf("reader: open index: %w", err)
	}
	r, err := ai.Reader()
	if err != nil {
		return nil, fmt.Errorf("reader: open reader: %w", err)
	}
	return &Snapshot{ix: ix, r: r}, nil
}

// entryOf maps an internal document number to its table entry, -1 if
// none. Bleve's scorch numbers documents with 8 bytes, big-endian
// (TestInternalNumbers).
func (ix *Index) entryOf(id index.IndexInternalID) int32 {
	if len(id) != 8 {
		return -1
	}
	if n := binary.BigEndian.Uint64(id); n < uint64(len(ix.internal)) {
		return ix.internal[n]
	}
	return -1
}

// internalNumbers maps the index's internal document numbers to table
// entries.
func (ix *Index) internalNumbers(byID map[string]int) ([]int32, error) {
	s, err := ix.Snapshot()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	all, err := s.r.DocIDReaderAll()
	if err != nil {
		return nil, fmt.Errorf("reader: list documents: %w", err)
	}
	defer all.Close()
	var docs []int32
	for {
		id, err := all.Next()
		if err != nil {
			return nil, fmt.Errorf("reader: list documents: %w", err)
		}
		if id == nil {
			return docs, nil
		}
		if len(id) != 8 {
			return nil, fmt.Errorf("reader: internal document number of %d bytes, want 8: %w", len(id), ErrLayout)
		}
		ext, err := s.r.ExternalID(id)
		if err != nil {
			return nil, fmt.Errorf("reader: document id: %w", err)
		}
		n := binary.BigEndian.Uint64(id)
		if n > 1<<31 {
			return nil, fmt.Errorf("reader: internal document number %d: %w", n, ErrLayout)
		}
		for uint64(len(docs)) <= n {
			docs = append(docs, -1)
		}
		if i, ok := byID[ext]; ok {
			docs[n] = int32(i)
		}
	}
}

// ErrLayout is the error of an index whose internals are not what this
// package relies on: a Bleve upgrade changed them.
var ErrLayout = errors.New("the index's internal layout is not the one this program reads")

// ErrTooManyTerms is the error of an expansion with more terms than its
// bound.
var ErrTooManyTerms = errors.New("reader: the expansion has too many terms")

// Snapshot is a consistent view of the index. It serves one goroutine.
type Snapshot struct {
	ix *Index
	r  index.IndexReader
	// segs are the segments of r, once asked for.
	segs []snapshotSegment
}

// Close closes the view.
func (s *Snapshot) Close() error {
	if err := s.r.Close(); err != nil {
		return fmt.Errorf("reader: close reader: %w", err)
	}
	return nil
}

// DocFreq returns the number of documents whose field holds term: the
// sizes of its segments' postings lists, without iterators
// (TestPostingsAsScorchReadsThem).
func (s *Snapshot) DocFreq(field, term string) (int, error) {
	segs, err := s.segments()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, sg := range segs {
		pl, err := postingsList(sg, field, term)
		if err != nil {
			return 0, err
		}
		n += int(pl.Count())
	}
	return n, nil
}

// postingsList returns the postings list of term in field in segment sg,
// its deleted documents left out.
func postingsList(sg snapshotSegment, field, term string) (segment.PostingsList, error) {
	d, err := sg.seg.Segment().Dictionary(field)
	if err != nil {
		return nil, fmt.Errorf("reader: read postings of %s:%s: %w", field, term, err)
	}
	pl, err := d.PostingsList([]byte(term), sg.seg.Deleted(), nil)
	if err != nil {
		return nil, fmt.Errorf("reader: read postings of %s:%s: %w", field, term, err)
	}
	return pl, nil
}

// Postings opens the postings of term in field. It reads each segment's
// postings list with its zap iterator, frequencies and norms without
// locations, where scorch's term field reader would build a document of
// its own for each posting; the deleted documents of a segment are left
// out as scorch leaves them out (TestPostingsAsScorchReadsThem).
func (s *Snapshot) Postings(ctx context.Context, field, term string) (*Postings, error) {
	segs, err := s.segments()
	if err != nil {
		return nil, err
	}
	p := &Postings{field: field, term: term, segs: make([]segmentPostings, 0, len(segs))}
	for _, sg := range segs {
		pl, err := postingsList(sg, field, term)
		if err != nil {
			return nil, err
		}
		p.count += int(pl.Count())
		it := pl.Iterator(true, true, false, nil)
		zi, _ := it.(*zap.PostingsIterator)
		p.segs = append(p.segs, segmentPostings{it: it, zap: zi, entries: sg.entries})
	}
	return p, nil
}

// segments returns the segments of the snapshot, each with the table
// entries of its document numbers. scorch numbers a segment's documents
// after those of the segments before it, deleted ones included
// (TestPostingsAsScorchReadsThem).
func (s *Snapshot) segments() ([]snapshotSegment, error) {
	if s.segs != nil {
		return s.segs, nil
	}
	is, ok := s.r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, fmt.Errorf("reader: the index reader is a %T, not scorch's snapshot: %w", s.r, ErrLayout)
	}
	segs := make([]snapshotSegment, 0, len(is.Segments()))
	offset := uint64(0)
	for _, sg := range is.Segments() {
		n := sg.Segment().Count()
		var entries []int32
		if lo := min(offset, uint64(len(s.ix.internal))); lo < uint64(len(s.ix.internal)) {
			entries = s.ix.internal[lo:min(offset+n, uint64(len(s.ix.internal)))]
		}
		segs = append(segs, snapshotSegment{seg: sg, entries: entries})
		offset += n
	}
	s.segs = segs
	return segs, nil
}

// snapshotSegment is one segment of a snapshot with the table entries of
// its document numbers (-1: outside the table).
type snapshotSegment struct {
	seg     *scorch.SegmentSnapshot
	entries []int32
}

// Posting is one document holding a term.
type Posting struct {
	// Entry is the document's table entry.
	Entry int32
	// Freq is how often the field holds the term.
	Freq int
	// Length is the field's length in tokens, 1 when unknown. Bleve
	// keeps it as a norm, 1/√length, in a float32 (TestFieldLength).
	Length float64
	// Code names Length: two postings of an index with the same Code
	// below MaxLengthCode have the same Length, to the bit, so that a
	// scorer can compute what it derives from a length once per Code.
	// NoCode: none.
	Code uint32
}

// MaxLengthCode bounds the codes of lengths; NoCode is a posting's Code
// when its length has none.
const (
	MaxLengthCode        = 1 << 12
	NoCode        uint32 = MaxLengthCode
)

// Postings walks the documents holding a term in a field, in the order
// of the index, those outside the table left out.
type Postings struct {
	segs        []segmentPostings
	seg         int
	count       int
	field, term string
}

// segmentPostings is the iterator of one segment's postings list, with
// the table entries of the segment's document numbers.
type segmentPostings struct {
	it segment.PostingsIterator
	// zap is it, when it is the iterator of zap's current version (that
	// of the segments this program writes): Read calls it and its
	// postings directly, not through interfaces (TestLengthCodes).
	zap     *zap.PostingsIterator
	entries []int32
}

// normCoded is a zap posting that gives its norm's bits: zap v15 and
// later keep the field length there, as an integer, and compute the norm
// from it, all with one formula; earlier versions have no NormUint64
// (TestLengthCodes).
type normCoded interface{ NormUint64() uint64 }

// Count is the number of documents holding the term.
func (p *Postings) Count() int { return p.count }

// Next fills out with the next posting; false when there is none.
func (p *Postings) Next(out *Posting) (bool, error) {
	var one [1]Posting
	n, err := p.Read(one[:])
	if n == 1 {
		*out = one[0]
	}
	return n == 1, err
}

// Read fills out with the next postings and returns how many it filled;
// 0 when there are no more (or out is empty).
func (p *Postings) Read(out []Posting) (int, error) {
	n := 0
	for n < len(out) && p.seg < len(p.segs) {
		sp := &p.segs[p.seg]
		if sp.zap != nil {
			k, more, err := readZap(sp, out[n:])
			n += k
			if err != nil {
				return n, fmt.Errorf("reader: read postings of %s:%s: %w", p.field, p.term, err)
			}
			if !more {
				p.seg++
			}
			continue
		}
		x, err := sp.it.Next()
		if err != nil {
			return n, fmt.Errorf("reader: read postings of %s:%s: %w", p.field, p.term, err)
		}
		if x == nil {
			p.seg++
			continue
		}
		d := x.Number()
		if d >= uint64(len(sp.entries)) || sp.entries[d] < 0 {
			continue
		}
		o := &out[n]
		o.Entry, o.Freq = sp.entries[d], int(x.Frequency())
		if nc, ok := x.(normCoded); ok {
			if c := nc.NormUint64(); c < MaxLengthCode {
				o.Code = uint32(c)
				o.Length = lengthOf(o.Code, x)
				n++
				continue
			}
		}
		o.Code, o.Length = NoCode, length(x.Norm())
		n++
	}
	return n, nil
}

// readZap fills out with the next postings of sp, whose iterator is
// zap's; more is false when sp has no more.
func readZap(sp *segmentPostings, out []Posting) (n int, more bool, err error) {
	entries := sp.entries
	for n < len(out) {
		x, err := sp.zap.Next()
		if err != nil || x == nil {
			return n, false, err
		}
		zp, ok := x.(*zap.Posting)
		if !ok {
			return n, false, fmt.Errorf("zap's iterator gave a %T: %w", x, ErrLayout)
		}
		d := zp.Number()
		if d >= uint64(len(entries)) || entries[d] < 0 {
			continue
		}
		o := &out[n]
		o.Entry, o.Freq = entries[d], int(zp.Frequency())
		if c := zp.NormUint64(); c < MaxLengthCode {
			o.Code = uint32(c)
			if b := lengths[c].Load(); b != 0 {
				o.Length = math.Float64frombits(b)
			} else {
				o.Length = lengthOf(o.Code, zp)
			}
		} else {
			o.Code, o.Length = NoCode, length(zp.Norm())
		}
		n++
	}
	return n, true, nil
}

// length is the field length of a posting of norm 1/√length.
func length(norm float64) float64 {
	if norm > 0 {
		return 1 / (norm * norm)
	}
	return 1
}

// lengths holds the length of each code, as a float64's bits, filled as
// postings name them (0: not yet known, or a length of 0, computed each
// time). A code is the norm's bits, which name one length in every zap
// version that has them (normCoded).
var lengths [MaxLengthCode]atomic.Uint64

// lengthOf returns the length of code, the code of posting x.
func lengthOf(code uint32, x segment.Posting) float64 {
	if b := lengths[code].Load(); b != 0 {
		return math.Float64frombits(b)
	}
	l := length(x.Norm())
	lengths[code].Store(math.Float64bits(l))
	return l
}

// Close closes the postings.
func (p *Postings) Close() error { return nil }

// Expansion is an index term a prefix or a fuzzy word expands to.
type Expansion struct {
	Term string
	// Distance is the edit distance from the fuzzy word; 0 for a prefix.
	Distance int
}

// Prefix returns the terms of field that start with prefix, at most max
// of them (ErrTooManyTerms beyond).
func (s *Snapshot) Prefix(field, prefix string, max int) ([]Expansion, error) {
	d, err := s.r.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil, fmt.Errorf("reader: expand %s:%s*: %w", field, prefix, err)
	}
	return expand(d, field, prefix+"*", max)
}

// Fuzzy returns the terms of field within edit distance dist of term
// that share its first letter, at most max of them (ErrTooManyTerms
// beyond).
func (s *Snapshot) Fuzzy(field, term string, dist, max int) ([]Expansion, error) {
	fr, ok := s.r.(index.IndexReaderFuzzy)
	if !ok {
		return nil, fmt.Errorf("reader: expand %s:%s~%d: the index reader has no fuzzy dictionary: %w", field, term, dist, ErrLayout)
	}
	first := ""
	for i := range term {
		if i > 0 {
			first = term[:i]
			break
		}
		first = term
	}
	d, _, err := fr.FieldDictFuzzyAutomaton(field, term, dist, first)
	if err != nil {
		return nil, fmt.Errorf("reader: expand %s:%s~%d: %w", field, term, dist, err)
	}
	return expand(d, field, fmt.Sprintf("%s~%d", term, dist), max)
}

func expand(d index.FieldDict, field, what string, max int) ([]Expansion, error) {
	defer d.Close()
	var out []Expansion
	for {
		e, err := d.Next()
		if err != nil {
			return nil, fmt.Errorf("reader: expand %s:%s: %w", field, what, err)
		}
		if e == nil {
			return out, nil
		}
		if len(out) == max {
			return nil, fmt.Errorf("%w: %s:%s has more than %d", ErrTooManyTerms, field, what, max)
		}
		out = append(out, Expansion{Term: e.Term, Distance: int(e.EditDistance)})
	}
}

// Analyzer turns text into the terms the index holds.
type Analyzer struct{ a analysis.Analyzer }

// Token is one term of an analysed text.
type Token struct {
	// Term is the index term.
	Term []byte
	// Position counts the tokens from 1, stop words included.
	Position int
	// Start and End are the byte offsets of the word in the text.
	Start, End int
}

// Analyze returns the tokens of text.
func (a Analyzer) Analyze(text []byte) []Token {
	ts := a.a.Analyze(text)
	out := make([]Token, len(ts))
	for i, t := range ts {
		out[i] = Token{Term: t.Term, Position: t.Position, Start: t.Start, End: t.End}
	}
	return out
}
