package ops

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// scrape returns the sample lines of the metrics page (comments left out)
// that start with one of the prefixes, in page order.
func scrape(t *testing.T, h http.Handler, prefixes ...string) []string {
	t.Helper()
	rec := do(t, h, call{target: "/metrics"})
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics: status %d", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("/metrics Content-Type %q", ct)
	}
	var out []string
	for line := range strings.Lines(rec.Body.String()) {
		line = strings.TrimSuffix(line, "\n")
		for _, p := range prefixes {
			if strings.HasPrefix(line, p) {
				out = append(out, line)
				break
			}
		}
	}
	return out
}

func TestMetricsCountRequestsByRoutePattern(t *testing.T) {
	_, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	if got := scrape(t, h, "jhasearch_http_requests_total"); len(got) != 0 {
		t.Fatalf("requests before any: %q", got)
	}
	for _, c := range []call{
		{target: "/api/v1/documents/abc"},
		{target: "/api/v1/documents/xyz?q=secret"},
		{target: "/api/v1/documents/missing"},
		{target: "/no/such/path"},
		{target: "/api/v1/documents/a/b"},
		{method: "BREW", target: "/no/such/pot"},
	} {
		do(t, h, c)
	}
	want := []string{
		`jhasearch_http_requests_total{route="/api/v1/documents/{id}",method="GET",status="200"} 2`,
		`jhasearch_http_requests_total{route="/api/v1/documents/{id}",method="GET",status="404"} 1`,
		`jhasearch_http_requests_total{route="/metrics",method="GET",status="200"} 1`,
		`jhasearch_http_requests_total{route="other",method="GET",status="404"} 2`,
		`jhasearch_http_requests_total{route="other",method="OTHER",status="404"} 1`,
	}
	if diff := cmp.Diff(want, scrape(t, h, "jhasearch_http_requests_total")); diff != "" {
		t.Errorf("request counts mismatch (-want +got):\n%s", diff)
	}
	page := do(t, h, call{target: "/metrics"}).Body.String()
	for _, raw := range []string{"abc", "xyz", "secret", "/no/such", "BREW"} {
		if strings.Contains(page, raw) {
			t.Errorf("metrics page holds %q from a raw request", raw)
		}
	}
	series := `{route="/api/v1/documents/{id}",method="GET",status="200"`
	buckets := scrape(t, h, "jhasearch_http_request_duration_seconds_bucket"+series)
	if len(buckets) != len(latencyBuckets)+1 {
		t.Fatalf("%d buckets, want %d: %q", len(buckets), len(latencyBuckets)+1, buckets)
	}
	prev := 0.0
	for _, line := range buckets {
		v := sampleValue(t, line)
		if v < prev {
			t.Errorf("buckets not cumulative at %q", line)
		}
		prev = v
	}
	if !strings.HasSuffix(buckets[len(buckets)-1], `le="+Inf"} 2`) {
		t.Errorf("last bucket %q, want le=\"+Inf\" with 2", buckets[len(buckets)-1])
	}
	count := scrape(t, h, "jhasearch_http_request_duration_seconds_count"+series)
	if diff := cmp.Diff([]string{"jhasearch_http_request_duration_seconds_count" + series + "} 2"}, count); diff != "" {
		t.Errorf("count mismatch (-want +got):\n%s", diff)
	}
}

func sampleValue(t *testing.T, line string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
	if err != nil {
		t.Fatalf("sample %q: %v", line, err)
	}
	return v
}

func TestSearchHistogram(t *testing.T) {
	o, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	// Powers of two, so that the sum is exact in floating point; one
	// observation sits exactly on a bound, which "le" includes.
	for _, d := range []time.Duration{time.Second / 256, time.Second / 32, time.Second} {
		o.Metrics().ObserveSearch(d)
	}
	want := []string{}
	counts := []int{0, 0, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3}
	for i, b := range latencyBuckets {
		want = append(want, `jhasearch_search_duration_seconds_bucket{le="`+formatFloat(b)+`"} `+strconv.Itoa(counts[i]))
	}
	want = append(want, `jhasearch_search_duration_seconds_bucket{le="+Inf"} 3`,
		`jhasearch_search_duration_seconds_sum 1.03515625`,
		`jhasearch_search_duration_seconds_count 3`)
	if diff := cmp.Diff(want, scrape(t, h, "jhasearch_search_duration_seconds")); diff != "" {
		t.Errorf("search histogram mismatch (-want +got):\n%s", diff)
	}
}

