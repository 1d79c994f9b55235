package scraper

import (
	"sync"

	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// indexCacheMax is the largest index page body kept for conditional
// requests; the cache holds at most indexCacheEntries pages and
// indexCacheBytes of bodies in all (it lives as long as a server).
const (
	indexCacheMax     = 1 << 20
	indexCacheEntries = 256
	indexCacheBytes   = 16 << 20
)

// indexCache keeps the last answer of the index pages (first listing
// pages, feeds, sitemaps) a Crawler fetched, with their validators, so that
// the next crawl by the same Crawler (a server crawling on a schedule) asks
// for them conditionally and reuses the body on a 304. It lives in memory
// only: the Store keeps releases, not listings.
type indexCache struct {
	mu    sync.Mutex
	pages map[string]*fetch.Response
	bytes int // of the bodies in pages
}

func newIndexCache() *indexCache {
	return &indexCache{pages: map[string]*fetch.Response{}}
}

// request adds the validators of the cached answer for u, if any.
func (c *indexCache) request(req fetch.Request) fetch.Request {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.pages[req.URL]; old != nil {
		req.ETag, req.LastModified = old.Header.Get("ETag"), old.Header.Get("Last-Modified")
	}
	return req
}

// resolve turns a 304 into the cached answer, and keeps a fresh answer
// that carries validators.
func (c *indexCache) resolve(u string, resp *fetch.Response) *fetch.Response {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.pages[u]; resp.Status == 304 && old != nil {
		return old
	}
	hasValidator := resp.Header.Get("ETag") != "" || resp.Header.Get("Last-Modified") != ""
	if resp.Status == 200 && hasValidator && len(resp.Body) <= indexCacheMax {
		if old := c.pages[u]; old != nil {
			c.bytes -= len(old.Body)
			delete(c.pages, u)
		}
		if len(c.pages) >= indexCacheEntries || c.bytes+len(resp.Body) > indexCacheBytes {
			clear(c.pages) // crude, but bounded; a crawl touches few index pages twice
			c.bytes = 0
		}
		c.pages[u] = resp
		c.bytes += len(resp.Body)
	}
	return resp
}
