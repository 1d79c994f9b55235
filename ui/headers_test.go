package ui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
)

func TestSecurityHeaders(t *testing.T) {
	for _, target := range []string{"/", "/search?q=visa", "/search?sort=bad", "/documents/" + eurodacID,
		"/api/v1/search", "/api/v1/nothing", "/search.atom", "/healthz"} {
		res, _ := get(t, target)
		for name, want := range map[string]string{
			"Content-Security-Policy": contentSecurityPolicy,
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "strict-origin-when-cross-origin",
		} {
			if got := res.Header.Get(name); got != want {
				t.Errorf("%s: %s = %q, want %q", target, name, got, want)
			}
		}
	}
	for _, part := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
		if !strings.Contains(contentSecurityPolicy, part) {
			t.Errorf("CSP lacks %s", part)
		}
	}
}

// TestStaticFiles follows the page's own links to its style sheet and
// script: hashed names, a year of caching, the right type.
func TestStaticFiles(t *testing.T) {
	doc := page(t, "/")
	links := map[string]string{
		doc.Find(`link[rel=stylesheet]`).AttrOr("href", ""): "text/css",
		doc.Find(`script[src]`).AttrOr("src", ""):           "javascript",
		doc.Find(`link[rel=icon]`).AttrOr("href", ""):       "image/svg+xml",
	}
	for href, ctype := range links {
		if !strings.HasPrefix(href, "/static/") || strings.Count(href, ".") != 2 {
			t.Errorf("static link %q has no content hash", href)
			continue
		}
		res, body := get(t, href)
		if res.StatusCode != http.StatusOK || body == "" {
			t.Errorf("%s: status %d", href, res.StatusCode)
		}
		if got := res.Header.Get("Content-Type"); !strings.Contains(got, ctype) {
			t.Errorf("%s: type %q, want %s", href, got, ctype)
		}
		if got := res.Header.Get("Cache-Control"); !strings.Contains(got, "max-age=31536000") {
			t.Errorf("%s: Cache-Control %q", href, got)
		}
	}
	for _, target := range []string{"/static/style.css", "/static/style.000000000000.css"} {
		if res, _ := get(t, target); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", target, res.StatusCode)
		}
	}
}

// TestBoundaries keeps Bleve and goquery out of the ui packages and Echo
// out of every package of the module outside ui and its sub-packages.
func TestBoundaries(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/blevesearch/") || strings.HasPrefix(dep, "github.com/PuerkitoBio/goquery") {
			t.Errorf("ui depends on %s", dep)
		}
	}
	out, err = exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "../...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || f[0] == "github.com/jhasearch/jhasearch/ui" || strings.HasPrefix(f[0], "github.com/jhasearch/jhasearch/ui/") {
			continue
		}
		for _, imp := range f[1:] {
			if strings.HasPrefix(imp, "github.com/labstack/echo") {
				t.Errorf("%s imports %s; Echo belongs to ui alone", f[0], imp)
			}
		}
	}
}

func TestHead(t *testing.T) {
	srv := httptest.NewServer(testApp)
	defer srv.Close()
	for _, target := range []string{"/healthz", "/readyz", "/search?q=visa", "/api/v1/stats"} {
		res, err := http.Head(srv.URL + target)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || len(body) != 0 {
			t.Errorf("HEAD %s: status %d, %d body bytes", target, res.StatusCode, len(body))
		}
	}
}
