package search

import (
	"time"

	"github.com/jhasearch/jhasearch"
)

// The engine's caches and admission are package cache's; here are their
// sizes and what ties them to the engine's own types.

// cacheSize is the number of answers kept per generation, and
// answerBudget the bytes they may hold: an answer of ten hits is about
// 10 KB, so the count binds first, but one of a hundred hits of releases
// at the field limits (jhasearch.MaxTitleBytes and the rest) is about
// 6 MB, and 2,048 of those would be 12 GB. A generation never changes, so
// an answer stays right until the swap drops the cache with its
// generation; nothing else needs invalidating. An answer is kept when its
// request comes a second time (cache.Doorkeeper).
const (
	cacheSize    = 2048
	answerBudget = 64 << 20
)

// countsBudget bounds the bytes of a generation's cached facet counts
// (generation.counts): 8 bytes per facet value each, 16 KB for an archive
// of 2,000 tags, but half a megabyte for one of 60,000.
const countsBudget = 32 << 20

// slotsPerCPU is how many searches run at once per CPU (cache.Slots); the
// rest wait their turn.
const slotsPerCPU = 2

// timed returns a copy of the answer r with its own time taken. The hits
// and facets are r's, shared with the cache: SearchResult says they are
// read-only. Copying them for every answer was a twentieth of a loaded
// server's garbage.
func timed(r *jhasearch.SearchResult, took time.Duration) *jhasearch.SearchResult {
	c := *r
	c.Took = took
	return &c
}
