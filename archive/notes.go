package archive

import (
	"context"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bucketNotes holds the crawler's notes: key -> 8 bytes of expiry (Unix
// seconds, big-endian) followed by the value. The archive does not read
// them; it keeps them until they expire.
var bucketNotes = []byte("notes")

// maxNoteKey and maxNoteValue bound one note; notes are small by design
// (a URL and a few numbers).
const (
	maxNoteKey   = 4 << 10
	maxNoteValue = 4 << 10
	// pruneEvery is how many SetNote calls pass between two sweeps of the
	// expired notes, so that notes of URLs never seen again do not pile up.
	pruneEvery = 256
)

// Note returns the value stored under key, or nil when there is none or it
// has expired.
func (a *Archive) Note(ctx context.Context, key string) ([]byte, error) {
	var out []byte
	err := a.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNotes)
		if b == nil {
			return nil
		}
		v := b.Get([]byte(key))
		if len(v) < 8 || expired(v, time.Now()) {
			return nil
		}
		out = append([]byte(nil), v[8:]...)
		return nil
	})
	return out, err
}

// SetNote stores value under key until the given time; a nil value deletes
// the note. Now and then it also drops every expired note.
func (a *Archive) SetNote(ctx context.Context, key string, value []byte, until time.Time) error {
	if len(key) == 0 || len(key) > maxNoteKey || len(value) > maxNoteValue {
		return fmt.Errorf("archive: note %.40q: key of %d bytes or value of %d bytes out of bounds", key, len(key), len(value))
	}
	prune := a.noteWrites.Add(1)%pruneEvery == 1
	return a.db.Update(func(tx *bolt.Tx) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists(bucketNotes)
		if err != nil {
			return err
		}
		if prune {
			if err := pruneNotes(b, time.Now()); err != nil {
				return err
			}
		}
		if value == nil {
			return b.Delete([]byte(key))
		}
		v := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(value)), uint64(max(until.Unix(), 0)))
		return b.Put([]byte(key), append(v, value...))
	})
}

func expired(v []byte, now time.Time) bool {
	return int64(binary.BigEndian.Uint64(v[:8])) <= now.Unix()
}

func pruneNotes(b *bolt.Bucket, now time.Time) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(v) < 8 || expired(v, now) {
			if err := c.Delete(); err != nil {
				return err
			}
		}
	}
	return nil
}
