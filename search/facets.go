package search

import (
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/facet"
)

// The facets' columns, counts and filters are package facet's; the engine
// gives them a cache for the sets of recent filters.

// passCacheSize is the number of filters whose passing entries are kept
// (12.5 KB each for 100,000 entries), and passBudget their bytes, which
// bind first beyond 500,000 entries.
const (
	passCacheSize = 256
	passBudget    = 16 << 20
)

// newFacetColumns builds the facet columns of a generation's table.
func newFacetColumns(t *indexer.Table) *facet.Columns {
	return facet.New(t, cache.NewLRU(passCacheSize, passBudget, cache.SetBytes))
}
