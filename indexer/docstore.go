package indexer

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"
)

// The documents themselves (bodies included) live beside the index in one
// file of separately deflated JSON records, found through the offsets in
// the table. Deflate packs text tighter than the stored fields of Bleve's
// segments, and the index then holds only what searching needs: this keeps
// a generation within twice the size of its raw text.

// docLevel trades build speed against size; level 5 is most of the gain
// of level 9 at a fraction of the time.
const docLevel = 5

// docWriter appends documents to a generation's document file.
type docWriter struct {
	f   *os.File
	w   *bufio.Writer
	off int64
	buf bytes.Buffer
	fw  *flate.Writer
}

func newDocWriter(path string) (*docWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: create document file: %w", err)
	}
	fw, _ := flate.NewWriter(nil, docLevel) // a valid level cannot fail
	return &docWriter{f: f, w: bufio.NewWriterSize(f, 1<<20), fw: fw}, nil
}

// add writes one document and returns where it is.
func (d *docWriter) add(s *StoredDoc) (off int64, n int32, err error) {
	d.buf.Reset()
	d.fw.Reset(&d.buf)
	if err := json.NewEncoder(d.fw).Encode(s); err != nil {
		return 0, 0, fmt.Errorf("indexer: encode document %s: %w", s.Document.ID, err)
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
	f *os.File
}

// OpenDocStore opens the document file of a generation.
func OpenDocStore(g *Generation) (*DocStore, error) {
	f, err := os.Open(g.Path + "/" + docsFileName)
	if err != nil {
		return nil, fmt.Errorf("indexer: open documents of %s: %w", g.Name, err)
	}
	return &DocStore{f: f}, nil
}

// Read returns the document of a table entry.
func (s *DocStore) Read(e *Entry) (*StoredDoc, error) {
	buf := make([]byte, e.Length)
	if _, err := s.f.ReadAt(buf, e.Offset); err != nil {
		return nil, fmt.Errorf("indexer: read document %s: %w", e.ID, err)
	}
	r := inflaters.Get().(io.ReadCloser)
	defer inflaters.Put(r)
	if err := r.(flate.Resetter).Reset(bytes.NewReader(buf), nil); err != nil {
		return nil, fmt.Errorf("indexer: read document %s: %w", e.ID, err)
	}
	var d StoredDoc
	if err := json.NewDecoder(r).Decode(&d); err != nil && err != io.EOF {
		return nil, fmt.Errorf("indexer: decode document %s: %w", e.ID, err)
	}
	if len(d.Agencies) == 0 {
		d.Agencies = []string{d.Document.Agency}
	}
	return &d, nil
}

// inflaters reuses decompressors: each holds a 32 KB window, too much to
// allocate for every hit shown.
var inflaters = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}

// Close closes the document file.
func (s *DocStore) Close() error { return s.f.Close() }
