package ops

import (
	"bufio"
	"cmp"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"time"
)

// Handler serves the metrics page in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		bw := bufio.NewWriter(w)
		m.write(expo{w: bw})
		_ = bw.Flush() // a scraper that hung up needs no answer
	})
}

// pageState is a consistent copy of the counters, taken under the lock so
// that the callbacks and the writing run without it.
type pageState struct {
	requests      map[requestKey]*histogram
	search        *histogram
	index         func() IndexSnapshot
	crawl         func() CrawlSnapshot
	limited       uint64
	clients       int
	limiterActive bool
}

func (m *Metrics) state() pageState {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := pageState{requests: make(map[requestKey]*histogram, len(m.requests)),
		search: m.search.clone(), index: m.index, crawl: m.crawl}
	for k, h := range m.requests {
		s.requests[k] = h.clone()
	}
	if m.limiter != nil {
		s.limiterActive = true
		s.limited, s.clients = m.limiter.stats()
	}
	return s
}

func (m *Metrics) write(e expo) {
	s := m.state()
	now := m.now()
	e.family("jhasearch_start_time_seconds", "gauge", "Start time of the server, in seconds since the Unix epoch.")
	e.sample("jhasearch_start_time_seconds", nil, unixSeconds(m.start))
	m.writeRequests(e, s)
	e.family("jhasearch_search_duration_seconds", "histogram", "Time the engine took to answer one search.")
	e.histogram("jhasearch_search_duration_seconds", nil, s.search)
	if s.limiterActive {
		e.family("jhasearch_http_rate_limited_total", "counter", "Requests refused with 429 by the per-client rate limit.")
		e.sample("jhasearch_http_rate_limited_total", nil, float64(s.limited))
		e.family("jhasearch_rate_limit_clients", "gauge", "Clients currently tracked by the rate limiter.")
		e.sample("jhasearch_rate_limit_clients", nil, float64(s.clients))
	}
	if s.index != nil {
		writeIndex(e, s.index(), now)
	}
	if s.crawl != nil {
		writeCrawl(e, s.crawl())
	}
}

func (m *Metrics) writeRequests(e expo, s pageState) {
	keys := slices.SortedFunc(maps.Keys(s.requests), func(a, b requestKey) int {
		return cmp.Or(cmp.Compare(a.route, b.route), cmp.Compare(a.method, b.method), cmp.Compare(a.status, b.status))
	})
	labelsOf := func(k requestKey) []label {
		return []label{{"route", k.route}, {"method", k.method}, {"status", statusLabel(k.status)}}
	}
	e.family("jhasearch_http_requests_total", "counter", "HTTP requests answered, by route pattern, method and status.")
	for _, k := range keys {
		e.sample("jhasearch_http_requests_total", labelsOf(k), float64(s.requests[k].count))
	}
	e.family("jhasearch_http_request_duration_seconds", "histogram", "Time to answer an HTTP request, by route pattern, method and status.")
	for _, k := range keys {
		e.histogram("jhasearch_http_request_duration_seconds", labelsOf(k), s.requests[k])
	}
}

func writeIndex(e expo, ix IndexSnapshot, now time.Time) {
	ready := 0.0
	if ix.Generation != "" {
		ready = 1
	}
	e.family("jhasearch_index_ready", "gauge", "1 when an index generation is served, 0 while there is none.")
	e.sample("jhasearch_index_ready", nil, ready)
	if ix.Generation == "" {
		return
	}
	e.family("jhasearch_index_generation_info", "gauge", "The served index generation, as a label; the value is always 1.")
	e.sample("jhasearch_index_generation_info", []label{{"generation", ix.Generation}}, 1)
	if !ix.BuiltAt.IsZero() {
		e.family("jhasearch_index_built_timestamp_seconds", "gauge", "When the served generation was built, in seconds since the Unix epoch.")
		e.sample("jhasearch_index_built_timestamp_seconds", nil, unixSeconds(ix.BuiltAt))
		e.family("jhasearch_index_age_seconds", "gauge", "Age of the served generation.")
		e.sample("jhasearch_index_age_seconds", nil, max(0, now.Sub(ix.BuiltAt).Seconds()))
	}
	e.family("jhasearch_index_documents", "gauge", "Documents in the served generation, by agency.")
	for _, agency := range slices.Sorted(maps.Keys(ix.Documents)) {
		e.sample("jhasearch_index_documents", []label{{"agency", agency}}, float64(ix.Documents[agency]))
	}
}

func writeCrawl(e expo, c CrawlSnapshot) {
	if c.Finished.IsZero() {
		return
	}
	e.family("jhasearch_crawl_last_finished_timestamp_seconds", "gauge", "When the last crawl finished, in seconds since the Unix epoch.")
	e.sample("jhasearch_crawl_last_finished_timestamp_seconds", nil, unixSeconds(c.Finished))
	sources := slices.SortedFunc(slices.Values(c.Sources), func(a, b SourceOutcome) int { return cmp.Compare(a.Name, b.Name) })
	e.family("jhasearch_crawl_source_ok", "gauge", "1 when the source succeeded in the last crawl, 0 when it failed.")
	for _, src := range sources {
		ok := 0.0
		if src.OK {
			ok = 1
		}
		e.sample("jhasearch_crawl_source_ok", []label{{"source", src.Name}}, ok)
	}
	e.family("jhasearch_crawl_source_fetched", "gauge", "Pages fetched from the source in the last crawl.")
	for _, src := range sources {
		e.sample("jhasearch_crawl_source_fetched", []label{{"source", src.Name}}, float64(src.Fetched))
	}
	e.family("jhasearch_crawl_source_skipped_robots", "gauge", "Pages of the source skipped in the last crawl because robots.txt disallows them.")
	for _, src := range sources {
		e.sample("jhasearch_crawl_source_skipped_robots", []label{{"source", src.Name}}, float64(src.SkippedRobots))
	}
	e.family("jhasearch_crawl_source_skipped_gone", "gauge", "Releases of the source skipped in the last crawl because they answered 404 or 410 in an earlier one.")
	for _, src := range sources {
		e.sample("jhasearch_crawl_source_skipped_gone", []label{{"source", src.Name}}, float64(src.SkippedGone))
	}
	e.family("jhasearch_crawl_fetches", "gauge", "Fetches of the last crawl, by HTTP status code.")
	for _, code := range slices.Sorted(maps.Keys(c.Fetches)) {
		e.sample("jhasearch_crawl_fetches", []label{{"code", strconv.Itoa(code)}}, float64(c.Fetches[code]))
	}
}

func unixSeconds(t time.Time) float64 { return float64(t.UnixNano()) / 1e9 }
