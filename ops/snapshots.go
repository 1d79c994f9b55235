package ops

import (
	"time"

	"github.com/jhasearch/jhasearch"
)

// IndexSnapshot is what the metrics page shows about the served index
// generation. cmd fills it from the engine's stats; the zero value means
// that no generation is served yet.
type IndexSnapshot struct {
	// Generation is the served generation's name.
	Generation string
	// BuiltAt is when the generation was built.
	BuiltAt time.Time
	// Documents counts the generation's documents per agency label.
	Documents map[string]int
}

// IndexSnapshotOf converts the engine's stats; nil (no generation served,
// or the stats failed) gives the zero snapshot.
func IndexSnapshotOf(st *jhasearch.Stats) IndexSnapshot {
	if st == nil {
		return IndexSnapshot{}
	}
	ix := IndexSnapshot{Generation: st.Generation, BuiltAt: st.BuiltAt, Documents: make(map[string]int, len(st.Agencies))}
	for _, a := range st.Agencies {
		ix.Documents[a.Value] = a.Count
	}
	return ix
}

// CrawlSnapshot is what the metrics page shows about the last crawl. cmd
// fills it from the data directory's run log; a zero Finished means that
// no crawl has finished yet.
type CrawlSnapshot struct {
	// Finished is when the last crawl ended.
	Finished time.Time
	// Sources is each source's outcome in that crawl.
	Sources []SourceOutcome
	// Fetches counts that crawl's fetches by HTTP status code (304 for a
	// page that had not changed).
	Fetches map[int]int
}

// SourceOutcome is one source's result in a crawl.
type SourceOutcome struct {
	// Name is the source's name from the sources file.
	Name string
	// OK reports whether the source was crawled without error.
	OK bool
	// Fetched is the number of pages fetched from the source.
	Fetched int
	// SkippedRobots is the number of the source's pages not fetched
	// because robots.txt disallows them.
	SkippedRobots int
	// SkippedGone is the number of the source's releases not asked for
	// because they answered 404 or 410 in an earlier crawl.
	SkippedGone int
}

// SetIndexSource sets the callback read on every scrape of /metrics for the
// index gauges. It is called from the scraping request's goroutine, so it
// should be cheap (the engine's cached stats, not a query per agency).
func (m *Metrics) SetIndexSource(f func() IndexSnapshot) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.index = f
}

// SetCrawlSource sets the callback read on every scrape for the crawl
// gauges; reading the small run log file each time is fine.
func (m *Metrics) SetCrawlSource(f func() CrawlSnapshot) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.crawl = f
}
