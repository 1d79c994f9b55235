package search

import (
	"unsafe"

	"github.com/jhasearch/jhasearch"
)

// The estimates of what a cached value holds, for the caches' byte
// budgets (cache.go). They count every byte a value keeps alive that is
// its own: the structs, the slices' capacity and the strings' bytes. The
// strings of a hit's document are cut from two copies of its record (see
// indexer.parseRecordBody), together as long as the strings; the body is
// not among them. Facet values' names are the columns' own, shared by
// every answer, and are not counted.

var (
	resultBytes     = int(unsafe.Sizeof(jhasearch.SearchResult{}))
	hitBytes        = int(unsafe.Sizeof(jhasearch.Hit{}))
	facetValueBytes = int(unsafe.Sizeof(jhasearch.FacetValue{}))
	stringBytes     = int(unsafe.Sizeof(""))
	requestBytes0   = int(unsafe.Sizeof(jhasearch.SearchRequest{}))
)

// mapEntryBytes is a map entry's share of its table, key and value
// headers included, rounded up.
const mapEntryBytes = 64

func stringsBytes(vs []string) int {
	n := cap(vs) * stringBytes
	for _, v := range vs {
		n += len(v)
	}
	return n
}

// documentBytes is what d's strings and lists hold.
func documentBytes(d *jhasearch.Document) int {
	n := len(d.ID) + len(d.URL) + len(d.Agency) + len(d.Title) + len(d.Summary) + len(d.Body) + len(d.Language) + len(d.Group)
	for _, l := range [][]string{d.Aliases, d.Tags, d.Credits, d.Topics, d.Systems, d.Countries, d.Concepts} {
		n += stringsBytes(l)
	}
	return n
}

// answerBytes estimates the memory an answer holds: its hits with their
// documents and snippets, and its facets.
func answerBytes(r *jhasearch.SearchResult) int {
	n := resultBytes + len(r.Suggestion) + len(r.Cursor) + cap(r.Hits)*hitBytes
	for i := range r.Hits {
		h := &r.Hits[i]
		n += documentBytes(&h.Document) + stringsBytes(h.Agencies) + len(h.Snippet)
	}
	for name, vals := range r.Facets {
		n += mapEntryBytes + len(name) + cap(vals)*facetValueBytes
	}
	return n
}

// setBytes is the memory of a set of entries.
func setBytes(b []uint64) int { return 8 * cap(b) }

// searchRequestBytes estimates the memory of a remembered request.
func searchRequestBytes(r jhasearch.SearchRequest) int {
	n := requestBytes0 + len(r.Query) + len(r.Cursor) + len(r.Sort)
	for name, l := range r.Filters {
		n += len(name) + stringsBytes(l)
	}
	return n
}
