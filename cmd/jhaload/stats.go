package main

import (
	"math"
	"slices"
	"time"
)

// latencySummary is what the report shows of a set of requests.
type latencySummary struct {
	Requests int
	Errors   int
	Distinct int
	MeanHits float64
	P50      time.Duration
	P90      time.Duration
	P99      time.Duration
	Max      time.Duration
	PerSec   float64
	// UsedUp counts the draws whose kind had no new question left.
	UsedUp int
	// Slowest are the slowest requests, slowest first.
	Slowest []slowRequest
}

// summarise computes the figures of rec over elapsed. Latencies count the
// successful requests; errors are counted apart.
func summarise(rec *classRecord, elapsed time.Duration) latencySummary {
	lat := slices.Clone(rec.latencies)
	slices.Sort(lat)
	s := latencySummary{
		Requests: len(lat) + rec.errors,
		Errors:   rec.errors,
		Distinct: len(rec.distinct),
		UsedUp:   rec.usedUp,
		Slowest:  rec.slowest,
		P50:      percentile(lat, 50),
		P90:      percentile(lat, 90),
		P99:      percentile(lat, 99),
		Max:      percentile(lat, 100),
	}
	if len(lat) > 0 {
		s.MeanHits = float64(rec.hits) / float64(len(lat))
	}
	if elapsed > 0 {
		s.PerSec = float64(s.Requests) / elapsed.Seconds()
	}
	return s
}

// percentile returns the nearest-rank p-th percentile of sorted: the
// smallest value that at least p percent of the values do not exceed.
// It is 0 for no values.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}

// overall merges every class of l into one record.
func (l *loadRecord) overall() *classRecord {
	all := &classRecord{distinct: map[string]struct{}{}}
	for _, c := range l.classes {
		all.latencies = append(all.latencies, c.latencies...)
		all.starts = append(all.starts, c.starts...)
		all.errors += c.errors
		all.usedUp += c.usedUp
		all.hits += c.hits
		for k := range c.distinct {
			all.distinct[k] = struct{}{}
		}
		all.errSample = append(all.errSample, c.errSample...)
		for _, s := range c.slowest {
			all.noteSlow(s.latency, s.target)
		}
	}
	return all
}

// p99Between is the p99 of the requests of rec that began in [from, to),
// and how many they were.
func p99Between(rec *classRecord, from, to time.Time) (time.Duration, int) {
	var lat []time.Duration
	for i, at := range rec.starts {
		if !at.Before(from) && at.Before(to) {
			lat = append(lat, rec.latencies[i])
		}
	}
	slices.Sort(lat)
	return percentile(lat, 99), len(lat)
}
