package cache

import (
	"context"

	"github.com/jhasearch/jhasearch"
)

// Slots admits searches to run, a few at a time. On two cores, sixty-four
// searches running at once each get a thirty-second of a core: a phrase
// that needs 100 ms alone then misses the deadline, and every answer is
// late. Running a few at a time and queueing the rest keeps each search at
// full speed, so the queue moves and the tail stays short.
type Slots struct {
	c chan struct{}
}

// NewSlots returns n slots, all free.
func NewSlots(n int) *Slots {
	return &Slots{c: make(chan struct{}, n)}
}

// Cap returns the number of slots.
func (s *Slots) Cap() int { return cap(s.c) }

// Admit waits for a free slot and returns the function that frees it. The
// wait counts against the deadline (dctx): when it passes first, the
// search is refused with EUNAVAILABLE; a request whose own context ends
// first (ctx) gets its error.
func (s *Slots) Admit(ctx, dctx context.Context) (func(), error) {
	select {
	case s.c <- struct{}{}:
		return func() { <-s.c }, nil
	case <-dctx.Done():
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, jhasearch.Errorf(jhasearch.EUNAVAILABLE,
			"The server is too busy to answer in time; please try again in a moment.")
	}
}
