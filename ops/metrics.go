package ops

import (
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Metrics counts what the server does and renders it for Prometheus at
// /metrics. Build it with NewMetrics; it is safe for concurrent use.
type Metrics struct {
	routes *routes
	start  time.Time
	now    func() time.Time // tests fix the clock that ages are taken from

	mu       sync.Mutex
	requests map[requestKey]*histogram
	search   *histogram
	index    func() IndexSnapshot
	crawl    func() CrawlSnapshot
	limiter  *limiter
}

// requestKey is one series of the request metrics. Every field comes from
// a small fixed set (route patterns, known methods, status codes the
// server writes), so the number of series stays bounded whatever clients
// send.
type requestKey struct {
	route, method string
	status        int
}

// NewMetrics returns empty metrics that label requests by DefaultRoutes.
func NewMetrics() *Metrics {
	rt, err := newRoutes(DefaultRoutes())
	if err != nil {
		panic(err) // DefaultRoutes is a constant list; its tests catch this
	}
	return &Metrics{
		routes:   rt,
		start:    time.Now(),
		now:      time.Now,
		requests: map[requestKey]*histogram{},
		search:   newHistogram(latencyBuckets),
	}
}

// AddRoute adds a route pattern (net/http syntax, "/feeds/{name}") for a
// route the server gains beyond DefaultRoutes. Call before serving.
func (m *Metrics) AddRoute(pattern string) error { return m.routes.add(pattern) }

// Middleware counts every request and its latency by route, method and
// status. Wrap the whole application with it (Ops.Wrap does), not through
// ui.Server.Use: inside Echo's chain a handler's error answer is written
// after the middleware has returned, and would be counted as a 200.
func (m *Metrics) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		m.observeRequest(requestKey{m.routes.match(r), methodLabel(r.Method), rec.code()}, time.Since(start))
	})
}

// ObserveSearch records the duration of one search by the engine; cmd
// calls it from a decorator around the engine's Search.
func (m *Metrics) ObserveSearch(d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.search.observe(d)
}

func (m *Metrics) observeRequest(k requestKey, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	h := m.requests[k]
	if h == nil {
		h = newHistogram(latencyBuckets)
		m.requests[k] = h
	}
	h.observe(d)
}

func (m *Metrics) setLimiter(l *limiter) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.limiter = l
}

// methodLabel keeps the method label to the standard methods; anything
// else a client invents is "OTHER".
func methodLabel(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut,
		http.MethodDelete, http.MethodPatch, http.MethodOptions:
		return method
	}
	return "OTHER"
}

func statusLabel(code int) string { return strconv.Itoa(code) }