func TestMetricsIndexAndCrawl(t *testing.T) {
	o, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	m := o.Metrics()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	m.now = func() time.Time { return now }
	index := IndexSnapshot{}
	m.SetIndexSource(func() IndexSnapshot { return index })
	m.SetCrawlSource(func() CrawlSnapshot {
		return CrawlSnapshot{
			Finished: time.Unix(1764230400, 0),
			Sources: []SourceOutcome{
				{Name: "frontex", OK: false, Fetched: 3, SkippedRobots: 2, SkippedGone: 5},
				{Name: "we\"ird\\name\nsecond line", OK: true, Fetched: 12},
			},
			Fetches: map[int]int{200: 14, 304: 40, 503: 1},
		}
	})
	if diff := cmp.Diff([]string{"jhasearch_index_ready 0"}, scrape(t, h, "jhasearch_index_")); diff != "" {
		t.Errorf("index before a generation mismatch (-want +got):\n%s", diff)
	}
	index = IndexSnapshot{Generation: "gen-20261127T020000Z", BuiltAt: now.Add(-90 * time.Minute),
		Documents: map[string]int{"eu-LISA": 120, "Europol": 4000}}
	want := []string{
		"jhasearch_index_ready 1",
		`jhasearch_index_generation_info{generation="gen-20261127T020000Z"} 1`,
		"jhasearch_index_built_timestamp_seconds 1.7957754e+09",
		"jhasearch_index_age_seconds 5400",
		`jhasearch_index_documents{agency="Europol"} 4000`,
		`jhasearch_index_documents{agency="eu-LISA"} 120`,
		"jhasearch_crawl_last_finished_timestamp_seconds 1.7642304e+09",
		`jhasearch_crawl_source_ok{source="frontex"} 0`,
		`jhasearch_crawl_source_ok{source="we\"ird\\name\nsecond line"} 1`,
		`jhasearch_crawl_source_fetched{source="frontex"} 3`,
		`jhasearch_crawl_source_fetched{source="we\"ird\\name\nsecond line"} 12`,
		`jhasearch_crawl_source_skipped_robots{source="frontex"} 2`,
		`jhasearch_crawl_source_skipped_robots{source="we\"ird\\name\nsecond line"} 0`,
		`jhasearch_crawl_source_skipped_gone{source="frontex"} 5`,
		`jhasearch_crawl_source_skipped_gone{source="we\"ird\\name\nsecond line"} 0`,
		`jhasearch_crawl_fetches{code="200"} 14`,
		`jhasearch_crawl_fetches{code="304"} 40`,
		`jhasearch_crawl_fetches{code="503"} 1`,
	}
	if diff := cmp.Diff(want, scrape(t, h, "jhasearch_index_", "jhasearch_crawl_")); diff != "" {
		t.Errorf("index and crawl mismatch (-want +got):\n%s", diff)
	}
}

func TestMetricsPageAnnouncesEveryFamilyOnce(t *testing.T) {
	o, h := newTestServer(t, Config{RateLimit: 5}, &jobRunner{}, nil)
	o.Metrics().SetIndexSource(func() IndexSnapshot {
		return IndexSnapshot{Generation: "g", BuiltAt: time.Unix(1, 0), Documents: map[string]int{"EPPO": 1}}
	})
	do(t, h, call{target: "/api/v1/documents/a"})
	do(t, h, call{target: "/api/v1/documents/missing"})
	page := do(t, h, call{target: "/metrics"}).Body.String()
	seen := map[string]bool{}
	for line := range strings.Lines(page) {
		f := strings.Fields(line)
		if len(f) >= 3 && f[0] == "#" && f[1] == "TYPE" {
			if seen[f[2]] {
				t.Errorf("family %s announced twice", f[2])
			}
			seen[f[2]] = true
			continue
		}
		if line[0] == '#' {
			continue
		}
		name := f[0][:strings.IndexAny(f[0]+"{", "{")]
		family := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "_bucket"), "_sum"), "_count")
		if !seen[family] && !seen[name] {
			t.Errorf("sample %q before its family's TYPE line", line)
		}
		if !strings.HasPrefix(name, "jhasearch_") {
			t.Errorf("sample %q lacks the jhasearch_ prefix", line)
		}
	}
	for _, f := range []string{"jhasearch_http_requests_total", "jhasearch_http_request_duration_seconds",
		"jhasearch_search_duration_seconds", "jhasearch_http_rate_limited_total", "jhasearch_index_documents"} {
		if !seen[f] {
			t.Errorf("family %s missing", f)
		}
	}
}

func TestIndexSnapshotOf(t *testing.T) {
	built := time.Date(2026, 11, 27, 2, 0, 0, 0, time.UTC)
	st := &jhasearch.Stats{Documents: 7, Generation: "g1", BuiltAt: built,
		Agencies: []jhasearch.FacetValue{{Value: "Europol", Count: 5}, {Value: "EPPO", Count: 2}}}
	want := IndexSnapshot{Generation: "g1", BuiltAt: built, Documents: map[string]int{"Europol": 5, "EPPO": 2}}
	if diff := cmp.Diff(want, IndexSnapshotOf(st)); diff != "" {
		t.Errorf("snapshot mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(IndexSnapshot{}, IndexSnapshotOf(nil)); diff != "" {
		t.Errorf("nil stats mismatch (-want +got):\n%s", diff)
	}
}
