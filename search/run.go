package search

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
)

// run searches g under the engine's limits and deadline: through the
// engine's alias once g is served, its own index while it is warmed.
func (e *Engine) run(ctx context.Context, g *generation, br *bleve.SearchRequest) (*bleve.SearchResult, error) {
	lctx, cancel := limitContext(ctx)
	defer cancel()
	lctx = context.WithValue(lctx, bsearch.BM25StatsKey, g.bm25)
	sr, err := g.searcher.SearchInContext(lctx, br)
	if err != nil {
		return nil, searchError(ctx, err)
	}
	if sr.Status != nil && sr.Status.Failed > 0 {
		for _, err := range sr.Status.Errors {
			return nil, searchError(ctx, err)
		}
	}
	return sr, nil
}
