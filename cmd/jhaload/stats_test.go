package main

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/internal/corpus"
)

func ms1(n int) time.Duration { return time.Duration(n) * time.Millisecond }

func TestPercentile(t *testing.T) {
	hundred := make([]time.Duration, 100)
	for i := range hundred {
		hundred[i] = ms1(i + 1)
	}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one value", []time.Duration{ms1(7)}, 99, ms1(7)},
		{"p50 of 100", hundred, 50, ms1(50)},
		{"p90 of 100", hundred, 90, ms1(90)},
		{"p99 of 100", hundred, 99, ms1(99)},
		{"max of 100", hundred, 100, ms1(100)},
		{"p0 is the minimum", hundred, 0, ms1(1)},
		{"p50 of two is the lower", []time.Duration{ms1(1), ms1(2)}, 50, ms1(1)},
		{"p99 of ten is the maximum", hundred[:10], 99, ms1(10)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("percentile(%d values, %v) = %v, want %v", len(tt.sorted), tt.p, got, tt.want)
			}
		})
	}
}

func TestSummariseCountsErrorsAsRequests(t *testing.T) {
	rec := &classRecord{
		latencies: []time.Duration{ms1(3), ms1(1), ms1(2), ms1(4)},
		errors:    1,
		hits:      40,
		distinct:  map[string]struct{}{"a": {}, "b": {}},
	}
	got := summarise(rec, 5*time.Second)
	want := latencySummary{Requests: 5, Errors: 1, Distinct: 2, MeanHits: 10,
		P50: ms1(2), P90: ms1(4), P99: ms1(4), Max: ms1(4), PerSec: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("summary mismatch (-want +got):\n%s", diff)
	}
}

// TestWorkloadMix checks that the requests follow the documented weights
// and are all valid API parameters.
func TestWorkloadMix(t *testing.T) {
	g, err := corpus.New(1)
	if err != nil {
		t.Fatal(err)
	}
	w := newWorkload(g)
	r := rand.New(rand.NewPCG(1, 2))
	const n = 20000
	counts := make([]int, len(w.classes))
	pages := map[string]int{}
	allowed := map[string]bool{"q": true, "agency": true, "tag": true, "language": true, "from": true, "to": true, "sort": true, "page": true, "size": true}
	for range n {
		class, v, err := w.request(r, nil, poolMeasured)
		if err != nil {
			t.Fatal(err)
		}
		counts[class]++
		pages[v.Get("page")]++
		checkParams(t, v, allowed)
	}
	for i, c := range w.classes {
		share := float64(counts[i]) / n * 100
		if want := float64(c.weight*100) / float64(w.total); share < want-2 || share > want+2 {
			t.Errorf("class %s has %.1f%% of the requests, want %.0f%%", c.name, share, want)
		}
	}
	if p1 := float64(pages[""]) / n; p1 < 0.67 || p1 > 0.73 {
		t.Errorf("page 1 is %.2f of the requests, want 0.70", p1)
	}
	if len(pages) != 3 {
		t.Errorf("pages asked: %v, want 1 (absent), 2 and 3", pages)
	}
}

func checkParams(t *testing.T, v url.Values, allowed map[string]bool) {
	t.Helper()
	for k := range v {
		if !allowed[k] {
			t.Fatalf("request has parameter %q, which the API does not take: %v", k, v)
		}
	}
	if v.Get("size") != "10" {
		t.Fatalf("request asks size %q, want 10: %v", v.Get("size"), v)
	}
	if from, to := v.Get("from"), v.Get("to"); from != "" && from > to {
		t.Fatalf("request has from %s after to %s", from, to)
	}
}

