package scraper

import (
	"net/url"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper/extract"
	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// A loaded Source is handed to the fetcher as a fetch.Site and to
// extraction as extract.Rules: each sees only its part of the sources file.

// site is what the fetcher needs of the source.
func (s *Source) site() *fetch.Site {
	return &fetch.Site{Name: s.Name, OwnsHost: s.ownsHost, AllowsPrivate: s.allowsPrivate,
		Header: s.header(), Rate: s.Rate, PageBudget: s.PageBudget, HostBudget: s.HostBudget}
}

// rules are the source's extraction rules.
func (s Source) rules() extract.Rules {
	return extract.Rules{Name: s.Name, Europol: s.Kind == KindEuropol,
		Select: extract.Selectors{Title: s.Select.Title, Date: s.Select.Date, Summary: s.Select.Summary,
			Body: s.Select.Body, Tags: s.Select.Tags, Remove: s.Select.Remove},
		DateLayout: s.DateLayout, Zone: s.loc, Stamp: s.stamp, Language: s.Language,
		TagLine: s.TagLine, Rendered: s.NeedsBrowser(), OwnsHost: s.ownsHost,
		ReleaseLink: func(base *url.URL, href string) (string, bool) {
			l, ok := s.newLink(base, href)
			return l.canon, ok
		},
		Facets: s.applyFacetRules}
}

// Extract turns a stored raw page into a release with the source's rules of
// today (extract.Release). It needs no network, so a rebuild re-extracts
// the whole archive. The crawl calls it too: for the same page it gives the
// same Document, except for the old URL of an HTTP redirect, which only the
// crawl sees and the archive keeps as an alias.
func Extract(src Source, page jhasearch.Page) (jhasearch.Document, error) {
	if err := src.ready(); err != nil {
		return jhasearch.Document{}, err
	}
	return extract.Release(src.rules(), page)
}

// RejectError says why a fetched page is not a release (a listing, a cookie
// wall, a bot challenge, a page without a title or date). The crawler
// reports it as the page's failure instead of indexing the page.
type RejectError = extract.RejectError

// IsRejected reports whether err says the page is not a release.
func IsRejected(err error) bool { return extract.IsRejected(err) }

// ErrDisallowed marks a page that a rule of robots.txt does not let the
// crawler fetch (fetch.ErrDisallowed). The crawl skips such a page; it is
// not a failure.
var ErrDisallowed = fetch.ErrDisallowed

// BrowserConfig tunes the headless Chromium that loads the sources with
// fetch: browser (fetch.BrowserConfig).
type BrowserConfig = fetch.BrowserConfig

// ErrNoBrowser marks a source with fetch: browser on a machine without
// Chromium.
var ErrNoBrowser = fetch.ErrNoBrowser

// LookBrowser returns the Chromium executable that a crawl would start:
// path when set, else the first of chromium, chromium-browser and
// google-chrome on PATH (fetch.LookBrowser).
func LookBrowser(path string) (string, error) { return fetch.LookBrowser(path) }
