package scraper

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch/scraper/fetch"
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

// goneKey names the note of a release that answered 404 or 410.
func goneKey(canon string) string { return "gone:" + canon }

// goneWait is how long a release is not asked for after its strikes'th
// 404 or 410 in a row: Config.GoneBackoff, doubled each time, at most 64
// times as long.
func (r *sourceRun) goneWait(strikes int) time.Duration {
	return r.cfg.GoneBackoff << min(max(strikes-1, 0), 6)
}

// goneYet reads what is remembered of l's earlier 404 and 410 answers into
// l.strikes, and reports whether its wait is still on.
func (r *sourceRun) goneYet(ctx context.Context, l *Link) bool {
	v := r.note(ctx, goneKey(l.canon))
	if v == nil {
		return false
	}
	var status, strikes int
	var at int64
	if _, err := fmt.Sscan(string(v), &status, &strikes, &at); err != nil || strikes < 1 {
		return false
	}
	l.strikes = strikes
	return time.Now().Before(time.Unix(at, 0).Add(r.goneWait(strikes)))
}

// noteGone remembers that l answered 404 or 410, when err says so. The
// note outlives the wait, so that a release gone again doubles it.
func (r *sourceRun) noteGone(ctx context.Context, l Link, err error) {
	var se *fetch.StatusError
	if !fetch.IsGone(err) || !errors.As(err, &se) {
		return
	}
	strikes := l.strikes + 1
	v := fmt.Sprintf("%d %d %d", se.Code, strikes, time.Now().Unix())
	r.setNote(ctx, goneKey(l.canon), []byte(v), 2*r.goneWait(strikes))
}

// forgetGone drops the note of a release that answers again.
func (r *sourceRun) forgetGone(ctx context.Context, l Link) {
	if l.strikes > 0 {
		r.setNote(ctx, goneKey(l.canon), nil, 0)
	}
}
