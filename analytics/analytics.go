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
	return &Views{eng: e, now: time.Now, cache: newCache(cacheSize)}
}

// cacheSize is the number of answers kept for the served generation.
const cacheSize = 256

// cache keeps answers of the served generation, as the engine keeps its
// searches: a generation never changes, so an answer stays right until
// the next one is served, when they all go.
type cache struct {
	mu         sync.Mutex
	generation string
	max        int
	items      map[string]any
	order      []string // oldest first
}

func newCache(max int) *cache { return &cache{max: max, items: map[string]any{}} }

func (c *cache) get(gen, key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.generation {
		return nil, false
	}
	v, ok := c.items[key]
	return v, ok
}

func (c *cache) put(gen, key string, v any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.generation {
		c.generation, c.items, c.order = gen, map[string]any{}, nil
	}
	if _, ok := c.items[key]; ok {
		return
	}
	if len(c.order) == c.max {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
	}
	c.items[key] = v
	c.order = append(c.order, key)
}

// cached answers key from the cache of the served generation, or computes
// and keeps it.
func cached[T any](ctx context.Context, v *Views, key string, compute func(st *jhasearch.Stats) (T, error)) (T, error) {
	var zero T
	st, err := v.eng.Stats(ctx)
	if err != nil {
		return zero, err
	}
	if a, ok := v.cache.get(st.Generation, key); ok {
		return a.(T), nil
	}
	a, err := compute(st)
	if err != nil {
		return zero, err
	}
	v.cache.put(st.Generation, key, a)
	return a, nil
}

// filtersOf keeps what selects documents in a request, without query,
// order or paging.
func filtersOf(req jhasearch.SearchRequest) jhasearch.SearchRequest {
	return jhasearch.SearchRequest{Agencies: req.Agencies, Tags: req.Tags, Topics: req.Topics,
		Systems: req.Systems, Countries: req.Countries, Languages: req.Languages, From: req.From, To: req.To}
}

// day returns t's date at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
