package cache

import (
	"context"
	"errors"
	"sync"
)

// Flights lets one search compute a value that several want at once: when
// a popular phrase is not cached yet, the first search reads it and the
// others wait for its answer instead of each doing the same work (under
// load that work, multiplied, missed the deadline for all of them). The
// zero value is ready to use; it is safe for concurrent use.
type Flights[V any] struct {
	mu sync.Mutex
	m  map[string]*flight[V]
}

type flight[V any] struct {
	done chan struct{}
	v    V
	err  error
}

// Do returns the value of key from c, from a search computing it right
// now, or from compute, whose result it puts in c. A waiter whose context
// ends gets its context's error; when the computing search gave up for a
// reason of its own (its client left, its deadline passed), its waiters
// try anew.
func (fs *Flights[V]) Do(ctx context.Context, c *LRU[V], key string, compute func(context.Context) (V, error)) (V, error) {
	for {
		if v, ok := c.Get(key); ok {
			return v, nil
		}
		fs.mu.Lock()
		if f, ok := fs.m[key]; ok {
			fs.mu.Unlock()
			select {
			case <-f.done:
			case <-ctx.Done():
				var zero V
				return zero, ctx.Err()
			}
			if f.err == nil || !isContextError(f.err) {
				return f.v, f.err
			}
			continue
		}
		f := &flight[V]{done: make(chan struct{})}
		if fs.m == nil {
			fs.m = make(map[string]*flight[V])
		}
		fs.m[key] = f
		fs.mu.Unlock()
		return fs.fly(ctx, c, key, f, compute)
	}
}

// fly computes the value of flight f and lands it, even when compute
// panics: the waiters must never wait for a flight that has gone.
func (fs *Flights[V]) fly(ctx context.Context, c *LRU[V], key string, f *flight[V], compute func(context.Context) (V, error)) (V, error) {
	f.err = ErrFlightLost
	defer func() {
		fs.mu.Lock()
		delete(fs.m, key)
		fs.mu.Unlock()
		close(f.done)
	}()
	f.v, f.err = compute(ctx)
	if f.err == nil {
		c.Put(key, f.v)
	}
	return f.v, f.err
}

// ErrFlightLost is what the waiters of a computation that panicked get.
var ErrFlightLost = errors.New("cache: computing a value failed")

func isContextError(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
