// Package analytics answers the analyst views of the archive: several
// questions side by side over time (trends.go), the words that
// characterise a result set (terms.go, significant.go) and what is rising
// in the last 30 days (rising.go).
//
// It counts nothing itself: every number comes from the search engine's
// exported entry points (Search, Histogram, FacetCounts, CountMatching),
// so a count shown here equals the total of the search it links to. It
// must not import the index or Bleve, nor Echo: the engine does the
// counting, package ui the HTTP.
package analytics

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Engine is what the views need of the search engine; *search.Engine
// implements it.
type Engine interface {
	Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error)
	Document(ctx context.Context, id string) (*jhasearch.Document, error)
	Stats(ctx context.Context) (*jhasearch.Stats, error)
	// Histogram counts the documents req matches by publication date in
	// the periods between edges.
	Histogram(ctx context.Context, req jhasearch.SearchRequest, edges []time.Time) ([]int, error)
	// FacetCounts returns every value of a facet among the documents req
	// matches, and their number.
	FacetCounts(ctx context.Context, req jhasearch.SearchRequest, facet string) ([]jhasearch.FacetValue, int, error)
	// CountMatching returns how many documents req matches that each query
	// also matches.
	CountMatching(ctx context.Context, req jhasearch.SearchRequest, queries []string) ([]int, error)
	// DocFrequencies estimates how many documents hold each word, from the
	// index's term dictionary.
	DocFrequencies(ctx context.Context, words []string) ([]int, error)
}

// Views answers the analyst views. Its methods are safe for concurrent use.
type Views struct {
	eng   Engine
	now   func() time.Time
	cache *cache
}

// New returns the views over an engine.
func New(e Engine) *Views {
	return &Views{eng: e, now: time.Now, cache: newCache(cacheSize, cacheBudget)}
}

// cacheSize is the number of answers kept for the served generation, and
// cacheBudget the bytes they may hold, keys included, by answerBytes's
// estimate. A trend at the limits (1,000 points, six questions of 500
// bytes, six peak releases without their bodies) is about 140 KB, so 256
// of them would be 36 MB; the budget binds first then.
const (
	cacheSize   = 256
	cacheBudget = 16 << 20
)

// cache keeps answers of the served generation, as the engine keeps its
// searches: a generation never changes, so an answer stays right until
// the next one is served, when they all go. It holds at most max answers
// of at most budget bytes together, dropping the oldest first.
type cache struct {
	mu         sync.Mutex
	generation string
	max        int
	budget     int
	used       int
	items      map[string]cacheEntry
	order      []string // oldest first
}

type cacheEntry struct {
	v    any
	cost int
}

func newCache(max, budget int) *cache {
	return &cache{max: max, budget: budget, items: map[string]cacheEntry{}}
}

func (c *cache) get(gen, key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.generation {
		return nil, false
	}
	e, ok := c.items[key]
	return e.v, ok
}

func (c *cache) put(gen, key string, v any) {
	cost := len(key) + answerBytes(v) + entryBytes
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.generation {
		c.generation, c.items, c.order, c.used = gen, map[string]cacheEntry{}, nil, 0
	}
	if _, ok := c.items[key]; ok || cost > c.budget {
		return
	}
	for len(c.order) > 0 && (len(c.order) >= c.max || c.used+cost > c.budget) {
		c.used -= c.items[c.order[0]].cost
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.items[key] = cacheEntry{v: v, cost: cost}
	c.order = append(c.order, key)
	c.used += cost
}

// cached answers key from the cache of the served generation, or computes
// and keeps it. The engine's errors come back wrapped with the view's name
// (the key up to its first "|"), their code (jhasearch.ErrorCode) intact.
func cached[T any](ctx context.Context, v *Views, key string, compute func(st *jhasearch.Stats) (T, error)) (T, error) {
	var zero T
	view, _, _ := strings.Cut(key, "|")
	st, err := v.eng.Stats(ctx)
	if err != nil {
		return zero, fmt.Errorf("analytics: %s: %w", view, err)
	}
	if a, ok := v.cache.get(st.Generation, key); ok {
		return a.(T), nil
	}
	a, err := compute(st)
	if err != nil {
		return zero, fmt.Errorf("analytics: %s: %w", view, err)
	}
	v.cache.put(st.Generation, key, a)
	return a, nil
}

// filtersOf keeps what selects documents in a request, without query,
// order or paging.
func filtersOf(req jhasearch.SearchRequest) jhasearch.SearchRequest {
	return jhasearch.SearchRequest{Filters: req.Filters, From: req.From, To: req.To}
}

// day returns t's date at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
