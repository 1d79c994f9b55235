package ops

import (
	"container/list"
	"net/netip"
	"sync"
	"time"
)

// limiter is a token bucket per client. Buckets live in a table kept in
// least-recently-seen order: a bucket left alone long enough to refill is
// the same as a new one, so it is dropped, and when the table is full the
// least recently seen client is forgotten. Memory is therefore bounded by
// the cap whatever addresses clients come from; a forgotten client only
// regains its burst.
type limiter struct {
	rate  float64 // tokens per second
	burst float64
	max   int
	now   func() time.Time // tests drive the clock

	mu      sync.Mutex
	order   *list.List // of *bucket, most recently seen at the front
	buckets map[netip.Addr]*list.Element
	limited uint64
}

type bucket struct {
	key    netip.Addr
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst, maxClients int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), max: maxClients, now: time.Now,
		order: list.New(), buckets: map[netip.Addr]*list.Element{}}
}

// clientKey groups IPv6 clients by /64: one host is routinely given a
// whole /64, and a bucket per address would let it rotate through them.
func clientKey(a netip.Addr) netip.Addr {
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.Addr()
	}
	return a
}

// allow takes a token from the client's bucket. When there is none it
// returns how long until there will be one.
func (l *limiter) allow(client netip.Addr) (bool, time.Duration) {
	key, now := clientKey(client), l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.dropRefilled(now)
	b := l.bucketOf(key, now)
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	l.limited++
	wait := time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
	return false, wait
}

func (l *limiter) bucketOf(key netip.Addr, now time.Time) *bucket {
	if e, ok := l.buckets[key]; ok {
		l.order.MoveToFront(e)
		return e.Value.(*bucket)
	}
	if l.order.Len() >= l.max {
		l.remove(l.order.Back())
	}
	b := &bucket{key: key, tokens: l.burst, last: now}
	l.buckets[key] = l.order.PushFront(b)
	return b
}

// dropRefilled drops, from the least recently seen end, the buckets that
// have had time to refill. Each call stops at the first one still in use,
// so the work is proportional to the buckets dropped.
func (l *limiter) dropRefilled(now time.Time) {
	refill := time.Duration(l.burst / l.rate * float64(time.Second))
	for e := l.order.Back(); e != nil; e = l.order.Back() {
		if now.Sub(e.Value.(*bucket).last) < refill {
			return
		}
		l.remove(e)
	}
}

func (l *limiter) remove(e *list.Element) {
	delete(l.buckets, e.Value.(*bucket).key)
	l.order.Remove(e)
}

// stats returns the number of refusals so far and of tracked clients.
func (l *limiter) stats() (limited uint64, clients int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.limited, l.order.Len()
}
