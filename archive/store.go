package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/jhasearch/jhasearch"
	bolt "go.etcd.io/bbolt"
)

// Page returns the metadata of the raw page stored for a canonical URL (the
// document's current URL or one of its aliases), without Content; nil and
// no error when the URL is unknown or its document was imported.
func (a *Archive) Page(ctx context.Context, url string) (*jhasearch.Page, error) {
	var page *jhasearch.Page
	err := a.db.View(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketURLs).Get([]byte(url))
		if id == nil {
			return nil
		}
		rec, err := getRecord(tx, id)
		if err != nil || rec == nil {
			return err
		}
		page = rec.Page
		return nil
	})
	return page, err
}

// Save stores a fetched article and its raw page in one transaction. When the
// document's URL or one of its aliases is already known, the known document
// is replaced and keeps its id, and the URLs of both are kept.
func (a *Archive) Save(ctx context.Context, doc jhasearch.Document, page jhasearch.Page) error {
	raw, err := compress(page.Content)
	if err != nil {
		return err
	}
	var served []byte
	if page.Served != nil {
		if served, err = compress(page.Served); err != nil {
			return err
		}
	}
	meta := page
	meta.Content, meta.Served = nil, nil
	return a.db.Update(func(tx *bolt.Tx) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, _, err := merge(tx, doc, false)
		if err != nil {
			return err
		}
		if err := putRecord(tx, record{Document: doc, Page: &meta}); err != nil {
			return err
		}
		if err := putServed(tx, doc.ID, served); err != nil {
			return err
		}
		return tx.Bucket(bucketRaw).Put([]byte(doc.ID), raw)
	})
}

// Touch records that the page at url was checked at t and had not changed.
func (a *Archive) Touch(ctx context.Context, url string, t time.Time) error {
	return a.db.Update(func(tx *bolt.Tx) error {
		id := tx.Bucket(bucketURLs).Get([]byte(url))
		if id == nil {
			return fmt.Errorf("archive: touch %s: unknown url", url)
		}
		rec, err := getRecord(tx, id)
		if err != nil || rec == nil || rec.Page == nil {
			return err
		}
		rec.Page.FetchedAt = t
		rec.Document.FetchedAt = t
		return putRecord(tx, *rec)
	})
}

// PutResult says what Put did: which documents were new, which replaced
// stored ones, and which stored documents are gone because a document of
// another id took their URL or an alias.
type PutResult struct {
	// New counts the documents that replaced no stored document.
	New int
	// Replaced counts the documents that replaced at least one stored
	// document: the one with their id, or one that owned their URL or an
	// alias (an earlier line of the same import included).
	Replaced int
	// Removed counts the stored documents of another id that a document
	// replaced by taking their URL or an alias; Examples names the first
	// MaxRemovalExamples of them.
	Removed  int
	Examples []Removal
}

// MaxRemovalExamples bounds PutResult.Examples.
const MaxRemovalExamples = 10

// Removal is a stored document that an imported one replaced under
// another id.
type Removal struct {
	ID  string // the removed document's id
	By  string // the id of the document that replaced it
	URL string // the URL or alias they shared
}

// Add adds the counts of o to r, keeping at most MaxRemovalExamples.
func (r *PutResult) Add(o PutResult) {
	r.New += o.New
	r.Replaced += o.Replaced
	r.Removed += o.Removed
	for _, e := range o.Examples {
		if len(r.Examples) < MaxRemovalExamples {
			r.Examples = append(r.Examples, e)
		}
	}
}

