package search

import (
	"container/list"
	"sync"

	"github.com/jhasearch/jhasearch"
)

// cacheSize is the number of answers kept per generation. A generation
// never changes, so an answer stays right until the swap drops the cache
// with its generation; nothing else needs invalidating.
const cacheSize = 2048

// lru is a small least-recently-used cache of search answers.
type lru struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *lruItem
	items map[string]*list.Element
}

type lruItem struct {
	key string
	res *jhasearch.SearchResult
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *lru) get(key string) (*jhasearch.SearchResult, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruItem).res, true
}

func (c *lru) put(key string, res *jhasearch.SearchResult) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*lruItem).res = res
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&lruItem{key: key, res: res})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*lruItem).key)
	}
}

// copyResult returns a copy whose hit list and facet map the caller may
// change without touching the cached answer.
func copyResult(r *jhasearch.SearchResult) *jhasearch.SearchResult {
	c := *r
	c.Hits = append([]jhasearch.Hit(nil), r.Hits...)
	c.Facets = make(map[string][]jhasearch.FacetValue, len(r.Facets))
	for k, v := range r.Facets {
		c.Facets[k] = append([]jhasearch.FacetValue(nil), v...)
	}
	return &c
}
