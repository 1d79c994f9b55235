package ops

import (
	"net/http/httptest"
	"testing"
)

func TestRouteLabels(t *testing.T) {
	rt, err := newRoutes(DefaultRoutes())
	if err != nil {
		t.Fatalf("DefaultRoutes: %v", err)
	}
	tests := []struct{ method, path, want string }{
		{"GET", "/", "/"},
		{"GET", "/search", "/search"},
		{"GET", "/search.atom", "/search.atom"},
		{"GET", "/documents/europol-2024-001", "/documents/{id}"},
		{"GET", "/api/v1/documents/x", "/api/v1/documents/{id}"},
		{"GET", "/api/v1/documents/x/related", "/api/v1/documents/{id}/related"},
		{"HEAD", "/static/app.3f2a.css", "/static/{name}"},
		{"POST", "/api/v1/admin/crawl", "/api/v1/admin/crawl"},
		{"POST", "/api/v1/search", "/api/v1/search"}, // 405, but still this route
		{"GET", "/wp-login.php", OtherRoute},
		{"GET", "/api/v1/documents/x/y/z", OtherRoute},
		{"GET", "/search/", OtherRoute},
		{"GET", "/api/v2/search", OtherRoute},
	}
	for _, tt := range tests {
		if got := rt.match(httptest.NewRequest(tt.method, tt.path, nil)); got != tt.want {
			t.Errorf("%s %s: route %q, want %q", tt.method, tt.path, got, tt.want)
		}
	}
}

func TestAddRouteRejectsBadPatterns(t *testing.T) {
	m := NewMetrics()
	for _, p := range []string{"feeds", "/search", "GET /x", "/a/{b"} {
		if err := m.AddRoute(p); err == nil {
			t.Errorf("AddRoute(%q): no error", p)
		}
	}
	if err := m.AddRoute("/feeds/{name}"); err != nil {
		t.Errorf("AddRoute: %v", err)
	}
}
