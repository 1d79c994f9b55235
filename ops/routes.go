package ops

import (
	"fmt"
	"net/http"
	"strings"
)

// OtherRoute is the route label of every path that matches no pattern, so
// that a scan of random URLs adds no new time series.
const OtherRoute = "other"

// DefaultRoutes returns the route patterns of the jhasearch server, in
// net/http's pattern syntax ({name} matches one path segment): the ui's
// pages and API, the probes, /metrics and the admin API. A test in cmd
// should keep it in step with the ui's router.
func DefaultRoutes() []string {
	return []string{
		"/", "/search", "/search.atom", "/search.csv", "/search.json",
		"/documents/{id}", "/static/{name}",
		"/api/v1/search", "/api/v1/documents/{id}", "/api/v1/documents/{id}/related",
		"/api/v1/suggest", "/api/v1/stats", "/api/v1/openapi.json",
		"/trends", "/api/v1/trends", "/api/v1/trends.csv", "/api/v1/terms", "/api/v1/rising",
		"/healthz", "/readyz", "/metrics",
		pathAdminCrawl, pathAdminReindex, pathAdminReload, pathAdminStatus,
	}
}

// routes maps a request to the pattern it matches. It borrows
// http.ServeMux's matcher, so patterns mean what they mean in net/http,
// including the precedence of the more specific pattern.
type routes struct {
	mux   *http.ServeMux
	label map[string]string // registered pattern -> label
}

func newRoutes(patterns []string) (*routes, error) {
	rt := &routes{mux: http.NewServeMux(), label: map[string]string{}}
	for _, p := range patterns {
		if err := rt.add(p); err != nil {
			return nil, err
		}
	}
	return rt, nil
}

// add registers one pattern. "/" is exact here: in ServeMux it would match
// every path, and unknown paths must stay "other".
func (rt *routes) add(pattern string) (err error) {
	if !strings.HasPrefix(pattern, "/") || strings.ContainsAny(pattern, " \t") {
		return fmt.Errorf("ops: route %q: must be a path pattern such as /api/v1/documents/{id}", pattern)
	}
	reg := pattern
	if strings.HasSuffix(reg, "/") {
		reg += "{$}"
	}
	defer func() { // ServeMux panics on a bad or duplicate pattern
		if r := recover(); r != nil {
			err = fmt.Errorf("ops: route %q: %v", pattern, r)
		}
	}()
	rt.mux.Handle(reg, http.NotFoundHandler())
	rt.label[reg] = pattern
	return nil
}

func (rt *routes) match(r *http.Request) string {
	_, p := rt.mux.Handler(r)
	if l, ok := rt.label[p]; ok {
		return l
	}
	return OtherRoute
}
