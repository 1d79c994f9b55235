package jhasearch

import "time"

// Page is a fetched article page as the archive keeps it, so that a rebuild
// can extract it again with today's rules and without the network.
type Page struct {
	// URL is the canonical URL of the page (see CanonicalURL).
	URL string `json:"url"`
	// Source is the name of the source whose rules extract the page.
	Source string `json:"source"`
	// Content is the body exactly as received; nil when only the metadata
	// was loaded.
	Content []byte `json:"-"`
	// Served is the body the server sent when Content is the DOM a browser
	// rendered from it (a source with fetch: browser); nil otherwise, and
	// nil when only the metadata was loaded.
	Served       []byte `json:"-"`
	ContentType  string `json:"content_type,omitempty"`
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	Hash         string `json:"hash"` // hex SHA-256 of Content
	// Rendered says Content is the DOM a browser rendered (fetch: browser).
	Rendered  bool      `json:"rendered,omitempty"`
	FetchedAt time.Time `json:"fetched_at"`
}
