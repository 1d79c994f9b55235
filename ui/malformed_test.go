package ui

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// A query string that does not parse is refused, never read as "no query":
// Go's parser drops the pairs it cannot read, which made q=zzzz%zz answer
// every document.
func TestMalformedQueryStrings(t *testing.T) {
	queries := []struct {
		name, query, says string
	}{
		{"bad percent-escape", "q=zzzz%zz", "%zz"},
		{"semicolon", "q=zzzz;", "semicolon"},
		{"bad escape in a name", "q=border&ag%xency=Europol", "%xe"},
		{"truncated escape", "q=border%2", "%2"},
	}
	paths := []string{"/api/v1/search", "/search", "/search.atom", "/search.csv", "/search.json",
		"/api/v1/suggest", "/api/v1/stats", "/"}
	for _, q := range queries {
		for _, p := range paths {
			t.Run(q.name+" "+p, func(t *testing.T) {
				res, body := get(t, p+"?"+q.query)
				if res.StatusCode != http.StatusBadRequest {
					t.Fatalf("status %d, want 400; body: %.300s", res.StatusCode, body)
				}
				for _, h := range []string{"Content-Security-Policy", "X-Frame-Options"} {
					if res.Header.Get(h) == "" {
						t.Errorf("answer lacks %s", h)
					}
				}
				if !isAPIPath(p) {
					if !strings.Contains(body, "query string") || !strings.Contains(body, q.says) {
						t.Errorf("page does not name the problem %q: %.500s", q.says, body)
					}
					return
				}
				var e apiError
				if err := json.Unmarshal([]byte(body), &e); err != nil {
					t.Fatalf("decode: %v; body %.300s", err, body)
				}
				if e.Error.Code != "invalid" || !strings.Contains(e.Error.Message, "query string") || !strings.Contains(e.Error.Message, q.says) {
					t.Errorf("error = %+v, want code invalid naming %q", e.Error, q.says)
				}
			})
		}
	}
}