// Put adds or replaces documents given without raw pages (an import), all
// in one transaction: either every document is stored or none is. A document
// without an id gets the id of the document that owns its URL, or one
// derived from the URL.
func (a *Archive) Put(ctx context.Context, docs []jhasearch.Document) (PutResult, error) {
	var res PutResult
	err := a.db.Update(func(tx *bolt.Tx) error {
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			merged, olds, err := merge(tx, doc, true)
			if err != nil {
				return err
			}
			res.count(merged, olds)
			if err := putRecord(tx, record{Document: merged}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return PutResult{}, err
	}
	return res, nil
}

// count records one stored document and the stored ones it replaced.
func (r *PutResult) count(doc jhasearch.Document, olds []*record) {
	if len(olds) == 0 {
		r.New++
		return
	}
	r.Replaced++
	for _, old := range olds {
		if old.Document.ID == doc.ID {
			continue
		}
		r.Removed++
		if len(r.Examples) < MaxRemovalExamples {
			r.Examples = append(r.Examples, Removal{ID: old.Document.ID, By: doc.ID, URL: sharedURL(doc, old.Document)})
		}
	}
}

// sharedURL returns the first URL of doc that old owned too.
func sharedURL(doc, old jhasearch.Document) string {
	owned := append([]string{old.URL}, old.Aliases...)
	for _, u := range append([]string{doc.URL}, doc.Aliases...) {
		if u != "" && slices.Contains(owned, u) {
			return u
		}
	}
	return ""
}

// merge resolves which stored document doc replaces: the one with its id,
// or else the one that already owns its URL or an alias. A crawl (replace
// false) keeps that document's id and its URLs as aliases, since the same
// release has moved; an import (replace true) replaces it whole under the
// id it gives, dropping the old document's URLs. Every URL of the result
// points at its id. It returns the stored documents it replaced.
func merge(tx *bolt.Tx, doc jhasearch.Document, replace bool) (jhasearch.Document, []*record, error) {
	urls := tx.Bucket(bucketURLs)
	var olds []*record
	seen := map[string]bool{}
	for _, id := range append([]string{doc.ID}, lookupIDs(urls, doc)...) {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		rec, err := getRecord(tx, []byte(id))
		if err != nil {
			return doc, nil, err
		}
		if rec != nil {
			olds = append(olds, rec)
		}
	}
	switch {
	case doc.ID == "" && len(olds) > 0:
		doc.ID = olds[0].Document.ID
	case doc.ID == "":
		doc.ID = jhasearch.DocumentID(doc.URL)
	case !replace && len(olds) > 0:
		doc.ID = olds[0].Document.ID
	}
	for _, old := range olds {
		if !replace {
			doc.Aliases = union(doc.URL, doc.Aliases, append([]string{old.Document.URL}, old.Document.Aliases...))
		}
		if err := drop(tx, old.Document); err != nil {
			return doc, nil, err
		}
	}
	return doc, olds, pointURLs(tx, doc)
}

// pointURLs makes doc's URL and aliases resolve to its id.
func pointURLs(tx *bolt.Tx, doc jhasearch.Document) error {
	for _, u := range append([]string{doc.URL}, doc.Aliases...) {
		if u == "" {
			continue
		}
		if err := tx.Bucket(bucketURLs).Put([]byte(u), []byte(doc.ID)); err != nil {
			return err
		}
	}
	return nil
}

// lookupIDs returns the ids that doc's URL and aliases already point at.
func lookupIDs(urls *bolt.Bucket, doc jhasearch.Document) []string {
	var ids []string
	for _, u := range append([]string{doc.URL}, doc.Aliases...) {
		if id := urls.Get([]byte(u)); u != "" && id != nil {
			ids = append(ids, string(id))
		}
	}
	return ids
}

// drop removes a document, its raw page and its URLs.
func drop(tx *bolt.Tx, doc jhasearch.Document) error {
	for _, u := range append([]string{doc.URL}, doc.Aliases...) {
		if u == "" {
			continue
		}
		if err := tx.Bucket(bucketURLs).Delete([]byte(u)); err != nil {
			return err
		}
	}
	if err := tx.Bucket(bucketRaw).Delete([]byte(doc.ID)); err != nil {
		return err
	}
	if err := putServed(tx, doc.ID, nil); err != nil {
		return err
	}
	return tx.Bucket(bucketDocs).Delete([]byte(doc.ID))
}

// union returns aliases followed by the extra URLs not yet among them,
// leaving out current, which is the document's own URL.
func union(current string, aliases, extra []string) []string {
	seen := map[string]bool{current: true, "": true}
	var out []string
	for _, u := range append(append([]string(nil), aliases...), extra...) {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

func getRecord(tx *bolt.Tx, id []byte) (*record, error) {
	data := tx.Bucket(bucketDocs).Get(id)
	if data == nil {
		return nil, nil
	}
	var rec record
	if err := json.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("archive: decode document %s: %w", id, err)
	}
	return &rec, nil
}

func putRecord(tx *bolt.Tx, rec record) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("archive: encode document %s: %w", rec.Document.ID, err)
	}
	return tx.Bucket(bucketDocs).Put([]byte(rec.Document.ID), data)
}

// putServed keeps the served copy of a rendered page, or removes a stale
// one when gz is nil (the page is no longer rendered).
func putServed(tx *bolt.Tx, id string, gz []byte) error {
	b := tx.Bucket(bucketServed)
	if gz == nil {
		return b.Delete([]byte(id))
	}
	return b.Put([]byte(id), gz)
}

func compress(content []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(content); err != nil {
		return nil, fmt.Errorf("archive: compress page: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("archive: compress page: %w", err)
	}
	return buf.Bytes(), nil
}

func decompress(data []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("archive: decompress page: %w", err)
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// Replace stores documents extracted again from their own raw pages, in one
// transaction. Each must exist already; its raw page stays as it is, and new
// aliases start resolving to it.
func (a *Archive) Replace(ctx context.Context, docs []jhasearch.Document) error {
	return a.db.Update(func(tx *bolt.Tx) error {
		for _, doc := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			rec, err := getRecord(tx, []byte(doc.ID))
			if err != nil {
				return err
			}
			if rec == nil {
				return fmt.Errorf("archive: replace %s: no such document", doc.ID)
			}
			if err := pointURLs(tx, doc); err != nil {
				return err
			}
			rec.Document = doc
			if err := putRecord(tx, *rec); err != nil {
				return err
			}
		}
		return nil
	})
}
