package scraper

import (
	"context"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Store is what the crawler needs of the archive. The archive package
// implements it; the crawler never sees how pages are kept.
type Store interface {
	// Page returns the metadata (validators, hash, fetch time) of the page
	// stored for a canonical article URL, without its Content; nil and no
	// error when the URL is unknown. Aliases of a document resolve too.
	Page(ctx context.Context, url string) (*jhasearch.Page, error)
	// Save stores a fetched article: its extracted document and raw page, in
	// one atomic step. A document whose URL or aliases are already known
	// replaces that document and keeps its id.
	Save(ctx context.Context, doc jhasearch.Document, page jhasearch.Page) error
	// Touch records that a known page was checked at t and had not changed.
	Touch(ctx context.Context, url string, t time.Time) error
}

// Notebook is where the crawler keeps small notes between crawls: where an
// unfinished Europol walk is to go on, and the releases that answered 404
// or 410, not asked for again for a while. The archive implements it. A
// Store without it works but forgets: every crawl asks again for what was
// gone, and a Europol walk cut short is only completed by a full crawl.
type Notebook interface {
	// Note returns the value stored under key; nil when there is none or
	// it has expired.
	Note(ctx context.Context, key string) ([]byte, error)
	// SetNote stores value under key until the given time; a nil value
	// deletes the note.
	SetNote(ctx context.Context, key string, value []byte, until time.Time) error
}
