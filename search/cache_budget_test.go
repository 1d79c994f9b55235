package search

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/cache"
)

// maximalDocs returns n releases with every field at its limit, all
// matching the word "maximal".
func maximalDocs(n int) []jhasearch.Document {
	fill := func(prefix string, size int) string {
		return (prefix + strings.Repeat("x", size))[:size]
	}
	var docs []jhasearch.Document
	for i := range n {
		d := jhasearch.Document{ID: fmt.Sprintf("m%02d", i), URL: fmt.Sprintf("https://example.org/m%02d", i),
			Agency: "Europol", Language: "en", Published: day("2024-01-01").AddDate(0, 0, i),
			Title:   fill(fmt.Sprintf("maximal release %d ", i), jhasearch.MaxTitleBytes),
			Summary: fill("maximal summary ", jhasearch.MaxSummaryBytes),
			Body:    fill("maximal body text ", jhasearch.MaxBodyBytes)}
		for k := range jhasearch.MaxTags {
			d.Tags = append(d.Tags, fill(fmt.Sprintf("tag %d %d ", i, k), jhasearch.MaxTagBytes))
		}
		for k := range jhasearch.MaxCredits {
			d.Credits = append(d.Credits, fill(fmt.Sprintf("credit %d ", k), jhasearch.MaxCreditBytes))
		}
		for k := range jhasearch.MaxAliases {
			d.Aliases = append(d.Aliases, fill(fmt.Sprintf("https://example.org/old/%d/%d/", i, k), jhasearch.MaxURLBytes))
		}
		if _, err := jhasearch.BoundDocument(&d); err != nil {
			panic(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// heldBytes is what an answer's hits hold, counted by the test itself:
// the bytes of their strings.
func heldBytes(r *jhasearch.SearchResult) int {
	n := 0
	for _, h := range r.Hits {
		d := h.Document
		n += len(d.ID) + len(d.URL) + len(d.Agency) + len(d.Title) + len(d.Summary) + len(d.Language) + len(h.Snippet)
		for _, l := range [][]string{d.Tags, d.Credits, d.Aliases, h.Agencies} {
			for _, s := range l {
				n += len(s)
			}
		}
	}
	return n
}

// TestAnswerCacheStaysWithinItsBytes fills the answer cache with answers
// of releases at the field limits, each asked twice so that it is kept:
// the cache holds no more than its byte budget, counted by the test.
func TestAnswerCacheStaysWithinItsBytes(t *testing.T) {
	e, _ := openFixture(t, maximalDocs(12))
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	release()
	one := 0
	for i := range 300 {
		req := jhasearch.SearchRequest{Query: "maximal", Page: 1, Size: 20, Sort: jhasearch.SortRelevance,
			To: day("2030-01-01").AddDate(0, 0, i)}
		for range 2 {
			res, err := e.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) != 12 {
				t.Fatalf("%d hits, want 12", len(res.Hits))
			}
			one = heldBytes(res)
		}
	}
	if one < 600<<10 {
		t.Fatalf("an answer holds %d bytes; the test needs bigger ones", one)
	}
	held, n := 0, 0
	for _, r := range g.cache.Newest(cacheSize) {
		if est := cache.AnswerBytes(r); est < heldBytes(r) {
			t.Errorf("answer estimated at %d bytes holds %d", est, heldBytes(r))
		}
		held += heldBytes(r)
		n++
	}
	if held > answerBudget || n < answerBudget/one/2 {
		t.Errorf("the cache holds %d answers of %d bytes, %d in all; want at most %d bytes and the cache used", n, one, held, answerBudget)
	}
	if _, used := g.cache.Bytes(); used > answerBudget {
		t.Errorf("the cache counts %d bytes, over its budget of %d", used, answerBudget)
	}
}
