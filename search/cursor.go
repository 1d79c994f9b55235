package search

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"hash/fnv"
	"strings"

	"github.com/jhasearch/jhasearch"
)

// cursor is the sort key of the last hit of an answer. It is opaque to
// clients (base64 of JSON) and bound to the request it came from, so that
// it cannot continue a different search.
type cursor struct {
	Request uint64  `json:"r"`
	Score   float64 `json:"s,omitempty"`
	// Published is in Unix seconds, under a key of its own: the
	// nanoseconds of old cursors, under "p", wrapped outside 1678 to 2262,
	// and such a cursor is refused rather than misread.
	Published int64  `json:"t"`
	ID        string `json:"i"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c) // a struct of plain fields cannot fail
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string, req *jhasearch.SearchRequest) (*cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c cursor
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		err = dec.Decode(&c)
	}
	if err != nil || c.ID == "" {
		return nil, jhasearch.Errorf(jhasearch.EINVALID,
			"The cursor is not valid; use the cursor of a previous answer exactly as it was given.")
	}
	if c.Request != requestHash(req) {
		return nil, jhasearch.Errorf(jhasearch.EINVALID,
			"The cursor belongs to a different search; a cursor continues only the search (q, filters, sort) that returned it.")
	}
	return &c, nil
}

// requestHash identifies what a cursor may continue: the query, the
// filters and the sort, but not the page or its size.
func requestHash(req *jhasearch.SearchRequest) uint64 {
	h := fnv.New64a()
	w := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	w(req.Query)
	w(string(effectiveSort(req)))
	w(matchMode(req))
	w(req.Filters.Key())
	w(req.From.String())
	w(req.To.String())
	return h.Sum64()
}

// matchMode is the request's matching strategy, MatchAny when empty.
func matchMode(req *jhasearch.SearchRequest) string {
	if req.Match == jhasearch.MatchAll {
		return jhasearch.MatchAll
	}
	return jhasearch.MatchAny
}

// effectiveSort is the sort actually applied: relevance means nothing
// without a query, so an empty query is listed newest first.
func effectiveSort(req *jhasearch.SearchRequest) jhasearch.Sort {
	if strings.TrimSpace(req.Query) == "" && (req.Sort == jhasearch.SortRelevance || req.Sort == "") {
		return jhasearch.SortNewest
	}
	if req.Sort == "" {
		return jhasearch.SortRelevance
	}
	return req.Sort
}
