package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Hostile clients against the real handler over the real test index. The
// deadline is a liveness bound for a loaded CI machine, not a speed
// assertion: it only catches a request that hangs.
const clientDeadline = 10 * time.Second

// hostileCase is one hostile request and the answers it may get. Requests
// outside the limits must be refused; the query bombs are text in this
// query language (no regular expressions, no inner wildcards), so they
// may be searched or refused as too expensive, but never fail inside.
type hostileCase struct {
	name, target string
	statuses     []int // allowed statuses; 400 always means code "invalid"
}

func hostileCases() []hostileCase {
	bad := []int{http.StatusBadRequest}
	either := []int{http.StatusOK, http.StatusBadRequest}
	many := func(name string, n int, distinct bool) string {
		v := url.Values{}
		for i := 0; i < n; i++ {
			if distinct {
				v.Add(name, fmt.Sprintf("value%d", i))
			} else {
				v.Add(name, "Europol")
			}
		}
		return v.Encode()
	}
	return []hostileCase{
		{"100 KB q", "q=" + strings.Repeat("a", 100<<10), bad},
		{"100 KB q of words", "q=" + strings.Repeat("ab+", 33<<10), bad},
		{"size a million", "q=border&size=1000000", bad},
		{"page 999999999", "q=border&page=999999999", bad},
		{"page overflowing page × size", "page=9223372036854775807&size=2", bad},
		{"300 distinct agencies", many("agency", 300, true), bad},
		{"300 distinct tags", many("tag", 300, true), bad},
		{"500 identical agencies", many("agency", 500, false), []int{http.StatusOK}},
		{"invalid UTF-8 in q", "q=%ff%fe%fd", bad},
		{"invalid UTF-8 in a filter", "agency=%c3%28", bad},
		{"invalid UTF-8 in a cursor", "cursor=%80%80", bad},
		{"garbage cursor", "q=border&cursor=" + strings.Repeat("A", 400), bad},
		{"inner wildcards", "q=" + url.QueryEscape("*a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*"), either},
		{"chained wildcards", "q=" + url.QueryEscape("a*b*c*d*e*f*g*"), either},
		{"regexp bomb", "q=" + url.QueryEscape("/(a+)+/"), either},
		{"regexp bomb long", "q=" + url.QueryEscape("/(.*a){20}/ /((a|b)*)*c/"), either},
		{"one-letter prefix", "q=a*", bad},
		{"many short prefixes", "q=" + url.QueryEscape(strings.TrimSpace(strings.Repeat("ab* ac* ad* ae* af* ag* ah* ai* ", 15))), either},
		{"fuzziness 99", "q=" + url.QueryEscape("word~99"), bad},
		{"many fuzzy terms", "q=" + url.QueryEscape(strings.TrimSpace(strings.Repeat("border~2 europol~2 smuggling~2 ", 15))), either},
		{"deep OR chain", "q=" + url.QueryEscape(strings.TrimSpace(strings.Repeat("a OR ", 99))), either},
		{"from after to", "from=2024-05-01&to=2023-01-01", bad},
		{"unknown parameters", many("x", 300, true), bad},
	}
}

// hostileGet runs one request under the liveness deadline.
func hostileGet(t testing.TB, target string) *httptest.ResponseRecorder {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), clientDeadline)
	defer cancel()
	rec := httptest.NewRecorder()
	done := make(chan struct{})
	go func() {
		defer close(done)
		testApp.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil).WithContext(ctx))
	}()
	select {
	case <-done:
	case <-time.After(clientDeadline + 5*time.Second):
		t.Fatalf("GET %.80s: no answer after %v", target, clientDeadline)
	}
	return rec
}

func TestHostileClients(t *testing.T) {
	for _, tc := range hostileCases() {
		for _, path := range []string{"/api/v1/search", "/search"} {
			t.Run(tc.name+" "+path, func(t *testing.T) {
				rec := hostileGet(t, path+"?"+tc.target)
				t.Logf("status %d", rec.Code)
				if !containsInt(tc.statuses, rec.Code) {
					t.Fatalf("status %d, want one of %v; body: %.300s", rec.Code, tc.statuses, rec.Body.String())
				}
				if rec.Code == http.StatusBadRequest && path == "/api/v1/search" {
					var e apiError
					if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code != jhasearch.EINVALID || e.Error.Message == "" {
						t.Errorf("error body %.300s (%v), want code %q with a message", rec.Body.String(), err, jhasearch.EINVALID)
					}
				}
			})
		}
	}
}

func TestHostileSuggestAndDocuments(t *testing.T) {
	tests := []struct {
		target string
		status int
	}{
		{"/api/v1/suggest?q=" + strings.Repeat("a", 100<<10), http.StatusBadRequest},
		{"/api/v1/suggest?q=%ff%fe", http.StatusBadRequest},
		{"/api/v1/suggest?q=ab&size=1000000", http.StatusBadRequest},
		{"/api/v1/documents/" + strings.Repeat("x", 100<<10), http.StatusNotFound},
		{"/api/v1/documents/%ff%fe", http.StatusNotFound},
		{"/api/v1/documents/" + eurodacID + "/related?size=1000000", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.target[:min(len(tt.target), 60)], func(t *testing.T) {
			rec := hostileGet(t, tt.target)
			if rec.Code != tt.status {
				t.Errorf("status %d, want %d; body: %.300s", rec.Code, tt.status, rec.Body.String())
			}
		})
	}
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

// BenchmarkHostileClients runs the whole hostile set through the API and
// reports the heap still in use after each pass, so that a bound on the
// memory a flood of hostile requests leaves behind can be stated:
//
//	go test -run '^$' -bench HostileClients -benchtime 20x ./ui
func BenchmarkHostileClients(b *testing.B) {
	cases := hostileCases()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for b.Loop() {
		for _, tc := range cases {
			if rec := hostileGet(b, "/api/v1/search?"+tc.target); rec.Code >= 500 {
				b.Fatalf("%s: status %d", tc.name, rec.Code)
			}
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapInuse)-int64(before.HeapInuse))/(1<<20), "heap-growth-MiB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N*len(cases))/(1<<10), "alloc-KiB/req")
}
