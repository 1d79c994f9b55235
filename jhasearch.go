// Package jhasearch holds the domain types that every part of the product
// speaks: the press release, the search request and answer, facet values and
// the error type with codes. It imports nothing of the project and nothing
// outside the standard library, so that every other package can depend on it.
package jhasearch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Document is one press release or news item of an agency's newsroom.
type Document struct {
	// ID is stable: derived from the canonical URL unless an import gives one.
	ID string `json:"id"`
	// URL is where the release lives now; Aliases are older URLs of the same
	// release (a site migration), kept so links to them still resolve.
	URL     string   `json:"url,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	Agency  string   `json:"agency"`
	Title   string   `json:"title"`
	// Published is the publication date at midnight UTC.
	Published time.Time `json:"published"`
	Summary   string    `json:"summary,omitempty"`
	// Body is plain text; paragraphs are separated by a blank line.
	Body string   `json:"body,omitempty"`
	Tags []string `json:"tags,omitempty"`
	// Language is the release's language as the page or the import says
	// it, "" when neither does; the build decides the language it is
	// analysed in from this and the text (package lang).
	Language string `json:"language"`
	// Translations are the URLs (or ids) of the same release in other
	// languages: a page's hreflang and alternate links, an import's
	// translation_of. The build shows the versions as one release.
	Translations []string `json:"translations,omitempty"`
	// Credits are photo and copyright lines, kept out of the body.
	Credits []string `json:"credits,omitempty"`
	// FetchedAt is when the raw page was last fetched; zero for imports.
	FetchedAt time.Time `json:"fetched_at,omitempty"`
	// Group names the joint-release group when several agencies published
	// the same release; empty for a release that stands alone.
	Group string `json:"group,omitempty"`
	// Topics, Systems and Countries are the preferred labels of the
	// vocabulary's concepts the release mentions (package vocab), and
	// Concepts their ids, broader ones and agencies included. They are
	// derived at build time from the fields above, never scraped.
	Topics    []string `json:"topics,omitempty"`
	Systems   []string `json:"systems,omitempty"`
	Countries []string `json:"countries,omitempty"`
	Concepts  []string `json:"concepts,omitempty"`
	// Type is what kind of item the release is, one of TypeChoices, from
	// its source's rules or its import; "" when neither says (the type
	// facet counts it as TypeOther).
	Type string `json:"type,omitempty"`
}

// DateLayout is the layout of publication dates in the API and import format.
const DateLayout = "2006-01-02"

// CanonicalURL reduces an article URL to the key that identifies it: scheme,
// host without "www." and path without a trailing slash; no query, no
// fragment. Two spellings of the same address give the same key.
func CanonicalURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("jhasearch: parse url %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("jhasearch: url %q: scheme must be http or https", raw)
	}
	if u.Host == "" {
		return "", fmt.Errorf("jhasearch: url %q: no host", raw)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.TrimRight(u.EscapedPath(), "/")
	return u.Scheme + "://" + host + path, nil
}

// DocumentID derives the stable document id from a canonical URL.
func DocumentID(canonical string) string {
	sum := sha256.Sum256([]byte(canonical))
	return hex.EncodeToString(sum[:8])
}
