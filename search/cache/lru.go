package cache

import (
	containerlist "container/list"
	"sync"
)

// LRU is a small least-recently-used cache, safe for concurrent use;
// values are never changed after they are put. It keeps at most maxItems
// values (any number when 0) whose estimated bytes, keys and the cache's
// own bookkeeping included, add up to at most budget: every cache of the
// engine is bounded by bytes, so that no stream of requests, however large
// each answer, grows the server without end.
type LRU[V any] struct {
	mu       sync.Mutex
	maxItems int
	budget   int
	used     int
	cost     func(V) int
	order    *containerlist.List // front = most recent; values are *lruItem
	items    map[string]*containerlist.Element
}

type lruItem[V any] struct {
	key  string
	val  V
	cost int
}

// EntryBytes is what an LRU spends on an entry beside its key and value:
// the list element, the item and the map's slot, rounded up.
const EntryBytes = 160

// NewLRU returns a cache of at most maxItems values (0: no count limit)
// within budget bytes, cost estimating the bytes a value holds.
func NewLRU[V any](maxItems, budget int, cost func(V) int) *LRU[V] {
	return &LRU[V]{maxItems: maxItems, budget: budget, cost: cost, order: containerlist.New(), items: make(map[string]*containerlist.Element)}
}

// NewSizedLRU returns a cache bounded by bytes alone; a value costing more
// than the budget is not kept.
func NewSizedLRU[V any](budget int, cost func(V) int) *LRU[V] {
	return NewLRU(0, budget, cost)
}

// Bytes returns the number of values and their estimated bytes.
func (c *LRU[V]) Bytes() (n, used int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.used
}

// Get returns the value of key and makes it the most recently used.
func (c *LRU[V]) Get(key string) (V, bool) {
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

// Put keeps val under key, replacing what key held, and drops the least
// recently used values until the cache is within its bounds again. A
// value whose cost alone is over the budget is not kept.
func (c *LRU[V]) Put(key string, val V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cost := c.cost(val) + len(key) + EntryBytes
	if cost > c.budget {
		return
	}
	if el, ok := c.items[key]; ok {
		it := el.Value.(*lruItem[V])
		c.used += cost - it.cost
		it.val, it.cost = val, cost
		c.order.MoveToFront(el)
	} else {
		c.items[key] = c.order.PushFront(&lruItem[V]{key: key, val: val, cost: cost})
		c.used += cost
	}
	for c.used > c.budget || c.maxItems > 0 && c.order.Len() > c.maxItems {
		last := c.order.Back()
		it := last.Value.(*lruItem[V])
		c.order.Remove(last)
		delete(c.items, it.key)
		c.used -= it.cost
	}
}

// Newest returns up to n values, the most recently used first.
func (c *LRU[V]) Newest(n int) []V {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]V, 0, min(n, c.order.Len()))
	for el := c.order.Front(); el != nil && len(out) < n; el = el.Next() {
		out = append(out, el.Value.(*lruItem[V]).val)
	}
	return out
}
