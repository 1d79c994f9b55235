package search

import (
	"context"
	"slices"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// TestSwapWarmsTheNewGenerationWithItsOwnAnswers checks that the searches
// answered before a swap are answered again on the new generation before
// it is served, from the new documents, not from the old index.
func TestSwapWarmsTheNewGenerationWithItsOwnAnswers(t *testing.T) {
	docs := fixtureDocs()
	e, dir := openFixture(t, docs)
	phrase := jhasearch.SearchRequest{Query: `"border crossings"`, Page: 1, Size: 10, Sort: jhasearch.SortRelevance}
	word := jhasearch.SearchRequest{Query: "airports", Page: 1, Size: 10, Sort: jhasearch.SortRelevance}
	for _, r := range []jhasearch.SearchRequest{phrase, word} {
		if _, err := e.Search(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}

	added := jhasearch.Document{ID: "new1", URL: "https://frontex.example/new1", Agency: "Frontex", Language: "en",
		Published: day("2024-05-01"), Title: "Border crossings at airports counted",
		Body: "Border crossings at airports were counted again this spring."}
	if _, err := indexer.Build(context.Background(), dir, seq(append(slices.Clone(docs), added))); err != nil {
		t.Fatal(err)
	}
	if changed, err := e.Reload(); !changed || err != nil {
		t.Fatalf("Reload = %v, %v", changed, err)
	}
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []jhasearch.SearchRequest{phrase, word} {
		res, ok := g.cache.Get(cacheKey(&r))
		if !ok {
			t.Errorf("%q was not answered before the swap", r.Query)
			continue
		}
		if got := ids(res); !slices.Contains(got, "new1") {
			t.Errorf("warmed answer of %q = %v; it lacks the new document new1", r.Query, got)
		}
	}
	release()
}
