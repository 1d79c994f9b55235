package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/internal/demosite"
)

// binary is the jhasearch command built once for the tests that need a
// second process (kill -9, lock conflicts, a crawl beside a server).
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "jhasearch-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "jhasearch")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build jhasearch: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// syncBuffer is a bytes.Buffer safe for a command writing while a test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// result is what a command run in-process printed and returned.
type result struct {
	stdout, stderr string
	code           int
}

// runCmd runs the command line in this process, as main would.
func runCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var stdout, stderr syncBuffer
	e := env{stdin: strings.NewReader(stdin), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	code := runEnv(context.Background(), args, e)
	return result{stdout: stdout.String(), stderr: stderr.String(), code: code}
}

var servingLine = regexp.MustCompile(`Serving .* on (http://\S+/)`)

// startServe runs `serve` in this process on a random port and returns its
// base URL; the server stops when the test ends.
func startServe(t *testing.T, dataDir string, extra ...string) string {
	t.Helper()
	return startServeEnv(t, dataDir, nil, extra...)
}

// startServeEnv is startServe with environment variables and extra flags.
func startServeEnv(t *testing.T, dataDir string, vars map[string]string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] }}
	done := make(chan int, 1)
	args := append([]string{"serve", "--data", dataDir, "--addr", "127.0.0.1:0", "--watch", "100ms"}, extra...)
	go func() { done <- runEnv(ctx, args, e) }()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != exitOK {
			t.Errorf("serve exited with %d: %s", code, stderr.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingLine.FindStringSubmatch(stdout.String()); m != nil {
			return strings.TrimSuffix(m[1], "/")
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not start: %s", stderr.String())
	return ""
}

// demoSources serves the sample newsroom and writes a sources file for it.
func demoSources(t *testing.T) (site *httptest.Server, sourcesFile string) {
	t.Helper()
	site = httptest.NewServer(demosite.Handler())
	t.Cleanup(site.Close)
	sourcesFile = filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(sourcesFile, demosite.Sources(site.URL), 0o644); err != nil {
		t.Fatal(err)
	}
	return site, sourcesFile
}

// searchAnswer is the part of the API's answer the tests read.
type searchAnswer struct {
	Total int `json:"total"`
	Hits  []struct {
		ID        string   `json:"id"`
		URL       string   `json:"url"`
		Agency    string   `json:"agency"`
		Title     string   `json:"title"`
		Published string   `json:"published"`
		Tags      []string `json:"tags"`
	} `json:"hits"`
}

// apiSearch asks the server's search API and decodes a 200 answer.
func apiSearch(t *testing.T, base, query string) searchAnswer {
	t.Helper()
	var ans searchAnswer
	if err := getJSON(base+"/api/v1/search?"+query, &ans); err != nil {
		t.Fatal(err)
	}
	return ans
}

func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
