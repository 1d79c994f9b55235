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