func TestParseFlagsRefusesBadValues(t *testing.T) {
	tests := [][]string{
		{"-docs", "0"},
		{"-clients", "0"},
		{"-duration", "0s"},
		{"-warmup", "-1s"},
		{"-workload", "repeated"},
		{"-only", "poetry"},
		{"-workload", "cached", "-only", "word + date range"},
		{"stray"},
		{"-nosuchflag"},
	}
	for _, args := range tests {
		_, err := parseFlags(args, io.Discard)
		var usage usageError
		if !errors.As(err, &usage) {
			t.Errorf("parseFlags(%q) = %v, want a usage error", args, err)
		}
	}
	c, err := parseFlags(nil, io.Discard)
	if err != nil || c.docs != 100000 || c.clients != 8 || c.duration != 30*time.Second || c.workload != workloadDistinct || c.warmup != 20*time.Second {
		t.Errorf("defaults = %+v, %v; want 100000 documents, 8 clients, 30s, distinct questions after a 20s warm-up", c, err)
	}
	if c, err := parseFlags([]string{"-workload", "cached"}, io.Discard); err != nil || c.warmup != 3*time.Second {
		t.Errorf("cached workload: warm-up %s, %v; want 3s", c.warmup, err)
	}
	if c, err := parseFlags([]string{"-warmup", "0s"}, io.Discard); err != nil || c.warmup != 0 {
		t.Errorf("-warmup 0s: warm-up %s, %v; want none", c.warmup, err)
	}
}

func TestOnlyKind(t *testing.T) {
	g, err := corpus.New(1)
	if err != nil {
		t.Fatal(err)
	}
	w, err := newWorkload(g).onlyKind("phrase")
	if err != nil || len(w.classes) != 1 || w.classes[0].name != "phrase" {
		t.Fatalf("onlyKind(phrase) = %v, %v", w, err)
	}
	r := rand.New(rand.NewPCG(1, 1))
	for range 100 {
		if class, v, err := w.request(r, nil, poolMeasured); err != nil || class != 0 || !strings.HasPrefix(v.Get("q"), `"`) {
			t.Fatalf("request = %d %v %v, want a phrase", class, v, err)
		}
	}
	var usage usageError
	if _, err := newWorkload(g).onlyKind("poetry"); !errors.As(err, &usage) || !strings.Contains(err.Error(), `"browse"`) {
		t.Errorf("onlyKind(poetry) = %v, want a usage error naming the kinds", err)
	}
}

func TestSlowestAreKeptAcrossClients(t *testing.T) {
	a, b := newLoadRecord(1), newLoadRecord(1)
	for i, ms := range []int{5, 1, 9, 3} {
		a.classes[0].noteSlow(time.Duration(ms)*time.Millisecond, fmt.Sprintf("http://h/api/search?q=a%d", i))
	}
	for i, ms := range []int{7, 2, 9} {
		b.classes[0].noteSlow(time.Duration(ms)*time.Millisecond, fmt.Sprintf("http://h/api/search?q=b%d", i))
	}
	total := newLoadRecord(1)
	total.merge(a)
	total.merge(b)
	var got []string
	for _, s := range total.classes[0].slowest {
		got = append(got, fmt.Sprintf("%s %s", s.latency, s.target))
	}
	want := []string{"9ms /api/search?q=a2", "9ms /api/search?q=b2", "7ms /api/search?q=b0"}
	if !slices.Equal(got, want) {
		t.Errorf("slowest = %q, want %q", got, want)
	}
	if s := summarise(total.overall(), time.Second).Slowest; len(s) != keepSlowest || s[0].latency != 9*time.Millisecond {
		t.Errorf("overall slowest = %v", s)
	}
}

func TestGoalsOfARunThatAskedNothing(t *testing.T) {
	w := distinctWorkload(t, 3)
	r := &report{workload: w, runs: []scenarioResult{{scenario: scenario{clients: 8}, classes: make([]latencySummary, len(w.classes))}}}
	var b strings.Builder
	r.writeDistinctGoals(&b)
	if strings.Contains(b.String(), "| yes |") || !strings.Contains(b.String(), "none: every kind's questions ran out") {
		t.Errorf("goals of a run without requests:\n%s", b.String())
	}
	r.runs[0].overall = latencySummary{Requests: 10, P50: ms1(2), P99: ms1(12)}
	r.runs[0].serverCPU = ms1(5)
	b.Reset()
	r.writeDistinctGoals(&b)
	if got := strings.Count(b.String(), "| yes |"); got != 3 {
		t.Errorf("goals of a run of 10 requests, 0.5 ms each, p50 2 ms, p99 12 ms: %d met, want 3:\n%s", got, b.String())
	}
}
