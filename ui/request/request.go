// Package request owns the grammar of the site's addresses: reading a
// search request from query parameters (Parse, one parser for the JSON
// API, the results page, the feed, the exports and the analyst views), the
// checks every endpoint's parameters go through, and the inverse, writing
// a request back as a permalink (Values, URL). The facet table
// (jhasearch.Facets) says which filter parameters there are.
//
// It reads url.Values and writes addresses, nothing more: it must not
// import Echo nor call the engine, so that every handler of package ui and
// its sub-packages can share it and a test can drive it without a server.
package request

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
)

// SearchParams, ExportParams and FeedParams are the parameter sets
// accepted by the endpoints that take a search. The results page and the
// JSON API share SearchParams; the feed and the exports always start at
// the first result, so paging parameters would be silently ignored there
// and are refused instead. The OpenAPI test compares these sets with
// the document. The filters are the facets of jhasearch.Facets that
// filter, one repeatable parameter each, named after the facet.
var (
	SearchParams = WithFilters("from", "to", "sort", "match", "page", "size", "cursor", "lang")
	ExportParams = WithFilters("from", "to", "sort", "match")
	FeedParams   = WithFilters("from", "to", "match")
)

// WithFilters returns q, the filter parameters and then rest.
func WithFilters(rest ...string) []string {
	out := []string{"q"}
	for _, f := range jhasearch.FilterFacets() {
		out = append(out, f.Name)
	}
	return append(out, rest...)
}

// MaxFilterValues bounds each repeatable filter so one request cannot ask
// for thousands of OR clauses.
const MaxFilterValues = 50

// Parse turns query parameters into a validated search. It
// never corrects bad input: whatever it cannot take unchanged is an EINVALID
// error that names the parameter, what was wrong and what is allowed. Empty
// values count as absent, because a GET form sends empty date fields.
func Parse(v url.Values, allowed []string) (jhasearch.SearchRequest, error) {
	var req jhasearch.SearchRequest
	if err := CheckKnown(v, allowed); err != nil {
		return req, err
	}
	if err := CheckUTF8(v, allowed); err != nil {
		return req, err
	}
	q, err := Single(v, "q")
	if err != nil {
		return req, err
	}
	q = strings.TrimSpace(q)
	if n := utf8.RuneCountInString(q); n > jhasearch.MaxQueryLength {
		return req, Invalidf("Parameter q is %d characters long; at most %d are allowed.", n, jhasearch.MaxQueryLength)
	}
	req.Query = q
	if err := parseFilters(v, &req); err != nil {
		return req, err
	}
	if err := parseDates(v, &req); err != nil {
		return req, err
	}
	if err := parseSort(v, &req); err != nil {
		return req, err
	}
	if err := parseMatch(v, &req); err != nil {
		return req, err
	}
	if err := parseLang(v, &req); err != nil {
		return req, err
	}
	return req, parsePaging(v, &req)
}

// parseLang reads the language of the facet labels, one of the official
// languages.
func parseLang(v url.Values, req *jhasearch.SearchRequest) error {
	l, err := Single(v, "lang")
	if err != nil || l == "" {
		return err
	}
	code, ok := lang.Normalize(l)
	if !ok {
		return Invalidf("Parameter lang %q is not an official EU language; use one of %s.", Clip(l), strings.Join(lang.Codes, ", "))
	}
	req.Lang = code
	return nil
}

// parseFilters reads the repeatable filters, one per facet that filters.
// A facet with a closed list of values (jhasearch.Facet.Choices) refuses
// any other value.
func parseFilters(v url.Values, req *jhasearch.SearchRequest) error {
	for _, f := range jhasearch.FilterFacets() {
		vals, err := multi(v, f.Name)
		if err != nil {
			return err
		}
		for _, s := range vals {
			if !f.Valid(s) {
				return Invalidf("Parameter %s is %q; allowed values are %s.", f.Name, Clip(s), strings.Join(f.ChoiceValues(), ", "))
			}
		}
		if len(vals) > 0 {
			if req.Filters == nil {
				req.Filters = jhasearch.Filters{}
			}
			req.Filters[f.Name] = vals
		}
	}
	return nil
}

// CheckKnown refuses parameters the endpoint does not take: a misspelt
// filter ("agencies=") would otherwise widen the search without a word.
func CheckKnown(v url.Values, allowed []string) error {
	var unknown []string
	for name := range v {
		if !slices.Contains(allowed, name) {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	if len(unknown) > 5 {
		// Echo a few, not a request's worth of names.
		unknown = append(unknown[:5], "…")
	}
	if len(allowed) == 0 {
		return Invalidf("Parameter %s is not known here; this address takes no parameters.", quoteList(unknown))
	}
	return Invalidf("Parameter %s is not known here; allowed parameters are %s.",
		quoteList(unknown), strings.Join(allowed, ", "))
}

// CheckUTF8 refuses values that are not UTF-8: they match nothing in the
// index, and every answer that echoes them would alter them to U+FFFD.
func CheckUTF8(v url.Values, allowed []string) error {
	for _, name := range allowed {
		for _, s := range v[name] {
			if !utf8.ValidString(s) {
				return Invalidf("Parameter %s is not valid UTF-8 text; percent-encode its UTF-8 bytes.", name)
			}
		}
	}
	return nil
}

// Single returns the one value of a parameter that may not repeat.
func Single(v url.Values, name string) (string, error) {
	vals := v[name]
	if len(vals) > 1 {
		return "", Invalidf("Parameter %s is given %d times; give it at most once.", name, len(vals))
	}
	if len(vals) == 0 {
		return "", nil
	}
	return vals[0], nil
}

// multi returns the distinct non-empty values of a repeatable filter.
func multi(v url.Values, name string) ([]string, error) {
	var out []string
	for _, s := range v[name] {
		s = strings.TrimSpace(s)
		if s == "" || slices.Contains(out, s) {
			continue
		}
		if utf8.RuneCountInString(s) > 100 {
			return nil, Invalidf("Parameter %s has a value longer than 100 characters.", name)
		}
		out = append(out, s)
	}
	if len(out) > MaxFilterValues {
		return nil, Invalidf("Parameter %s is given %d values; at most %d are allowed.", name, len(out), MaxFilterValues)
	}
	return out, nil
}

// Invalidf is the error of a request the site refuses: EINVALID, with a
// message for the person or program that sent it.
func Invalidf(format string, args ...any) error {
	return jhasearch.Errorf(jhasearch.EINVALID, format, args...)
}

// Clip shortens a user's value before it is echoed in a message.
func Clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", Clip(n))
	}
	return strings.Join(q, ", ")
}

// trackingParams are what mail and social sites add to links people share.
var trackingParams = []string{"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"}

// WithoutTracking returns v without the parameters that trackers add
// (utm_*, fbclid, …). The pages ignore them, so that a shared search still
// opens; the API refuses them like any parameter it does not know.
func WithoutTracking(v url.Values) url.Values {
	out := url.Values{}
	for name, vals := range v {
		if strings.HasPrefix(name, "utm_") || slices.Contains(trackingParams, name) {
			continue
		}
		out[name] = vals
	}
	return out
}
