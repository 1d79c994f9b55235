package extract

import (
	"net/url"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
)

// Selectors are a source's optional CSS selectors; generic extraction
// fills in whatever they leave out. The sources file's select key.
type Selectors struct {
	Title   string
	Date    string
	Summary string
	Body    string
	Tags    string
	Remove  []string
}

// Rules are what extraction needs to know of one source: its rules from
// the sources file, compiled. The scraper builds them from a loaded
// Source; every selector in them must compile.
type Rules struct {
	// Name is the source's name, the document's agency.
	Name string
	// Europol says the source's releases are answers of Europol's JSON node
	// API (kind europol), read as such when the page is JSON.
	Europol bool
	Select  Selectors
	// DateLayout is a Go time layout tried before the built-in ones.
	DateLayout string
	// Zone is the zone the agency dates its releases in; Stamp the zone
	// in which date-times written without a zone are read. Both required.
	Zone, Stamp *time.Location
	// Language is the language when the page names none.
	Language string
	// TagLine says the body may end with a plain line of tags separated
	// by "; ".
	TagLine bool
	// Rendered says the pages are the DOM headless Chromium rendered, so an
	// empty page with scripts is no JavaScript shell to report.
	Rendered bool
	// OwnsHost reports whether host (without port) is one of the source's
	// hosts; required.
	OwnsHost func(host string) bool
	// ReleaseLink resolves href against base and returns its canonical URL
	// when it links to one of the source's releases (as discovery finds
	// them); required. A page linking to several releases is a listing.
	ReleaseLink func(base *url.URL, href string) (canon string, ok bool)
	// Facets sets the facet values the source's rules give the release
	// (the sources file's facets:); page is nil for a Europol API answer.
	// Nil: the source has no such rules.
	Facets func(doc *jhasearch.Document, page *goquery.Document)
}

// facets applies the source's facet rules, if any.
func (src Rules) facets(doc *jhasearch.Document, page *goquery.Document) {
	if src.Facets != nil {
		src.Facets(doc, page)
	}
}
