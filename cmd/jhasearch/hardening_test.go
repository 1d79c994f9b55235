package main

import (
	"context"
	"encoding/csv"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/workflow"
)

// Every answer of the server carries the security headers, whichever
// layer wrote it: the rate limit's 429 and the body limit's 413 are
// written outside the application's router.
func TestEveryAnswerCarriesTheSecurityHeaders(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile)); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	base := startServe(t, data, "--rate-limit", "0.001", "--rate-burst", "3", "--max-body", "16")
	big, err := http.NewRequest(http.MethodPost, base+"/api/v1/search", strings.NewReader(strings.Repeat("x", 100)))
	if err != nil {
		t.Fatal(err)
	}
	requests := []struct {
		name   string
		req    func() (*http.Response, error)
		status int
	}{
		{"search", func() (*http.Response, error) { return http.Get(base + "/api/v1/search?q=smugglers") }, http.StatusOK},
		{"body too large", func() (*http.Response, error) { return http.DefaultClient.Do(big) }, http.StatusRequestEntityTooLarge},
		{"not found", func() (*http.Response, error) { return http.Get(base + "/no-such-page") }, http.StatusNotFound},
		{"rate limited", func() (*http.Response, error) { return http.Get(base + "/api/v1/search?q=smugglers") }, http.StatusTooManyRequests},
	}
	for _, r := range requests {
		resp, err := r.req()
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		resp.Body.Close()
		if resp.StatusCode != r.status {
			t.Errorf("%s: status %d, want %d", r.name, resp.StatusCode, r.status)
		}
		for h, want := range map[string]string{
			"Content-Security-Policy": "default-src 'none'",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "strict-origin-when-cross-origin",
			"X-Content-Type-Options":  "nosniff",
		} {
			if got := resp.Header.Get(h); !strings.Contains(got, want) {
				t.Errorf("%s (%d): %s = %q, want %q", r.name, resp.StatusCode, h, got, want)
			}
		}
	}
}

// Trusting every address would let each client pick its own rate-limit
// bucket; serve refuses to start with such a list.
func TestServeRefusesTrustingEveryAddress(t *testing.T) {
	for _, proxies := range []string{"0.0.0.0/0", "::/0", "10.0.0.0/8,0.0.0.0/1,128.0.0.0/1"} {
		res := runCmd(t, "", "serve", "--data", t.TempDir(), "--addr", "127.0.0.1:0", "--trusted-proxies", proxies)
		if res.code != exitUsage || !strings.Contains(res.stderr, "cover every") || !strings.Contains(res.stderr, "rate-limit bucket") {
			t.Errorf("serve --trusted-proxies %s: exit %d, %q; want 2 and a message saying why", proxies, res.code, res.stderr)
		}
	}
}

// A weak admin token stops serve at start with a message that says what a
// token needs.
func TestServeRefusesAWeakAdminToken(t *testing.T) {
	for token, says := range map[string]string{
		strings.Repeat("a", 16):              "at least 32 characters",
		strings.Repeat("a", 40):              "different characters",
		"short-but-varied-0123456789":        "at least 32 characters",
		strings.Repeat("ab", 20) + "cdefg\n": "spaces",
	} {
		var stdout, stderr syncBuffer
		e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
			getenv: func(k string) string { return map[string]string{adminTokenEnv: token}[k] }}
		code := runEnv(t.Context(), []string{"serve", "--data", t.TempDir(), "--addr", "127.0.0.1:0"}, e)
		if code != exitUsage || !strings.Contains(stderr.String(), says) || !strings.Contains(stderr.String(), "admin token") {
			t.Errorf("serve with token %q: exit %d, %q; want 2 and a message saying %q", token, code, stderr.String(), says)
		}
	}
}

// Control characters in the data never reach the operator's terminal or a
// spreadsheet raw: status escapes them, and the CSV export replaces them.
func TestControlCharactersStayOutOfStatusAndCSV(t *testing.T) {
	const hostile = `{"id":"ctl-1","agency":"Euro\u001b[2J\u009b31mpol","title":"Title \u001b]0;owned\u0007 here\r","published":"2024-01-02","summary":"Line one\nline\ttwo \u0000\u007f\u0085end","tags":["T\u001bag"],"body":"Body text about borders."}` + "\n"
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "ctl.jsonl", hostile)); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	raw := func(s string) bool {
		return strings.ContainsFunc(s, func(r rune) bool {
			return r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f))
		})
	}
	status := runCmd(t, "", "status", "--data", data)
	if status.code != exitOK {
		t.Fatalf("status exited %d: %s", status.code, status.stderr)
	}
	if raw(status.stdout) {
		t.Errorf("status printed raw control characters: %q", status.stdout)
	}
	if !strings.Contains(status.stdout, `Euro\x1b[2J\u009b31mpol`) {
		t.Errorf("status does not show the agency with its controls escaped: %q", status.stdout)
	}

	base := startServe(t, data)
	resp, err := http.Get(base + "/search.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("csv: %d rows, %v:\n%s", len(rows), err, body)
	}
	for i, cell := range rows[1] {
		if raw(cell) {
			t.Errorf("csv column %s holds raw control characters: %q", rows[0][i], cell)
		}
	}
	if got, want := rows[1][8], "Line one\nline\ttwo \ufffd\ufffd\ufffdend"; got != want {
		t.Errorf("csv summary = %q, want %q (tab and newline kept, other controls replaced)", got, want)
	}
}

