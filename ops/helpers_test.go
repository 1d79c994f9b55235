package ops

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// jobRunner is the tests' own Jobs: an in-memory runner with one job slot.
// A started job runs until the test calls finish, so that "a second crawl
// while one runs" needs no timing.
type jobRunner struct {
	mu      sync.Mutex
	next    int
	running *Run
	recent  []Run
	reloads int
}

func (j *jobRunner) Start(kind string) (Run, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if kind != KindCrawl && kind != KindReindex {
		return Run{}, jhasearch.Errorf(jhasearch.EINVALID, "Unknown job %q.", kind)
	}
	if j.running != nil {
		return Run{}, jhasearch.Errorf(jhasearch.ECONFLICT, "A %s is already running.", j.running.Kind)
	}
	j.next++
	j.running = &Run{ID: fmt.Sprintf("run-%d", j.next), Kind: kind,
		Started: time.Date(2026, 11, 27, 10, j.next, 0, 0, time.UTC), Running: true}
	return *j.running, nil
}

// finish ends the running job with the given outcome.
func (j *jobRunner) finish(ok bool, summary string, sources ...string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	r := *j.running
	r.Running, r.OK, r.Summary, r.Sources = false, ok, summary, sources
	r.Finished = r.Started.Add(time.Minute)
	j.recent = append([]Run{r}, j.recent...)
	j.running = nil
}

func (j *jobRunner) Reload() (bool, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.reloads++
	// The first reload finds a new generation; later ones find none.
	return j.reloads == 1, nil
}

func (j *jobRunner) Status() Status {
	j.mu.Lock()
	defer j.mu.Unlock()
	st := Status{Recent: append([]Run(nil), j.recent...)}
	if j.running != nil {
		r := *j.running
		st.Running = &r
	}
	return st
}

// newTestServer wires the package as cmd does around a small application
// with two routes: /api/v1/documents/{id} (404 for "missing") and
// /upload, which reads its body.
func newTestServer(t *testing.T, cfg Config, jobs Jobs, logger *slog.Logger) (*Ops, http.Handler) {
	t.Helper()
	o, err := New(cfg, logger)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	mux := http.NewServeMux()
	handle := func(method, path string, h http.Handler) { mux.Handle(method+" "+path, h) }
	handle("GET", "/api/v1/documents/{id}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "missing" {
			writeError(w, http.StatusNotFound, jhasearch.ENOTFOUND, "No such document.")
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"id": r.PathValue("id")})
	}))
	handle("POST", "/upload", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, err := io.Copy(io.Discard, r.Body)
		if err != nil {
			writeError(w, http.StatusRequestEntityTooLarge, codeTooLarge, "read body: "+err.Error())
			return
		}
		fmt.Fprintf(w, "%d bytes", n)
	}))
	handle("GET", "/healthz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") }))
	handle("GET", "/metrics", o.Metrics().Handler())
	o.Admin(jobs).Register(handle)
	return o, o.Wrap(mux)
}

// call is one request of a test.
type call struct {
	method, target, body string
	remote               string // RemoteAddr; httptest's 192.0.2.1:1234 when empty
	header               map[string]string
}

// do sends c through h and returns the recorded answer.
func do(t *testing.T, h http.Handler, c call) *httptest.ResponseRecorder {
	t.Helper()
	var body io.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	}
	req := httptest.NewRequest(cmpOr(c.method, "GET"), c.target, body)
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	if c.remote != "" {
		req.RemoteAddr = c.remote
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// errorCode decodes the JSON error body and returns its code.
func errorCode(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	var e apiError
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("error body %q: %v", rec.Body.String(), err)
	}
	if e.Error.Message == "" {
		t.Errorf("error body %q has no message", rec.Body.String())
	}
	return e.Error.Code
}
