package archive

import (
	"context"
	"iter"

	"github.com/jhasearch/jhasearch"
	bolt "go.etcd.io/bbolt"
)

// Record is a stored document with the raw page it was extracted from.
type Record struct {
	Document jhasearch.Document
	// Page is nil for imported documents; its Content is loaded only by
	// Records.
	Page *jhasearch.Page
}

// Documents yields every document in id order. It reads from one snapshot:
// writes made meanwhile (by this process) are not seen.
func (a *Archive) Documents(ctx context.Context) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for rec, err := range a.walk(ctx, false) {
			if !yield(rec.Document, err) || err != nil {
				return
			}
		}
	}
}

// Records yields every document with its raw page and the page's content,
// for extracting them again with today's rules.
func (a *Archive) Records(ctx context.Context) iter.Seq2[Record, error] {
	return a.walk(ctx, true)
}

func (a *Archive) walk(ctx context.Context, content bool) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		stopped := false
		err := a.db.View(func(tx *bolt.Tx) error {
			docs := tx.Bucket(bucketDocs)
			if docs == nil {
				return nil
			}
			raw := tx.Bucket(bucketRaw)
			c := docs.Cursor()
			for k, _ := c.First(); k != nil; k, _ = c.Next() {
				if err := ctx.Err(); err != nil {
					return err
				}
				rec, err := getRecord(tx, k)
				if err != nil {
					return err
				}
				out := Record{Document: rec.Document, Page: rec.Page}
				if content && rec.Page != nil {
					if out.Page.Content, err = decompress(raw.Get(k)); err != nil {
						return err
					}
				}
				if !yield(out, nil) {
					stopped = true
					return nil
				}
			}
			return nil
		})
		if err != nil && !stopped {
			yield(Record{}, err)
		}
	}
}

// Get returns one record with its page content (and, for a rendered page,
// the body the server sent); nil when the id is unknown.
func (a *Archive) Get(ctx context.Context, id string) (*Record, error) {
	var out *Record
	err := a.db.View(func(tx *bolt.Tx) error {
		rec, err := getRecord(tx, []byte(id))
		if err != nil || rec == nil {
			return err
		}
		out = &Record{Document: rec.Document, Page: rec.Page}
		if rec.Page == nil {
			return nil
		}
		if out.Page.Content, err = decompress(tx.Bucket(bucketRaw).Get([]byte(id))); err != nil {
			return err
		}
		if b := tx.Bucket(bucketServed); b != nil && b.Get([]byte(id)) != nil {
			out.Page.Served, err = decompress(b.Get([]byte(id)))
		}
		return err
	})
	return out, err
}

// IDs returns the id of every document, in order.
func (a *Archive) IDs(ctx context.Context) ([]string, error) {
	var ids []string
	err := a.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDocs).ForEach(func(k, _ []byte) error {
			ids = append(ids, string(k))
			return ctx.Err()
		})
	})
	return ids, err
}
