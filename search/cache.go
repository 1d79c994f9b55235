package search

import (
	containerlist "container/list"
	"hash/maphash"
	"sync"
	"time"

	"github.com/jhasearch/jhasearch"
)

// cacheSize is the number of answers kept per generation, and
// answerBudget the bytes they may hold: an answer of ten hits is about
// 10 KB, so the count binds first, but one of a hundred hits of releases
// at the field limits (jhasearch.MaxTitleBytes and the rest) is about
// 6 MB, and 2,048 of those would be 12 GB. A generation never changes, so
// an answer stays right until the swap drops the cache with its
// generation; nothing else needs invalidating. An answer is kept when its
// request comes a second time (doorkeeper).
const (
	cacheSize    = 2048
	answerBudget = 64 << 20
)

// countsBudget bounds the bytes of a generation's cached facet counts
// (generation.counts): 8 bytes per facet value each, 16 KB for an archive
// of 2,000 tags, but half a megabyte for one of 60,000.
const countsBudget = 32 << 20

// doorkeeperSize is how many requests asked once a doorkeeper remembers,
// twice over: the last doorkeeperSize to doorkeeperSize*2 of them.
const doorkeeperSize = 16384

// lru is a small least-recently-used cache; values are never changed
// after they are put. It keeps at most maxItems values (any number when
// 0) whose estimated bytes, keys and the cache's own bookkeeping
// included, add up to at most budget: every cache of a generation is
// bounded by bytes, so that no stream of requests, however large each
// answer, grows the server without end.
type lru[V any] struct {
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

// entryBytes is what an lru spends on an entry beside its key and value:
// the list element, the item and the map's slot, rounded up.
const entryBytes = 160

// newLRU returns a cache of at most maxItems values (0: no count limit)
// within budget bytes, cost estimating the bytes a value holds.
func newLRU[V any](maxItems, budget int, cost func(V) int) *lru[V] {
	return &lru[V]{maxItems: maxItems, budget: budget, cost: cost, order: containerlist.New(), items: make(map[string]*containerlist.Element)}
}

// newSizedLRU returns a cache bounded by bytes alone; a value costing more
// than the budget is not kept.
func newSizedLRU[V any](budget int, cost func(V) int) *lru[V] {
	return newLRU(0, budget, cost)
}

// bytes returns the number of values and their estimated bytes.
func (c *lru[V]) bytes() (n, used int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len(), c.used
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
	cost := c.cost(val) + len(key) + entryBytes
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

// doorkeeper admits an answer to the cache when its request was asked
// before. Most searches are asked once: cached at once, each pushed an
// answer that is asked again and again (the landing page, popular words)
// out of the cache, and at a thousand requests a second such answers
// lasted two seconds. Remembering a request costs 8 bytes, an answer
// about 10 KB.
type doorkeeper struct {
	mu        sync.Mutex
	seed      maphash.Seed
	cur, prev map[uint64]struct{}
}

func newDoorkeeper() *doorkeeper {
	return &doorkeeper{seed: maphash.MakeSeed(), cur: make(map[uint64]struct{})}
}

// again reports whether key was asked before, and remembers it.
func (d *doorkeeper) again(key string) bool {
	h := maphash.String(d.seed, key)
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.cur[h]; ok {
		return true
	}
	_, ok := d.prev[h]
	if len(d.cur) == doorkeeperSize {
		d.prev, d.cur = d.cur, make(map[uint64]struct{}, doorkeeperSize)
	}
	d.cur[h] = struct{}{}
	return ok
}

// timed returns a copy of the answer r with its own time taken. The hits
// and facets are r's, shared with the cache: SearchResult says they are
// read-only. Copying them for every answer was a twentieth of a loaded
// server's garbage.
func timed(r *jhasearch.SearchResult, took time.Duration) *jhasearch.SearchResult {
	c := *r
	c.Took = took
	return &c
}

// newest returns up to n values, the most recently used first.
func (c *lru[V]) newest(n int) []V {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]V, 0, min(n, c.order.Len()))
	for el := c.order.Front(); el != nil && len(out) < n; el = el.Next() {
		out = append(out, el.Value.(*lruItem[V]).val)
	}
	return out
}