// A mistyped --data is said at warning level, naming the path: import
// creates the directory it was given, serve starts not ready.
func TestMistypedDataDirectoryIsAWarning(t *testing.T) {
	typo := filepath.Join(t.TempDir(), "dta")
	res := runCmd(t, "", "import", "--data", typo, writeFile(t, "docs.jsonl", importFile))
	if res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	if !warns(res.stderr, typo) {
		t.Errorf("import into a new directory did not warn naming %s:\n%s", typo, res.stderr)
	}
	again := runCmd(t, "", "import", "--data", typo, writeFile(t, "docs.jsonl", importFile))
	if strings.Contains(again.stderr, "level=WARN") {
		t.Errorf("import into an existing archive warned:\n%s", again.stderr)
	}

	for name, dir := range map[string]string{
		"missing": filepath.Join(t.TempDir(), "no-such-dir"),
		"empty":   t.TempDir(),
	} {
		stderr := serveOnce(t, dir)
		if !warns(stderr, dir) {
			t.Errorf("serve on a %s directory did not warn naming %s:\n%s", name, dir, stderr)
		}
	}
	if stderr := serveOnce(t, typo); strings.Contains(stderr, "level=WARN") {
		t.Errorf("serve on a built data directory warned:\n%s", stderr)
	}
}

// warns reports whether log holds a warning that names path.
func warns(log, path string) bool {
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "level=WARN") && strings.Contains(line, path) {
			return true
		}
	}
	return false
}

// serveOnce starts serve on dir, stops it once it listens and returns what
// it logged.
func serveOnce(t *testing.T, dir string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- runEnv(ctx, []string{"serve", "--data", dir, "--addr", "127.0.0.1:0"}, e) }()
	for !strings.Contains(stdout.String(), "Serving ") {
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("serve exited %d: %s", code, stderr.String())
	}
	return stderr.String()
}

// An import says which documents are new and which replaced stored ones,
// and names the stored documents a colliding URL or alias removed.
func TestImportReportsReplacedAndNewApart(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile)); res.code != exitOK ||
		!strings.Contains(res.stdout, "3 new, 0 replaced") {
		t.Fatalf("first import exited %d: %q %s", res.code, res.stdout, res.stderr)
	}
	second := `{"id":"fra-1","agency":"FRA","title":"Fundamental rights at borders, corrected","published":"2019-01-30","body":"Corrected."}
{"id":"other","url":"https://www.europol.europa.eu/media-press/newsroom/news/a","agency":"Europol","title":"Same URL, other id","published":"2023-04-05","body":"Taken."}
{"id":"brand-new","agency":"EIGE","title":"A new release","published":"2024-01-01","body":"New."}
`
	res := runCmd(t, "", "import", "--data", data, writeFile(t, "second.jsonl", second))
	if res.code != exitOK {
		t.Fatalf("second import exited %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{"Imported 3 document(s): 1 new, 2 replaced stored ones", "1 stored document(s) removed", "holds 4 document(s)"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("import report lacks %q: %q", want, res.stdout)
		}
	}
	if !strings.Contains(res.stderr, "level=WARN") || !strings.Contains(res.stderr, "by=other") ||
		!strings.Contains(res.stderr, "url=https://europol.europa.eu/media-press/newsroom/news/a") {
		t.Errorf("the removed document is not named in a warning:\n%s", res.stderr)
	}
}

// While a writer holds the archive, export writes the documents of the
// current index generation: a consistent snapshot of the archive as it was
// built, and says so; a backup during a crawl no longer fails.
func TestExportWhileAWriterHoldsTheArchive(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile)); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	before := runCmd(t, "", "export", "--data", data)
	if before.code != exitOK || strings.Count(before.stdout, "\n") != 3 {
		t.Fatalf("export exited %d: %q %s", before.code, before.stdout, before.stderr)
	}
	// A writer, as a crawl is: the lock and the archive open for writing.
	lock, err := archive.Acquire(data, "crawl")
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	w, err := archive.Open(workflow.DataDir(data).Archive(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(t.Context(), []jhasearch.Document{{ID: "during", Agency: "EIGE", Title: "Stored during the crawl", Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}}); err != nil {
		t.Fatal(err)
	}
	during := runCmd(t, "", "export", "--data", data)
	if during.code != exitOK {
		t.Fatalf("export during a crawl exited %d: %s", during.code, during.stderr)
	}
	if diff := cmp.Diff(before.stdout, during.stdout); diff != "" {
		t.Errorf("export during a crawl differs from the snapshot of the last build (-before +during):\n%s", diff)
	}
	if !warns(during.stderr, "gen-000001") || !strings.Contains(during.stderr, "crawl") {
		t.Errorf("export did not warn that it read generation gen-000001 because a crawl writes:\n%s", during.stderr)
	}
}
