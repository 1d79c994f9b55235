package ui

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// Parameter sets accepted by the endpoints that take a search. The results
// page and the JSON API share searchParams; the feed and the exports always
// start at the first result, so paging parameters would be silently ignored
// there and are refused instead. The OpenAPI test compares these sets with
// the document.
var (
	searchParams = []string{"q", "agency", "tag", "language", "from", "to", "sort", "page", "size", "cursor"}
	exportParams = []string{"q", "agency", "tag", "language", "from", "to", "sort"}
	feedParams   = []string{"q", "agency", "tag", "language", "from", "to"}
)

// maxFilterValues bounds each repeatable filter so one request cannot ask
// for thousands of OR clauses.
const maxFilterValues = 50

// parseSearchRequest turns query parameters into a validated search. It
// never corrects bad input: whatever it cannot take unchanged is an EINVALID
// error that names the parameter, what was wrong and what is allowed. Empty
// values count as absent, because a GET form sends empty date fields.
func parseSearchRequest(v url.Values, allowed []string) (jhasearch.SearchRequest, error) {
	var req jhasearch.SearchRequest
	if err := checkKnown(v, allowed); err != nil {
		return req, err
	}
	q, err := single(v, "q")
	if err != nil {
		return req, err
	}
	q = strings.TrimSpace(q)
	if n := utf8.RuneCountInString(q); n > jhasearch.MaxQueryLength {
		return req, invalidf("Parameter q is %d characters long; at most %d are allowed.", n, jhasearch.MaxQueryLength)
	}
	req.Query = q
	if req.Agencies, err = multi(v, "agency"); err != nil {
		return req, err
	}
	if req.Tags, err = multi(v, "tag"); err != nil {
		return req, err
	}
	if req.Languages, err = multi(v, "language"); err != nil {
		return req, err
	}
	if err := parseDates(v, &req); err != nil {
		return req, err
	}
	if err := parseSort(v, &req); err != nil {
		return req, err
	}
	return req, parsePaging(v, &req)
}

// checkKnown refuses parameters the endpoint does not take: a misspelt
// filter ("agencies=") would otherwise widen the search without a word.
func checkKnown(v url.Values, allowed []string) error {
	var unknown []string
	for name := range v {
		if !contains(allowed, name) {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return invalidf("Parameter %s is not known here; allowed parameters are %s.",
		quoteList(unknown), strings.Join(allowed, ", "))
}

// single returns the one value of a parameter that may not repeat.
func single(v url.Values, name string) (string, error) {
	vals := v[name]
	if len(vals) > 1 {
		return "", invalidf("Parameter %s is given %d times; give it at most once.", name, len(vals))
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
		if s == "" || contains(out, s) {
			continue
		}
		if utf8.RuneCountInString(s) > 100 {
			return nil, invalidf("Parameter %s has a value longer than 100 characters.", name)
		}
		out = append(out, s)
	}
	if len(out) > maxFilterValues {
		return nil, invalidf("Parameter %s is given %d values; at most %d are allowed.", name, len(out), maxFilterValues)
	}
	return out, nil
}

func parseDates(v url.Values, req *jhasearch.SearchRequest) error {
	var err error
	if req.From, err = parseDate(v, "from"); err != nil {
		return err
	}
	if req.To, err = parseDate(v, "to"); err != nil {
		return err
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From.After(req.To) {
		return invalidf("Parameter from (%s) is after to (%s); from must be on or before to.",
			req.From.Format(jhasearch.DateLayout), req.To.Format(jhasearch.DateLayout))
	}
	return nil
}

func parseDate(v url.Values, name string) (time.Time, error) {
	s, err := single(v, name)
	if err != nil || s == "" {
		return time.Time{}, err
	}
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		return time.Time{}, invalidf("Parameter %s is %q, which is not a date; use YYYY-MM-DD, for example 2024-02-15.", name, clip(s))
	}
	return t, nil
}

func parseSort(v url.Values, req *jhasearch.SearchRequest) error {
	s, err := single(v, "sort")
	if err != nil {
		return err
	}
	switch jhasearch.Sort(s) {
	case "":
		req.Sort = defaultSort(req.Query)
	case jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest:
		req.Sort = jhasearch.Sort(s)
	default:
		return invalidf("Parameter sort is %q; allowed values are relevance, newest and oldest.", clip(s))
	}
	return nil
}

// defaultSort is relevance for a query and newest for browsing, where every
// document scores the same.
func defaultSort(q string) jhasearch.Sort {
	if q == "" {
		return jhasearch.SortNewest
	}
	return jhasearch.SortRelevance
}

func parsePaging(v url.Values, req *jhasearch.SearchRequest) error {
	var err error
	if req.Page, err = parseInt(v, "page", 1, 1, 0); err != nil {
		return err
	}
	if req.Size, err = parseInt(v, "size", jhasearch.DefaultPageSize, 1, jhasearch.MaxPageSize); err != nil {
		return err
	}
	if req.Cursor, err = single(v, "cursor"); err != nil {
		return err
	}
	if req.Cursor != "" && v.Get("page") != "" {
		return invalidf("Parameters page and cursor cannot be combined; a cursor continues where the previous answer ended.")
	}
	if req.Cursor == "" && req.Page*req.Size > jhasearch.MaxWindow {
		return invalidf("Parameters page and size reach result %d; page × size may be at most %d. Use the cursor of the previous answer to go deeper.",
			req.Page*req.Size, jhasearch.MaxWindow)
	}
	return nil
}

// parseInt reads an optional integer in [lo, hi]; hi 0 means no upper bound.
func parseInt(v url.Values, name string, def, lo, hi int) (int, error) {
	s, err := single(v, name)
	if err != nil || s == "" {
		return def, err
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, invalidf("Parameter %s is %q, which is not a whole number.", name, clip(s))
	}
	if n < lo || (hi > 0 && n > hi) {
		if hi > 0 {
			return 0, invalidf("Parameter %s is %d; it must be between %d and %d.", name, n, lo, hi)
		}
		return 0, invalidf("Parameter %s is %d; it must be at least %d.", name, n, lo)
	}
	return n, nil
}

func invalidf(format string, args ...any) error {
	return jhasearch.Errorf(jhasearch.EINVALID, format, args...)
}

// clip shortens a user's value before it is echoed in a message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", clip(n))
	}
	return strings.Join(q, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
