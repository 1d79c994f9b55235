package search

import (
	"context"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/query"
)

// Search answers a validated request. Requests without query terms are
// answered from memory (see browse_search.go and package facet); the others run on the index. An
// answer in the cache is returned at once; any other search first waits
// for a free slot (cache.Slots), all within the search deadline.
func (e *Engine) Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error) {
	start := time.Now()
	if req.Size <= 0 {
		req.Size = jhasearch.DefaultPageSize
	}
	if req.Page <= 0 {
		req.Page = 1
	}
	if err := checkRequest(&req); err != nil {
		return nil, err
	}
	key := cacheKey(&req)
	if r, err := e.cached(key, start); r != nil || err != nil {
		return r, err
	}
	// What the request itself gets wrong is said at once, without waiting.
	p, err := query.Parse(req.Query)
	if err != nil {
		return nil, err
	}
	var cur *cursor
	if req.Cursor != "" {
		if cur, err = decodeCursor(req.Cursor, &req); err != nil {
			return nil, err
		}
	}
	dctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	done, err := e.slots.Admit(ctx, dctx)
	if err != nil {
		return nil, err
	}
	defer done()
	return e.search(dctx, req, p, cur, key, start)
}

// cached returns the cached answer of key, or nil.
func (e *Engine) cached(key string, start time.Time) (*jhasearch.SearchResult, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	if r, ok := g.cache.Get(key); ok {
		return timed(r, time.Since(start)), nil
	}
	return nil, nil
}

// search computes the answer of a request that is not in the cache.
func (e *Engine) search(ctx context.Context, req jhasearch.SearchRequest, p *query.Parsed, cur *cursor, key string, start time.Time) (*jhasearch.SearchResult, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	res, err := e.searchIn(ctx, g, req, p, cur, key, false)
	if err != nil {
		return nil, err
	}
	return timed(res, time.Since(start)), nil
}

// searchIn computes an answer on generation g and caches it there when its
// request was asked before, or always with keep.
func (e *Engine) searchIn(ctx context.Context, g *generation, req jhasearch.SearchRequest, p *query.Parsed, cur *cursor, key string, keep bool) (*jhasearch.SearchResult, error) {
	var res *jhasearch.SearchResult
	var err error
	if per, ok := query.OnlyPeriod(query.MarkDates(p)); ok {
		res, err = g.browsePeriod(&req, per, cur, true)
	} else if p.Empty() {
		res, err = g.browseSearch(&req, cur, true)
	} else {
		res, err = e.indexSearch(ctx, g, p, &req, cur)
	}
	if err != nil {
		return nil, err
	}
	res.Page, res.Size = req.Page, req.Size
	if keep || g.asked.Again(key) {
		g.cache.Put(key, res)
	}
	if cur == nil {
		g.recent.Put(key, req)
	}
	return res, nil
}

// checkRequest rejects what only the engine judges: a page beyond the
// window reachable by number.
func checkRequest(req *jhasearch.SearchRequest) error {
	if req.Size > jhasearch.MaxPageSize {
		return jhasearch.Errorf(jhasearch.EINVALID,
			"The page size (size) is %d; it must be between 1 and %d.", req.Size, jhasearch.MaxPageSize)
	}
	if req.Cursor == "" && req.Page*req.Size > jhasearch.MaxWindow {
		return jhasearch.Errorf(jhasearch.EINVALID,
			"The page (page) %d of size %d reaches result %d; pages reach the first %d results only. Use the cursor of each answer to walk further.",
			req.Page, req.Size, req.Page*req.Size, jhasearch.MaxWindow)
	}
	return nil
}

// cacheKey identifies an answer: everything of the request.
func cacheKey(req *jhasearch.SearchRequest) string {
	return fmt.Sprintf("%x|%d|%d|%s", requestHash(req), req.Page, req.Size, req.Cursor)
}
