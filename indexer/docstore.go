package indexer

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"sync"
)

// The documents themselves (bodies included) live beside the index in one
// file of separately deflated records (record.go), found through the offsets in
// the table. Deflate packs text tighter than the stored fields of Bleve's
// segments, and the index then holds only what searching needs: this keeps
// a generation within twice the size of its raw text.

// Each record is deflated against a preset dictionary (see dictSampler)
// stored at the head of the file: a release of 3 KB alone leaves deflate
// little to match against, and the dictionary gives it the words and the
// JSON layout every release shares. On the generated archive this takes a
// fifth off the file at the same speed, while every record can still be
// read alone.
//
// File layout: the dictionary's length (4 bytes, big endian), the
// dictionary, then the records.

// docLevel trades build speed against size. The document file is written
// while Bleve merges its segments, and must not take longer: at level 4
// (as tight as 5 to 9) it took 15 s for 100,000 releases against the
// merge's 10 s; level 1 takes 8.5 s for a file a quarter larger (185
// instead of 147 MB), which the index can afford since phrases no longer
// need term vectors (positions.go).
const docLevel = 1

// dictSize is the most of the dictionary deflate can use (its window is
// 32 KB); 8 KB gets most of the gain of 32 KB at twice the speed, since
// deflate reads the whole dictionary again for every record.
const dictSize = 8 << 10

// docWriter appends documents to a generation's document file.
type docWriter struct {
	f   *os.File
	w   *bufio.Writer
	off int64
	rec []byte // the record being written
	buf bytes.Buffer
	fw  *flate.Writer
}

// newDocWriter creates the document file with dict at its head.
func newDocWriter(path string, dict []byte) (*docWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: create document file: %w", err)
	}
	fw, _ := flate.NewWriterDict(nil, docLevel, dict) // a valid level cannot fail
	d := &docWriter{f: f, w: bufio.NewWriterSize(f, 1<<20), fw: fw}
	d.w.Write(binary.BigEndian.AppendUint32(nil, uint32(len(dict))))
	d.w.Write(dict) // a failure shows at the flush
	d.off = int64(4 + len(dict))
	return d, nil
}

// add compresses one document, appends it and returns where it is.
func (d *docWriter) add(s *StoredDoc) (off int64, n int32, err error) {
	d.buf.Reset()
	d.fw.Reset(&d.buf)
	d.rec = appendRecord(d.rec[:0], s)
	if _, err := d.fw.Write(d.rec); err != nil {
		return 0, 0, fmt.Errorf("indexer: compress document %s: %w", s.Document.ID, err)
	}
	if err := d.fw.Close(); err != nil {
		return 0, 0, fmt.Errorf("indexer: compress document %s: %w", s.Document.ID, err)
	}
	if _, err := d.w.Write(d.buf.Bytes()); err != nil {
		return 0, 0, fmt.Errorf("indexer: write document file: %w", err)
	}
	off, n = d.off, int32(d.buf.Len())
	d.off += int64(n)
	return off, n, nil
}

func (d *docWriter) close() error {
	if err := d.w.Flush(); err != nil {
		d.f.Close()
		return fmt.Errorf("indexer: write document file: %w", err)
	}
	return d.f.Close()
}

// DocStore reads the documents of a generation. It is safe for concurrent
// use.
type DocStore struct {
	f    *os.File
	dict []byte
}

// OpenDocStore opens the document file of a generation.
func OpenDocStore(g *Generation) (*DocStore, error) {
	if err := checkVersion(g); err != nil {
		return nil, err
	}
	f, err := os.Open(g.Path + "/" + docsFileName)
	if err != nil {
		return nil, fmt.Errorf("indexer: open documents of %s: %w", g.Name, err)
	}
	var n [4]byte
	if _, err := io.ReadFull(f, n[:]); err != nil {
		f.Close()
		return nil, fmt.Errorf("indexer: read dictionary of %s: %w", g.Name, err)
	}
	size := binary.BigEndian.Uint32(n[:])
	if size > 32<<10 {
		f.Close()
		return nil, fmt.Errorf("indexer: document file of %s is damaged: a dictionary of %d bytes", g.Name, size)
	}
	dict := make([]byte, size)
	if _, err := io.ReadFull(f, dict); err != nil {
		f.Close()
		return nil, fmt.Errorf("indexer: read dictionary of %s: %w", g.Name, err)
	}
	return &DocStore{f: f, dict: dict}, nil
}

// Read returns the document of a table entry.
func (s *DocStore) Read(e *Entry) (*StoredDoc, error) {
	bp := compressed.Get().(*[]byte)
	defer compressed.Put(bp)
	if cap(*bp) < int(e.Length) {
		*bp = make([]byte, e.Length)
	}
	buf := (*bp)[:e.Length]
	if _, err := s.f.ReadAt(buf, e.Offset); err != nil {
		return nil, fmt.Errorf("indexer: read document %s: %w", e.ID, err)
	}
	r := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(buf), s.dict); err != nil {
		return nil, fmt.Errorf("indexer: read document %s: %w", e.ID, err)
	}
	rec := records.Get().(*bytes.Buffer)
	defer records.Put(rec)
	rec.Reset()
	if _, err := rec.ReadFrom(r); err != nil {
		return nil, fmt.Errorf("indexer: inflate document %s: %w", e.ID, err)
	}
	d, err := parseRecord(rec.Bytes())
	if err != nil {
		return nil, fmt.Errorf("indexer: decode document %s: %w", e.ID, err)
	}
	if len(d.Agencies) == 0 {
		d.Agencies = []string{d.Document.Agency}
	}
	return d, nil
}

// compressed reuses the buffers records are read into.
var compressed = sync.Pool{New: func() any { return new([]byte) }}

// records reuses the buffers records are inflated into.
var records = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// inflaters reuses decompressors: each holds a 32 KB window, too much to
// allocate for every hit shown.
var inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// Close closes the document file.
func (s *DocStore) Close() error { return s.f.Close() }
