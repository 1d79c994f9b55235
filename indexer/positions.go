package indexer

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Phrases are matched on positions that the build keeps itself, not on
// Bleve's term vectors. Term vectors store every occurrence's field,
// position, start, end and array positions: for 100,000 releases about
// 240 MB, and a tenth of the build's CPU. A phrase needs only which term
// stands at which position of a field; the positions file keeps, for every
// document, each text field as a run of 16-bit term hashes, one per
// position (0 where the analyzer dropped a stop word). Search finds the
// documents holding every word of a phrase from its postings and reads
// their runs to check the order; for phrases of frequent words, the pairs
// file built from these runs (pairs.go) answers a two-word phrase without
// them and narrows the candidates of a longer one.
//
// File layout: for each document, at the offset and length its table
// entry gives, the runs of TextFields in order, each a uvarint count of
// positions and then that many little-endian hashes.

// TermHash is the hash of an analysed term in a positions record; never 0,
// which marks a position without a term.
func TermHash(term []byte) uint16 {
	h := uint32(2166136261)
	for _, c := range term {
		h = (h ^ uint32(c)) * 16777619
	}
	if v := uint16(h ^ h>>16); v != 0 {
		return v
	}
	return 1
}

// PositionRecord is one document's runs of term hashes.
type PositionRecord []byte

// Field returns the run of the i-th field of TextFields.
func (r PositionRecord) Field(i int) (HashRun, error) {
	rest := []byte(r)
	for f := 0; ; f++ {
		n, size := binary.Uvarint(rest)
		if size <= 0 || uint64(len(rest)-size) < 2*n {
			return nil, fmt.Errorf("indexer: positions record is damaged at field %d", f)
		}
		rest = rest[size:]
		if f == i {
			return HashRun(rest[:2*n]), nil
		}
		rest = rest[2*n:]
	}
}

// HashRun is a field's term hashes by position, from position 1.
type HashRun []byte

// Len is the number of positions of the run.
func (h HashRun) Len() int { return len(h) / 2 }

// At is the hash of the term at position i+1, 0 if none.
func (h HashRun) At(i int) uint16 { return binary.LittleEndian.Uint16(h[2*i:]) }

// appendRun appends the run of an analysed field to rec.
func appendRun(rec []byte, tokens analysis.TokenStream) []byte {
	n := 0
	for _, t := range tokens {
		n = max(n, t.Position)
	}
	rec = binary.AppendUvarint(rec, uint64(n))
	start := len(rec)
	rec = append(rec, make([]byte, 2*n)...)
	for _, t := range tokens {
		if t.Position >= 1 {
			binary.LittleEndian.PutUint16(rec[start+2*(t.Position-1):], TermHash(t.Term))
		}
	}
	return rec
}

// recorder is the text analyzer of one field of one document being
// indexed: it analyses as the wrapped analyzer does and keeps the field's
// run. Bleve's analysis workers call it once, in parallel with the other
// documents' recorders.
type recorder struct {
	analysis.Analyzer
	run []byte
}

func (r *recorder) Analyze(input []byte) analysis.TokenStream {
	tokens := r.Analyzer.Analyze(input)
	r.run = appendRun(nil, tokens)
	return tokens
}

// positionsWriter appends documents' records to the positions file. It
// is safe for concurrent use by the batch writers.
type positionsWriter struct {
	mu   sync.Mutex
	file *recordFile
	span map[int]span // by table entry
}

// span is where a record is in the positions file.
type span struct {
	off int64
	n   int32
}

func newPositionsWriter(path string) (*positionsWriter, error) {
	f, err := createRecordFile(path, "positions")
	if err != nil {
		return nil, err
	}
	return &positionsWriter{file: f, span: map[int]span{}}, nil
}

// add writes the record of a table entry, the runs of its text fields.
func (p *positionsWriter) add(entry int, runs [][]byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	off, n, err := p.file.write(runs...)
	if err != nil {
		return err
	}
	p.span[entry] = span{off, n}
	return nil
}

// close flushes the file and records each entry's place in the table.
func (p *positionsWriter) close(t *Table) error {
	if err := p.file.close(); err != nil {
		return err
	}
	for e, s := range p.span {
		t.Entries[e].PosOffset, t.Entries[e].PosLength = s.off, s.n
	}
	return nil
}

// Positions reads the positions records of a generation. It is safe for
// concurrent use.
type Positions struct {
	m *mapped
}

// OpenPositions opens the positions file of a generation.
func OpenPositions(g *Generation) (*Positions, error) {
	m, err := openMapped(g, positionsFileName, "positions")
	if err != nil {
		return nil, err
	}
	return &Positions{m: m}, nil
}

// Read returns the record of a table entry. It is the file's mapping: valid
// until Close, and never to be written.
func (p *Positions) Read(e *Entry) (PositionRecord, error) {
	b, err := p.m.slice(e.ID, e.PosOffset, e.PosLength)
	if err != nil {
		return nil, err
	}
	return PositionRecord(b), nil
}

// Close closes the positions file; no record may be read after it.
func (p *Positions) Close() error { return p.m.close() }
