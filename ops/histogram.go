package ops

import (
	"sort"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of every latency
// histogram: fixed, so that dashboards can aggregate over servers and
// restarts. They span a cached facet count (a few ms) to a timed-out
// export (tens of seconds).
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// histogram counts observations into fixed buckets. It is not safe for
// concurrent use; its owner holds a lock.
type histogram struct {
	bounds []float64
	counts []uint64 // per bucket, not cumulative; the +Inf bucket is count
	count  uint64
	sum    float64
}

func newHistogram(bounds []float64) *histogram {
	return &histogram{bounds: bounds, counts: make([]uint64, len(bounds))}
}

func (h *histogram) observe(d time.Duration) {
	s := d.Seconds()
	// The first bound >= s: a value equal to a bound belongs to its bucket
	// ("le" is less than or equal).
	if i := sort.SearchFloat64s(h.bounds, s); i < len(h.bounds) {
		h.counts[i]++
	}
	h.count++
	h.sum += s
}

func (h *histogram) clone() *histogram {
	c := *h
	c.counts = append([]uint64(nil), h.counts...)
	return &c
}
