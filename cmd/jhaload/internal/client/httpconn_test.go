package client

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHTTPConnAnswers runs Conn against net/http's server: every way
// an answer can be framed, errors, and a connection the server cuts.
func TestHTTPConnAnswers(t *testing.T) {
	big := `{"total":1,"s":"` + strings.Repeat("x", 100000) + `"}`
	var conns atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/length", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "11")
		fmt.Fprint(w, `{"total":5}`)
	})
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, big[:50000]) // more than net/http buffers: chunked
		w.(http.Flusher).Flush()
		fmt.Fprint(w, big[50000:])
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such page", http.StatusNotFound)
	})
	mux.HandleFunc("/close", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		fmt.Fprint(w, `{"total":2}`)
	})
	mux.HandleFunc("/cut", func(w http.ResponseWriter, r *http.Request) {
		c, buf, _ := w.(http.Hijacker).Hijack()
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"total\":")
		buf.Flush()
		c.Close()
	})
	mux.HandleFunc("/query", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"total":%d}`, len(r.URL.Query().Get("q")))
	})
	srv := httptest.NewUnstartedServer(mux)
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()

	type answer struct {
		Status int
		Body   string
		Err    bool
	}
	steps := []struct {
		target string
		want   answer
	}{
		{"/length", answer{200, `{"total":5}`, false}},
		{"/chunked", answer{200, big, false}},
		{"/query?q=abc", answer{200, `{"total":3}`, false}},
		{"/missing", answer{404, "no such page\n", false}},
		{"/close", answer{200, `{"total":2}`, false}},
		{"/length", answer{200, `{"total":5}`, false}},
		{"/cut", answer{Err: true}},
		{"/length", answer{200, `{"total":5}`, false}},
	}
	c := NewConn(strings.TrimPrefix(srv.URL, "http://"))
	defer c.Close()
	for i, s := range steps {
		status, body, err := c.Get(context.Background(), s.target)
		got := answer{status, string(body), err != nil}
		if got.Err {
			got = answer{Err: true}
		}
		if diff := cmp.Diff(s.want, got); diff != "" {
			t.Errorf("step %d, GET %s: mismatch (-want +got):\n%s", i, s.target, diff)
		}
	}
	// One connection until /close, one until /cut, one after it.
	if n := conns.Load(); n != 3 {
		t.Errorf("the client opened %d connections, want 3 (kept alive but after a close or an error)", n)
	}
}

// TestHTTPConnStopsWithContext: a run that ends interrupts an answer the
// server is slow to send.
func TestHTTPConnStopsWithContext(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
	}))
	defer srv.Close()
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	c := NewConn(strings.TrimPrefix(srv.URL, "http://"))
	defer c.Close()
	done := make(chan error)
	go func() {
		_, _, err := c.Get(ctx, "/slow")
		done <- err
	}()
	cancel()
	if err := <-done; err == nil {
		t.Error("get returned no error after its context was cancelled")
	}
}
