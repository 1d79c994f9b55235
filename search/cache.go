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

// matchSetCacheSize bounds the cached match sets: at most 64 × 1.6 MB for
// queries that match all of 100,000 documents.
const matchSetCacheSize = 64

// lru is a small least-recently-used cache; values are never changed
// after they are put.
type lru[V any] struct {
	mu    sync.Mutex
	max   int
	order *list.List // front = most recent; values are *lruItem
	items map[string]*list.Element
}

type lruItem[V any] struct {
	key string
	val V
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *lru[V]) get(key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruItem[V]).val, true
}

func (c *lru[V]) put(key string, val V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*lruItem[V]).val = val
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&lruItem[V]{key: key, val: val})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*lruItem[V]).key)
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
