package search

import (
	"context"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/query"
)

// A new generation starts with empty caches: every word read from the
// index again, every popular phrase searched again, while the nightly
// rebuild may still be using the CPU. So before the swap, the new
// generation answers the searches the served one answered most recently,
// and is swapped in warm. The old one keeps serving meanwhile. The budget
// keeps the swap within seconds of the build.
const (
	warmSearches = 512
	warmBudget   = 5 * time.Second
)

// warm runs the most recent searches of old on gen, within warmBudget;
// failures only mean a colder start, so they are not errors.
func (e *Engine) warm(old, gen *generation) (n int) {
	if old == nil {
		return 0
	}
	ctx, cancel := context.WithTimeout(context.Background(), warmBudget)
	defer cancel()
	for _, req := range old.recent.Newest(warmSearches) {
		if ctx.Err() != nil {
			break
		}
		p, err := query.Parse(req.Query)
		if err != nil {
			continue
		}
		sctx, scancel := context.WithTimeout(ctx, e.timeout)
		_, err = e.searchIn(sctx, gen, req, p, nil, cacheKey(&req), true)
		scancel()
		if err == nil {
			n++
		}
	}
	return n
}

// newRecent returns the memory of recent requests that warm replays. A
// request is at most a few KB (the API bounds the query and the filters),
// so the count binds first.
func newRecent() *cache.LRU[jhasearch.SearchRequest] {
	return cache.NewLRU(warmSearches, recentBudget, cache.RequestBytes)
}

// recentBudget bounds the bytes of the remembered requests.
const recentBudget = 4 << 20
