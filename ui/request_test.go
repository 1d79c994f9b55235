package ui

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func day(s string) time.Time {
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseSearchRequest(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  jhasearch.SearchRequest
	}{
		{"empty browses newest first", "",
			jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 1, Size: 10}},
		{"query defaults to relevance", "q=+Eurodac+",
			jhasearch.SearchRequest{Query: "Eurodac", Sort: jhasearch.SortRelevance, Page: 1, Size: 10}},
		{"repeated filters, duplicates and empties dropped", "agency=Europol&agency=Frontex&agency=Europol&agency=&tag=SIS&language=en",
			jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"Europol", "Frontex"}, "tag": []string{"SIS"}, "language": []string{"en"}},
				Sort: jhasearch.SortNewest, Page: 1, Size: 10}},
		{"vocabulary filters repeat like tag", "topic=Asylum&topic=Cocaine&system=Eurodac&country=Italy&country=Italy&country=",
			jhasearch.SearchRequest{Filters: jhasearch.Filters{"topic": []string{"Asylum", "Cocaine"}, "system": []string{"Eurodac"}, "country": []string{"Italy"}},
				Sort: jhasearch.SortNewest, Page: 1, Size: 10}},
		{"dates inclusive, empty form fields absent", "from=2024-01-01&to=2024-12-31&q=",
			jhasearch.SearchRequest{From: day("2024-01-01"), To: day("2024-12-31"), Sort: jhasearch.SortNewest, Page: 1, Size: 10}},
		{"same day range", "from=2024-02-15&to=2024-02-15",
			jhasearch.SearchRequest{From: day("2024-02-15"), To: day("2024-02-15"), Sort: jhasearch.SortNewest, Page: 1, Size: 10}},
		{"explicit sort and paging", "q=x&sort=oldest&page=3&size=100",
			jhasearch.SearchRequest{Query: "x", Sort: jhasearch.SortOldest, Page: 3, Size: 100}},
		{"deepest page by number", "page=100&size=100",
			jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 100, Size: 100}},
		{"cursor", "cursor=abc&size=20",
			jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 1, Size: 20, Cursor: "abc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got, err := parseSearchRequest(v, searchParams)
			if err != nil {
				t.Fatalf("parse %q: %v", tt.query, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parse %q mismatch (-want +got):\n%s", tt.query, diff)
			}
			// The permalink of the request parses to the same request.
			again, err := parseSearchRequest(requestValues(got), searchParams)
			if err != nil {
				t.Fatalf("parse permalink %q: %v", requestValues(got).Encode(), err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("permalink round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// invalidRequests are refused by the parser and so by the API, the results
// page, the feed and the exports alike. mention is what the message must
// name; every message names the parameter.
var invalidRequests = []struct {
	name, query, mention string
}{
	{"unknown sort", "sort=best", "sort"},
	{"unknown match", "q=visa&match=some", "match"},
	{"invalid date", "from=2024-13-01", "from"},
	{"date in another layout", "to=15/02/2024", "to"},
	{"from after to", "from=2024-03-01&to=2024-02-01", "from"},
	{"size above 100", "size=101", "size"},
	{"size below 1", "size=0", "size"},
	{"page below 1", "page=0", "page"},
	{"page not a number", "page=two", "page"},
	{"size not a number", "size=1e2", "size"},
	{"window beyond 10000", "page=101&size=100", "cursor"},
	{"unknown parameter", "agencies=Europol", "agencies"},
	{"repeated single parameter", "sort=newest&sort=oldest", "sort"},
	{"query too long", "q=" + strings.Repeat("a", 501), "q"},
	{"page with cursor", "page=2&cursor=abc", "cursor"},
	{"topic value too long", "topic=" + strings.Repeat("a", 101), "topic"},
}

func TestParseSearchRequestInvalid(t *testing.T) {
	for _, tt := range invalidRequests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			_, err = parseSearchRequest(v, searchParams)
			if code := jhasearch.ErrorCode(err); code != jhasearch.EINVALID {
				t.Fatalf("parse %q: code %q (%v), want %q", tt.query, code, err, jhasearch.EINVALID)
			}
			if msg := jhasearch.ErrorMessage(err); !strings.Contains(msg, tt.mention) {
				t.Errorf("parse %q: message %q does not mention %q", tt.query, msg, tt.mention)
			}
		})
	}
}

func TestUnknownParametersMessageIsBounded(t *testing.T) {
	v := url.Values{}
	for i := range 1000 {
		v.Set("junk"+strings.Repeat("x", i%50)+string(rune('a'+i%26)), "1")
	}
	_, err := parseSearchRequest(v, searchParams)
	if msg := jhasearch.ErrorMessage(err); len(msg) > 600 || !strings.Contains(msg, "junk") {
		t.Errorf("message of %d bytes: %.200s", len(msg), msg)
	}
}

func TestPagesWithoutParametersIgnoreThem(t *testing.T) {
	for _, target := range []string{"/?utm_source=mail", "/documents/" + eurodacID + "?ref=feed"} {
		if res, _ := get(t, target); res.StatusCode != 200 {
			t.Errorf("%s: status %d, want 200", target, res.StatusCode)
		}
	}
}
