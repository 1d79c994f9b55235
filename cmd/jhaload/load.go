package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jhasearch/jhasearch/cmd/jhaload/internal/client"
)

// classRecord is what one client saw of one query class.
type classRecord struct {
	latencies []time.Duration
	starts    []time.Time // when each of latencies began
	errors    int
	hits      int64 // sum of the answers' totals
	distinct  map[string]struct{}
	errSample []string
	// usedUp counts the draws of a distinct workload's kind whose
	// questions had run out: drawn again from the other kinds, they are
	// not errors of the server, and the report says how many there were.
	usedUp int
	// slowest are the slowest requests, slowest first, so that the
	// engine's owner can repeat the tail.
	slowest []slowRequest
}

// slowRequest is one request of a class's tail.
type slowRequest struct {
	latency time.Duration
	target  string
}

// keepSlowest is how many of a class's slowest requests a run keeps.
const keepSlowest = 3

// noteSlow keeps target among c's slowest requests if it is one.
func (c *classRecord) noteSlow(d time.Duration, target string) {
	if len(c.slowest) == keepSlowest && d <= c.slowest[keepSlowest-1].latency {
		return
	}
	if i := strings.Index(target, "/api/"); i >= 0 {
		target = target[i:]
	}
	// After those as slow, so that the first one seen stays first.
	i := sort.Search(len(c.slowest), func(i int) bool { return c.slowest[i].latency < d })
	c.slowest = slices.Insert(c.slowest, i, slowRequest{d, target})
	c.slowest = c.slowest[:min(len(c.slowest), keepSlowest)]
}

// loadRecord is what a load run saw, per class, in the workload's order.
type loadRecord struct {
	classes []*classRecord
	elapsed time.Duration
}

func newLoadRecord(n int) *loadRecord {
	l := &loadRecord{classes: make([]*classRecord, n)}
	for i := range l.classes {
		l.classes[i] = &classRecord{distinct: map[string]struct{}{}}
	}
	return l
}

// merge adds o's records to l.
func (l *loadRecord) merge(o *loadRecord) {
	for i, c := range o.classes {
		m := l.classes[i]
		m.latencies = append(m.latencies, c.latencies...)
		m.starts = append(m.starts, c.starts...)
		m.errors += c.errors
		m.usedUp += c.usedUp
		m.hits += c.hits
		for k := range c.distinct {
			m.distinct[k] = struct{}{}
		}
		for _, s := range c.slowest {
			m.noteSlow(s.latency, s.target)
		}
		if len(m.errSample) < 5 {
			m.errSample = append(m.errSample, c.errSample[:min(len(c.errSample), 5-len(m.errSample))]...)
		}
	}
}

// runLoad runs clients closed-loop clients until ctx is done: each sends a
// request, reads the whole answer, and sends the next at once. Every
// client keeps its own keep-alive connection, so clients = connections.
// The distinct workload's questions are drawn from pool and recorded in
// seen, which the clients share.
func runLoad(ctx context.Context, s *server, w *workload, seen *asked, pool int, clients int, seed uint64) *loadRecord {
	total := newLoadRecord(len(w.classes))
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for i := range clients {
		wg.Go(func() {
			rec := newLoadRecord(len(w.classes))
			r := rand.New(rand.NewPCG(seed, uint64(i)))
			conn := client.NewConn(s.hostPort())
			defer conn.Close()
			for ctx.Err() == nil {
				class, params, err := w.request(r, seen, pool)
				switch {
				case errors.Is(err, errUsedUp):
					rec.classes[class].usedUp++
					if seen.allUsedUp(len(w.classes)) {
						// Nothing can be asked until a new generation
						// empties seen: wait rather than spin (with -only
						// word the warm-up used its words up, and eight
						// clients drew 115 million times in 30 s).
						select {
						case <-ctx.Done():
						case <-time.After(10 * time.Millisecond):
						}
					}
					continue
				case err != nil:
					rec.classes[class].fail(w.classes[class].name, err.Error())
					continue
				}
				one(ctx, conn, s.searchTarget(params), rec.classes[class])
			}
			mu.Lock()
			total.merge(rec)
			mu.Unlock()
		})
	}
	wg.Wait()
	total.elapsed = time.Since(start)
	return total
}

// one sends one request and records it. A request cut off because the run
// ended is not counted: it neither failed nor finished.
func one(ctx context.Context, conn *client.Conn, target string, rec *classRecord) {
	start := time.Now()
	status, body, err := conn.Get(ctx, target)
	d := time.Since(start)
	if err != nil {
		if ctx.Err() == nil {
			rec.fail(target, err.Error())
		}
		return
	}
	if status != http.StatusOK {
		rec.fail(target, fmt.Sprintf("%d %s: %s", status, http.StatusText(status), strings.TrimSpace(tail(string(body), 200))))
		return
	}
	total, err := client.AnswerTotal(body)
	if err != nil {
		rec.fail(target, err.Error()+": "+tail(string(body), 200))
		return
	}
	rec.latencies = append(rec.latencies, d)
	rec.starts = append(rec.starts, start)
	rec.hits += int64(total)
	rec.distinct[target] = struct{}{}
	rec.noteSlow(d, target)
}

// fail counts an error and keeps the first few, with the request's path
// and query so that the engine's owner can repeat it.
func (c *classRecord) fail(url, msg string) {
	c.errors++
	if len(c.errSample) < 5 {
		if i := strings.Index(url, "/api/"); i >= 0 {
			url = url[i:]
		}
		c.errSample = append(c.errSample, url+" → "+msg)
	}
}
