package ops

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRequestIDAndLogLine(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	_, h := newTestServer(t, Config{TrustedProxies: []string{"10.0.0.0/8"}}, &jobRunner{}, logger)
	tests := []struct {
		name     string
		incoming string
		keep     bool
	}{
		{"generated when absent", "", false},
		{"echoed when valid", "3f2a9c1e-7b4d-4e8a-9f00-1234567890ab", true},
		{"replaced when it could break a log line", "abc\" injected=1", false},
		{"replaced when too long", strings.Repeat("a", 129), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf.Reset()
			header := map[string]string{"X-Forwarded-For": "198.51.100.4"}
			if tt.incoming != "" {
				header["X-Request-ID"] = tt.incoming
			}
			rec := do(t, h, call{target: "/api/v1/documents/missing?q=private", remote: "10.0.0.2:80", header: header})
			id := rec.Header().Get("X-Request-ID")
			if tt.keep && id != tt.incoming {
				t.Errorf("request id %q, want the incoming %q", id, tt.incoming)
			}
			if !tt.keep && (id == tt.incoming || !validRequestID(id) || len(id) < 16) {
				t.Errorf("request id %q, want a new random one", id)
			}
			var line map[string]any
			if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
				t.Fatalf("log %q: %v", buf.String(), err)
			}
			want := map[string]any{"level": "INFO", "msg": "request", "method": "GET",
				"route": "/api/v1/documents/{id}", "path": "/api/v1/documents/missing",
				"status": 404.0, "bytes": float64(rec.Body.Len()), "client": "198.51.100.4", "request_id": id}
			ignore := cmpopts.IgnoreMapEntries(func(k string, _ any) bool { return k == "time" || k == "duration" })
			if diff := cmp.Diff(want, line, ignore); diff != "" {
				t.Errorf("log line mismatch (-want +got):\n%s", diff)
			}
			if strings.Contains(buf.String(), "private") {
				t.Error("the query string reached the log")
			}
		})
	}
}

func TestRequestIDsDiffer(t *testing.T) {
	_, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	seen := map[string]bool{}
	for range 20 {
		id := do(t, h, call{target: "/healthz"}).Header().Get("X-Request-ID")
		if seen[id] {
			t.Fatalf("request id %q given twice", id)
		}
		seen[id] = true
	}
}

func TestBodyLimit(t *testing.T) {
	_, h := newTestServer(t, Config{MaxBodyBytes: 10}, &jobRunner{}, nil)
	tests := []struct {
		name     string
		body     string
		chunked  bool
		wantCode int
		wantBody string
	}{
		{"within the limit", "0123456789", false, 200, "10 bytes"},
		{"declared too large", "0123456789x", false, 413, `"too_large"`},
		{"chunked too large", strings.Repeat("x", 100), true, 413, `"too_large"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", "/upload", strings.NewReader(tt.body))
			req.RemoteAddr = "192.0.2.1:1234"
			if tt.chunked {
				req.ContentLength = -1 // unknown: only reading finds out
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.wantCode || !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("status %d body %q, want %d with %q", rec.Code, rec.Body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

func TestProbesLogQuietly(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	_, h := newTestServer(t, Config{}, &jobRunner{}, logger)
	do(t, h, call{target: "/healthz"})
	do(t, h, call{target: "/metrics"})
	if buf.Len() != 0 {
		t.Errorf("probe logged at Info: %s", buf.String())
	}
	do(t, h, call{target: "/api/v1/documents/a"})
	if !strings.Contains(buf.String(), "route=/api/v1/documents/{id}") {
		t.Errorf("request not logged: %q", buf.String())
	}
}
