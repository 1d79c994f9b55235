package request

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// FuzzParseSearchRequest feeds arbitrary query strings to the parser that
// the results page and the API share. Whatever it accepts must satisfy
// every limit the engine relies on; whatever it refuses must be an
// EINVALID error with a sentence a person can read.
func FuzzParseSearchRequest(f *testing.F) {
	for _, seed := range []string{
		"", "q=frontex", "q=a&page=2&size=100", "q=x&cursor=abc", "q=x&cursor=abc&page=2",
		"page=0", "page=-1", "size=1000000", "page=999999999", "page=9223372036854775807&size=2",
		"size=100&page=101", "from=2024-02-30", "from=2024-05-01&to=2024-01-01", "sort=oldest",
		"agency=Europol&agency=Europol&agency=%20", "tag=" + strings.Repeat("x", 101),
		"q=%ff%fe", "agency=%c3%28", "q=caf%c3%a9", "agencies=Europol", "q=1&q=2",
		"q=" + strings.Repeat("a", 501), "q=%20%20frontex%20%20",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return // the HTTP layer never gets here with a malformed query
		}
		req, err := Parse(v, SearchParams)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		checkRequest(t, req)
	})
}

// checkRefusal asserts that err is a readable EINVALID error.
func checkRefusal(t *testing.T, err error) {
	t.Helper()
	var e *jhasearch.Error
	if !errors.As(err, &e) || e.Code != jhasearch.EINVALID {
		t.Fatalf("error %v is not an EINVALID *jhasearch.Error", err)
	}
	if e.Message == "" || !utf8.ValidString(e.Message) || utf8.RuneCountInString(e.Message) > 1000 {
		t.Fatalf("message %q is empty, not UTF-8 or longer than 1000 characters", e.Message)
	}
}

// checkRequest asserts the limits an accepted request must keep.
func checkRequest(t *testing.T, req jhasearch.SearchRequest) {
	t.Helper()
	if req.Size < 1 || req.Size > jhasearch.MaxPageSize || req.Page < 1 {
		t.Fatalf("page %d, size %d out of bounds", req.Page, req.Size)
	}
	// Divided, not multiplied: the product of two accepted ints may overflow.
	if req.Cursor == "" && req.Page > jhasearch.MaxWindow/req.Size {
		t.Fatalf("page %d × size %d is beyond the window of %d", req.Page, req.Size, jhasearch.MaxWindow)
	}
	if req.Cursor != "" && req.Page != 1 {
		t.Fatalf("cursor %q accepted together with page %d", req.Cursor, req.Page)
	}
	if utf8.RuneCountInString(req.Query) > jhasearch.MaxQueryLength || req.Query != strings.TrimSpace(req.Query) {
		t.Fatalf("query %q is too long or not trimmed", req.Query)
	}
	for _, s := range append([]string{req.Query, req.Cursor}, allFilters(req)...) {
		if !utf8.ValidString(s) {
			t.Fatalf("accepted value %q is not valid UTF-8", s)
		}
	}
	for name, vals := range req.Filters {
		checkFilter(t, name, vals)
	}
	if !req.From.IsZero() && !req.To.IsZero() && req.From.After(req.To) {
		t.Fatalf("from %v after to %v", req.From, req.To)
	}
	switch req.Sort {
	case jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest:
	default:
		t.Fatalf("sort %q", req.Sort)
	}
}

func checkFilter(t *testing.T, name string, vals []string) {
	t.Helper()
	if len(vals) > MaxFilterValues {
		t.Fatalf("%s: %d values accepted", name, len(vals))
	}
	seen := map[string]bool{}
	for _, s := range vals {
		if s == "" || s != strings.TrimSpace(s) || seen[s] || utf8.RuneCountInString(s) > 100 {
			t.Fatalf("%s: value %q is empty, untrimmed, repeated or too long", name, s)
		}
		seen[s] = true
	}
}

func allFilters(req jhasearch.SearchRequest) []string {
	var out []string
	for _, vals := range req.Filters {
		out = append(out, vals...)
	}
	return out
}
