package search

import (
	"context"
	"errors"
	"sync"
)

// flights lets one search compute a list that several want at once: when
// a popular phrase is not cached yet, the first search reads it and the
// others wait for its answer instead of each doing the same work (under
// load that work, multiplied, missed the deadline for all of them).
type flights struct {
	mu sync.Mutex
	m  map[string]*flight
}

type flight struct {
	done chan struct{}
	l    *list
	err  error
}

// cachedList returns the list of key from cache, from a search computing
// it right now, or from compute, whose result it caches.
func (g *generation) cachedList(ctx context.Context, key string, compute func(context.Context) (*list, error)) (*list, error) {
	for {
		if l, ok := g.lists.get(key); ok {
			return l, nil
		}
		g.flights.mu.Lock()
		if f, ok := g.flights.m[key]; ok {
			g.flights.mu.Unlock()
			select {
			case <-f.done:
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			// The computing search may have given up for reasons of its
			// own (its client left, its deadline passed): then try anew.
			if f.err == nil || !isContextError(f.err) {
				return f.l, f.err
			}
			continue
		}
		f := &flight{done: make(chan struct{})}
		if g.flights.m == nil {
			g.flights.m = make(map[string]*flight)
		}
		g.flights.m[key] = f
		g.flights.mu.Unlock()
		return g.fly(ctx, key, f, compute)
	}
}

// fly computes the list of flight f and lands it, even when compute
// panics: the waiters must never wait for a flight that has gone.
func (g *generation) fly(ctx context.Context, key string, f *flight, compute func(context.Context) (*list, error)) (*list, error) {
	f.err = errFlightLost
	defer func() {
		g.flights.mu.Lock()
		delete(g.flights.m, key)
		g.flights.mu.Unlock()
		close(f.done)
	}()
	f.l, f.err = compute(ctx)
	if f.err == nil {
		g.lists.put(key, f.l)
	}
	return f.l, f.err
}

// errFlightLost is what the waiters of a computation that panicked get.
var errFlightLost = errors.New("search: computing a list failed")

func isContextError(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
