package cache

import (
	"hash/maphash"
	"sync"
)

// DoorkeeperSize is how many requests asked once a Doorkeeper remembers,
// twice over: the last DoorkeeperSize to DoorkeeperSize*2 of them.
const DoorkeeperSize = 16384

// Doorkeeper admits an answer to a cache when its request was asked
// before. Most searches are asked once: cached at once, each pushed an
// answer that is asked again and again (the landing page, popular words)
// out of the cache, and at a thousand requests a second such answers
// lasted two seconds. Remembering a request costs 8 bytes, an answer
// about 10 KB. It is safe for concurrent use.
type Doorkeeper struct {
	mu        sync.Mutex
	seed      maphash.Seed
	cur, prev map[uint64]struct{}
}

// NewDoorkeeper returns a doorkeeper that has seen nothing.
func NewDoorkeeper() *Doorkeeper {
	return &Doorkeeper{seed: maphash.MakeSeed(), cur: make(map[uint64]struct{})}
}

// Again reports whether key was asked before, and remembers it.
func (d *Doorkeeper) Again(key string) bool {
	h := maphash.String(d.seed, key)
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.cur[h]; ok {
		return true
	}
	_, ok := d.prev[h]
	if len(d.cur) == DoorkeeperSize {
		d.prev, d.cur = d.cur, make(map[uint64]struct{}, DoorkeeperSize)
	}
	d.cur[h] = struct{}{}
	return ok
}
