package ui

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseViewsFailsOnBrokenTemplate(t *testing.T) {
	static, err := loadStatic()
	if err != nil {
		t.Fatal(err)
	}
	good := fstest.MapFS{}
	for _, name := range append(pageNames, "layout", "partials") {
		good["templates/"+name+".html"] = &fstest.MapFile{Data: []byte(`{{define "x"}}ok{{end}}`)}
	}
	if _, err := parseViews(good, static); err != nil {
		t.Fatalf("well-formed templates: %v", err)
	}
	broken := fstest.MapFS{}
	for k, v := range good {
		broken[k] = v
	}
	broken["templates/search.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{range .Hits}}{{end}`)}
	if _, err := parseViews(broken, static); err == nil || !strings.Contains(err.Error(), "search") {
		t.Errorf("broken search template: err %v, want a parse error naming it", err)
	}
	delete(good, "templates/document.html")
	if _, err := parseViews(good, static); err == nil {
		t.Error("missing document template: no error")
	}
}

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

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
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
