package indexer

import (
	"fmt"
	"os"
)

// The documents themselves (bodies included) live beside the index in one
// file of records (record.go), found through the offsets in the table; the
// index holds only what searching needs.
//
// The records are not compressed. Deflate (against a preset dictionary)
// made the file half as large, but inflating the shown documents was a
// fifth of a loaded server's CPU, and writing it most of the build's
// last phase; since phrases no longer need Bleve's term vectors
// (positions.go), a generation holds its raw records within twice the size
// of its text.
//
// File layout: the records, back to back.

// docWriter appends documents to a generation's document file.
type docWriter struct {
	file *recordFile
	rec  []byte // the record being written
}

// newDocWriter creates the document file.
func newDocWriter(path string) (*docWriter, error) {
	f, err := createRecordFile(path, "document file")
	if err != nil {
		return nil, err
	}
	return &docWriter{file: f}, nil
}

// add appends one document and returns where it is.
func (d *docWriter) add(s *StoredDoc) (off int64, n int32, err error) {
	d.rec = appendRecord(d.rec[:0], s)
	return d.file.write(d.rec)
}

func (d *docWriter) close() error { return d.file.close() }

// DocStore reads the documents of a generation. It is safe for concurrent
// use.
type DocStore struct {
	m *mapped
}

// OpenDocStore opens the document file of a generation.
func OpenDocStore(g *Generation) (*DocStore, error) {
	m, err := openMapped(g, docsFileName, "documents")
	if err != nil {
		return nil, err
	}
	return &DocStore{m: m}, nil
}

// Read returns the document of a table entry.
func (s *DocStore) Read(e *Entry) (*StoredDoc, error) {
	d, body, err := s.Shown(e)
	if err != nil {
		return nil, err
	}
	d.Document.Body = string(body)
	return d, nil
}

// Shown returns the document of a table entry without its body, and the
// body apart: the bytes of the file's mapping, valid until Close and never
// to be written. A result shows an excerpt of the body, so copying the
// whole of it for every hit was most of what reading a hit allocated.
func (s *DocStore) Shown(e *Entry) (*StoredDoc, []byte, error) {
	buf, err := s.m.slice(e.ID, e.Offset, e.Length)
	if err != nil {
		return nil, nil, err
	}
	d, body, err := parseRecordBody(buf)
	if err != nil {
		return nil, nil, fmt.Errorf("indexer: decode document %s: %w", e.ID, err)
	}
	if len(d.Agencies) == 0 {
		d.Agencies = []string{d.Document.Agency}
	}
	return d, body, nil
}

// openFile opens one of the files of a generation written with this
// program's layout; what names it in errors.
func openFile(g *Generation, name, what string) (*os.File, error) {
	if err := checkVersion(g); err != nil {
		return nil, err
	}
	f, err := os.Open(g.Path + "/" + name)
	if err != nil {
		return nil, fmt.Errorf("indexer: open %s of %s: %w", what, g.Name, err)
	}
	return f, nil
}

// Close closes the document file; no document may be read after it.
func (s *DocStore) Close() error { return s.m.close() }
