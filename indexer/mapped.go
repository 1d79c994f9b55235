package indexer

import (
	"fmt"

	"github.com/blevesearch/mmap-go"
)

// mapped is one of a generation's files mapped into memory read-only, as
// Bleve maps its segments: a record is a slice of the mapping, read
// without a system call or a copy. Reading records with pread was a
// twentieth of a loaded server's CPU. A generation's files never change
// once written, and a file removed while mapped stays readable until it
// is unmapped.
type mapped struct {
	what string
	mm   mmap.MMap // nil for an empty file, which cannot be mapped
}

// openMapped maps one of the files of a generation; what names it in
// errors.
func openMapped(g *Generation, name, what string) (*mapped, error) {
	f, err := openFile(g, name, what)
	if err != nil {
		return nil, err
	}
	defer f.Close() // the mapping outlives the file
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("indexer: open %s of %s: %w", what, g.Name, err)
	}
	m := &mapped{what: what}
	if fi.Size() > 0 {
		if m.mm, err = mmap.Map(f, mmap.RDONLY, 0); err != nil {
			return nil, fmt.Errorf("indexer: map %s of %s: %w", what, g.Name, err)
		}
	}
	return m, nil
}

// slice returns the n bytes at off, of entry id. They are the mapping
// itself: valid until close, and never to be written.
func (m *mapped) slice(id string, off int64, n int32) ([]byte, error) {
	if off < 0 || n < 0 || off+int64(n) > int64(len(m.mm)) {
		return nil, fmt.Errorf("indexer: read %s of %s: %d bytes at %d pass the end of the file (%d bytes)",
			m.what, id, n, off, len(m.mm))
	}
	end := off + int64(n)
	return m.mm[off:end:end], nil
}

func (m *mapped) close() error {
	if m.mm == nil {
		return nil
	}
	if err := m.mm.Unmap(); err != nil {
		return fmt.Errorf("indexer: unmap %s: %w", m.what, err)
	}
	m.mm = nil
	return nil
}
