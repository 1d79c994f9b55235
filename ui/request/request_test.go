package request

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
			got, err := Parse(v, SearchParams)
			if err != nil {
				t.Fatalf("parse %q: %v", tt.query, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parse %q mismatch (-want +got):\n%s", tt.query, diff)
			}
			// The permalink of the request parses to the same request.
			again, err := Parse(Values(got), SearchParams)
			if err != nil {
				t.Fatalf("parse permalink %q: %v", Values(got).Encode(), err)
			}
			if diff := cmp.Diff(got, again); diff != "" {
				t.Errorf("permalink round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnknownParametersMessageIsBounded(t *testing.T) {
	v := url.Values{}
	for i := range 1000 {
		v.Set("junk"+strings.Repeat("x", i%50)+string(rune('a'+i%26)), "1")
	}
	_, err := Parse(v, SearchParams)
	if msg := jhasearch.ErrorMessage(err); len(msg) > 600 || !strings.Contains(msg, "junk") {
		t.Errorf("message of %d bytes: %.200s", len(msg), msg)
	}
}
