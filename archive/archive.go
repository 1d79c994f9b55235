// Package archive keeps the press releases and the raw pages they were
// extracted from, in one bbolt file in the data directory. It is the only
// lasting copy of what was crawled or imported: the index is rebuilt from it.
// Every write is one transaction, so a crash at any moment leaves either the
// old or the new state, never half of one. It knows nothing of HTTP, HTML or
// the index.
package archive

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/jhasearch/jhasearch"
	bolt "go.etcd.io/bbolt"
)

// The buckets of the archive file.
var (
	bucketDocs = []byte("docs") // id -> JSON record
	bucketRaw  = []byte("raw")  // id -> gzip of the raw page
	bucketURLs = []byte("urls") // canonical URL (current or alias) -> id
	// bucketServed keeps, for a page whose raw copy is the DOM a browser
	// rendered (Page.Rendered), the body the server sent: id -> gzip. An
	// archive written before it existed simply lacks the bucket.
	bucketServed = []byte("served")
)

// Archive is an open archive file. Several goroutines may use it at once; a
// second process can open it only read-only, and only while no writer has it.
type Archive struct {
	db         *bolt.DB
	noteWrites atomic.Int64 // SetNote calls, for the sweep of expired notes
}

// record is what the docs bucket holds for one document.
type record struct {
	Document jhasearch.Document `json:"document"`
	// Page is the metadata of the raw page; nil for imported documents.
	Page *jhasearch.Page `json:"page,omitempty"`
}

// Open opens the archive file at path, creating it unless readOnly. It waits
// at most a few seconds for another process's lock rather than forever.
func Open(path string, readOnly bool) (*Archive, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second, ReadOnly: readOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, jhasearch.Errorf(jhasearch.EUNAVAILABLE, "The archive %s is in use by another process.", path)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", path, err)
	}
	if readOnly {
		return &Archive{db: db}, nil
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketDocs, bucketRaw, bucketURLs, bucketServed} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("archive: create buckets in %s: %w", path, err)
	}
	return &Archive{db: db}, nil
}

// Close closes the archive file.
func (a *Archive) Close() error {
	return a.db.Close()
}

// Count returns the number of documents.
func (a *Archive) Count() (int, error) {
	n := 0
	err := a.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketDocs); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n, err
}
