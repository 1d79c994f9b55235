package ui

import (
	"context"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Searcher is what the HTTP layer needs of the search engine. The search
// package's *Engine implements it.
type Searcher interface {
	Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error)
	// Document returns one document with its body; an *jhasearch.Error with
	// ENOTFOUND when the id is unknown.
	Document(ctx context.Context, id string) (*jhasearch.Document, error)
	// Group returns every document of a joint-release group.
	Group(ctx context.Context, group string) ([]jhasearch.Document, error)
	// Related returns documents like the given one, best first.
	Related(ctx context.Context, id string, n int) ([]jhasearch.Hit, error)
	// Suggest completes a prefix from titles and index terms.
	Suggest(ctx context.Context, prefix string, n int) ([]string, error)
	Stats(ctx context.Context) (*jhasearch.Stats, error)
	// Ready reports whether an index generation is being served.
	Ready() bool
	// Histogram, FacetCounts, CountMatching and DocFrequencies count what searches
	// match, for the analyst views (package analytics).
	Histogram(ctx context.Context, req jhasearch.SearchRequest, edges []time.Time) ([]int, error)
	FacetCounts(ctx context.Context, req jhasearch.SearchRequest, facet string) ([]jhasearch.FacetValue, int, error)
	CountMatching(ctx context.Context, req jhasearch.SearchRequest, queries []string) ([]int, error)
	DocFrequencies(ctx context.Context, words []string) ([]int, error)
}
