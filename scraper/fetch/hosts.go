package fetch

import (
	"context"
	"sync"
	"time"
)

// hostGate lets one request at a time go to a host, keeps the minimum gap
// between them, and gives the host up after repeated failures.
type hostGate struct {
	turn chan struct{} // holds a token while a request is in flight

	mu    sync.Mutex
	next  time.Time // earliest start of the next request
	fails int       // failures in a row
	down  bool      // given up for the run
	// reason says why the host was given up when it was not for failures
	// in a row; lost is the time lost on it (see Config.HostBudget).
	reason string
	lost   time.Duration
}

func newHostGate() *hostGate {
	return &hostGate{turn: make(chan struct{}, 1)}
}

// acquire waits for the host's turn and its gap; release must follow.
func (h *hostGate) acquire(ctx context.Context) error {
	select {
	case h.turn <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	wait := time.Until(h.next)
	h.mu.Unlock()
	if wait <= 0 {
		return nil
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		<-h.turn
		return ctx.Err()
	}
}

// release ends the request and keeps the next one at least gap away.
func (h *hostGate) release(gap time.Duration) {
	h.push(gap)
	<-h.turn
}

// push delays the next request by at least d from now (a gap, a backoff or
// a Retry-After).
func (h *hostGate) push(d time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t := time.Now().Add(d); t.After(h.next) {
		h.next = t
	}
}

// result records the outcome of a request; it reports whether the host has
// just been given up.
func (h *hostGate) result(ok bool, limit int) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if ok {
		h.fails = 0
		return false
	}
	h.fails++
	if h.fails >= limit && !h.down {
		h.down = true
		return true
	}
	return false
}

// isDown reports whether the host is given up for the run, and why when
// it was not for failures in a row.
func (h *hostGate) isDown() (bool, string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.down, h.reason
}

// spend adds d to the time lost on the host and reports whether that is
// more than budget.
func (h *hostGate) spend(d, budget time.Duration) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lost += d
	return h.lost > budget
}

// giveUp gives the host up for the run for reason.
func (h *hostGate) giveUp(reason string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.down, h.reason = true, reason
}

// newRun forgets the failures and the lost time of the previous run.
func (h *hostGate) newRun() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.fails, h.down, h.reason, h.lost = 0, false, "", 0
}
