package cache

import (
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
)

func TestSizesCountEveryStringAndList(t *testing.T) {
	d := jhasearch.Document{ID: "id", URL: "https://example.org/a", Title: strings.Repeat("t", 1000),
		Body: strings.Repeat("b", 5000), Tags: []string{"x", "y"}}
	if n := DocumentBytes(&d); n < 6000+len(d.ID)+len(d.URL)+2 {
		t.Errorf("DocumentBytes = %d, less than the document's strings", n)
	}
	r := &jhasearch.SearchResult{Hits: []jhasearch.Hit{{Document: d, Snippet: strings.Repeat("s", 300)}},
		Facets: map[string][]jhasearch.FacetValue{"agency": make([]jhasearch.FacetValue, 10)}}
	if n := AnswerBytes(r); n < DocumentBytes(&d)+300+10*facetValueBytes {
		t.Errorf("AnswerBytes = %d, less than its hit, snippet and facets", n)
	}
	req := jhasearch.SearchRequest{Query: strings.Repeat("q", 500), Filters: jhasearch.Filters{jhasearch.FacetTag: {strings.Repeat("t", 200)}}}
	if n := RequestBytes(req); n < 700 {
		t.Errorf("RequestBytes = %d, less than the request's strings", n)
	}
	if n := SetBytes(make([]uint64, 3, 10)); n != 80 {
		t.Errorf("SetBytes = %d, want 80: the capacity counts", n)
	}
	if n := StringsBytes(make([]string, 0, 4)); n != 4*stringBytes {
		t.Errorf("StringsBytes of an empty list of capacity 4 = %d, want %d", n, 4*stringBytes)
	}
}

func TestSizedLRUKeepsTheNewestWithinItsBudget(t *testing.T) {
	c := NewSizedLRU(3*(10+1+EntryBytes), func(s string) int { return len(s) })
	for _, k := range []string{"a", "b", "c", "d"} {
		c.Put(k, strings.Repeat(k, 10))
	}
	if _, ok := c.Get("a"); ok {
		t.Error("the oldest value was kept over the budget")
	}
	c.Get("b") // b is now the most recently used
	got := c.Newest(10)
	want := []string{"bbbbbbbbbb", "dddddddddd", "cccccccccc"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Newest = %v, want %v", got, want)
	}
	if got := c.Newest(1); len(got) != 1 || got[0] != want[0] {
		t.Errorf("Newest(1) = %v, want %v", got, want[:1])
	}
}
