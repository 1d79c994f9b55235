package search

import (
	"context"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Search answers a validated request. Requests without query terms are
// answered from memory (see browse.go); the others run on the index.
func (e *Engine) Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error) {
	start := time.Now()
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
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
	if r, ok := g.cache.get(key); ok && !e.noCache {
		c := copyResult(r)
		c.Took = time.Since(start)
		return c, nil
	}
	p, err := parseQuery(req.Query)
	if err != nil {
		return nil, err
	}
	var cur *cursor
	if req.Cursor != "" {
		if cur, err = decodeCursor(req.Cursor, &req); err != nil {
			return nil, err
		}
	}
	var res *jhasearch.SearchResult
	if p.empty() {
		res, err = g.browseSearch(&req, cur, !e.noCache)
	} else {
		res, err = e.indexSearch(ctx, g, p, &req, cur)
	}
	if err != nil {
		return nil, err
	}
	res.Page, res.Size = req.Page, req.Size
	g.cache.put(key, res)
	c := copyResult(res)
	c.Took = time.Since(start)
	return c, nil
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
