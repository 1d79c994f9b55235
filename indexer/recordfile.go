package indexer

import (
	"bufio"
	"fmt"
	"os"
)

// recordFile writes one of a generation's files of records, the document
// file or the positions file, and says where each record is: the writing
// side of mapped.
type recordFile struct {
	what string // names the file in errors
	f    *os.File
	w    *bufio.Writer
	off  int64
}

// createRecordFile creates the file at path.
func createRecordFile(path, what string) (*recordFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: create %s: %w", what, err)
	}
	return &recordFile{what: what, f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// write appends parts as one record and returns where it is.
func (r *recordFile) write(parts ...[]byte) (off int64, n int32, err error) {
	off = r.off
	for _, p := range parts {
		if _, err := r.w.Write(p); err != nil {
			return 0, 0, fmt.Errorf("indexer: write %s: %w", r.what, err)
		}
		n += int32(len(p))
	}
	r.off += int64(n)
	return off, n, nil
}

// close flushes and closes the file.
func (r *recordFile) close() error {
	err := r.w.Flush()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("indexer: write %s: %w", r.what, err)
	}
	return nil
}
