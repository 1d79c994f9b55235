package ui

import (
	"net/http"
	"testing"
)

func TestNewRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{{ExportCap: -1}, {ExportCap: maxExportCap + 1}, {FeedSize: 101}, {BaseURL: "search.example"}} {
		if err := cfg.Validate(); err == nil {
			t.Errorf("Validate(%+v): no error", cfg)
		}
	}
	if err := (Config{BaseURL: "https://search.example/", ExportCap: 500}).Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
}

func BenchmarkSearchPage(b *testing.B) {
	benchmarkGet(b, "/search?q=fraud+OR+borders&tag=JHAA")
}

func BenchmarkBrowsePage(b *testing.B) {
	benchmarkGet(b, "/search")
}

func BenchmarkAPISearch(b *testing.B) {
	benchmarkGet(b, "/api/v1/search?q=fraud+OR+borders&tag=JHAA")
}

func benchmarkGet(b *testing.B, target string) {
	req, _ := http.NewRequest(http.MethodGet, target, nil)
	for b.Loop() {
		rec := &discardWriter{h: http.Header{}}
		testApp.ServeHTTP(rec, req)
		if rec.status != http.StatusOK {
			b.Fatalf("status %d", rec.status)
		}
	}
}

// discardWriter keeps the benchmark from measuring a recorder's copying.
type discardWriter struct {
	h      http.Header
	status int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return len(p), nil
}
func (w *discardWriter) WriteHeader(s int) { w.status = s }

// TestExtensionHooks registers a route and a middleware the way the
// operations work will (admin endpoints, metrics) and checks both run
// inside the app's security headers.
func TestExtensionHooks(t *testing.T) {
	srv := New(testEngine, Config{}, nil)
	srv.Handle(http.MethodGet, "/admin/ping", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("pong"))
	}))
	srv.Use(func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Seen", "yes")
			next.ServeHTTP(w, r)
		})
	})
	for _, target := range []string{"/admin/ping", "/api/v1/stats"} {
		res, body := getFrom(t, srv.Handler(), target)
		if res.StatusCode != http.StatusOK || res.Header.Get("X-Seen") != "yes" || res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: status %d, X-Seen %q, CSP %q", target, res.StatusCode, res.Header.Get("X-Seen"), res.Header.Get("Content-Security-Policy"))
		}
		if target == "/admin/ping" && body != "pong" {
			t.Errorf("%s: body %q", target, body)
		}
	}
}
