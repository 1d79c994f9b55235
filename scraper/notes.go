package scraper

import (
	"context"
	"crypto/sha256"
	"time"
)

// walkMarkTTL is how long the mark of an unfinished Europol walk is kept:
// a source not crawled for that long starts again from its feed.
const walkMarkTTL = 90 * 24 * time.Hour

// note reads a note of the Store's Notebook; nil when the Store keeps none.
func (r *sourceRun) note(ctx context.Context, key string) []byte {
	nb, ok := r.store.(Notebook)
	if !ok {
		return nil
	}
	v, err := nb.Note(ctx, key)
	if err != nil {
		r.log.Warn("cannot read the crawler's note", "source", r.src.Name, "key", key, "err", err)
	}
	return v
}

// setNote writes (or, with a nil value, deletes) a note; a Store without a
// Notebook forgets it.
func (r *sourceRun) setNote(ctx context.Context, key string, value []byte, ttl time.Duration) {
	nb, ok := r.store.(Notebook)
	if !ok {
		return
	}
	if err := nb.SetNote(ctx, key, value, time.Now().Add(ttl)); err != nil && ctx.Err() == nil {
		r.log.Warn("cannot write the crawler's note", "source", r.src.Name, "key", key, "err", err)
	}
}

// walkMarkKey names the note that holds where the source's unfinished
// Europol walk goes on.
func (r *sourceRun) walkMarkKey() string { return "europol-walk:" + r.src.Name }

// urlKey stands for a canonical URL in the sets a crawl keeps of what it
// met: a fixed 16 bytes however long the URL, so that the sets of a long
// crawl stay small.
type urlKey [16]byte

func keyOf(canon string) urlKey {
	sum := sha256.Sum256([]byte(canon))
	return urlKey(sum[:16])
}
