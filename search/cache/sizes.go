package cache

import (
	"unsafe"

	"github.com/jhasearch/jhasearch"
)

// The estimates of what a cached value holds, for the caches' byte
// budgets. They count every byte a value keeps alive that is its own: the
// structs, the slices' capacity and the strings' bytes. The strings of a
// hit's document are cut from two copies of its record (see
// indexer.parseRecordBody), together as long as the strings; the body is
// not among them. Facet values' names are the engine's columns' own,
// shared by every answer, and are not counted.

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

// StringsBytes is what a list of strings holds: its headers, to its
// capacity, and the strings' bytes.
func StringsBytes(vs []string) int {
	n := cap(vs) * stringBytes
	for _, v := range vs {
		n += len(v)
	}
	return n
}

// DocumentBytes is what d's strings and lists hold.
func DocumentBytes(d *jhasearch.Document) int {
	n := len(d.ID) + len(d.URL) + len(d.Agency) + len(d.Title) + len(d.Summary) + len(d.Body) + len(d.Language) + len(d.Group)
	for _, l := range [][]string{d.Aliases, d.Tags, d.Credits, d.Topics, d.Systems, d.Countries, d.Concepts} {
		n += StringsBytes(l)
	}
	return n
}

// AnswerBytes estimates the memory an answer holds: its hits with their
// documents and snippets, and its facets.
func AnswerBytes(r *jhasearch.SearchResult) int {
	n := resultBytes + len(r.Suggestion) + len(r.Cursor) + cap(r.Hits)*hitBytes
	for i := range r.Hits {
		h := &r.Hits[i]
		n += DocumentBytes(&h.Document) + StringsBytes(h.Agencies) + len(h.Snippet)
	}
	for name, vals := range r.Facets {
		n += mapEntryBytes + len(name) + cap(vals)*facetValueBytes
	}
	return n
}

// SetBytes is the memory of a set of entries as 64-bit words.
func SetBytes(b []uint64) int { return 8 * cap(b) }

// RequestBytes estimates the memory of a remembered request.
func RequestBytes(r jhasearch.SearchRequest) int {
	n := requestBytes0 + len(r.Query) + len(r.Cursor) + len(r.Sort)
	for name, l := range r.Filters {
		n += len(name) + StringsBytes(l)
	}
	return n
}
