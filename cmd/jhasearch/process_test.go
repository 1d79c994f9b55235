package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// These tests run jhasearch in a second process, as cron would beside a
// running server, and kill it with SIGKILL.

// generateJSONL writes n releases in the import format, the i'th with the
// word marker in its title, and returns the file's path.
func generateJSONL(t *testing.T, n int, marker string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), marker+".jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	agencies := []string{"Europol", "Eurojust", "Frontex", "EUAA", "FRA"}
	words := strings.Fields("border asylum smuggling trafficking cybercrime fraud cooperation prosecutors training visa fingerprints laboratory investigation network seizure")
	for i := range n {
		body := strings.Repeat(words[i%len(words)]+" "+words[(i*7)%len(words)]+" release text paragraph. ", 20)
		fmt.Fprintf(w, `{"url":"https://example.org/%s/%d","agency":%q,"title":"%s release %d about %s","published":"%d-%02d-%02d","body":%q}`+"\n",
			marker, i, agencies[i%len(agencies)], marker, i, words[i%len(words)], 2010+i%16, 1+i%12, 1+i%28, body)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

// total returns the number of results of a search, -1 when the server
// does not answer 200 (503 before the first build).
func total(base, query string) int {
	var ans searchAnswer
	if err := getJSON(base+"/api/v1/search?"+query, &ans); err != nil {
		return -1
	}
	return ans.Total
}

// startProcess starts the jhasearch binary with args.
func startProcess(t *testing.T, args ...string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	var out syncBuffer
	cmd := exec.Command(binary, args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Env = append(os.Environ(), "JHASEARCH_LOG_FORMAT=text")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, &out
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// hammer queries base continuously from several goroutines until stop is
// closed, and returns the number of requests and of failures, and what the
// first failures were.
func hammer(base string, stop <-chan struct{}) (requests, failures *atomic.Int64, wait func() []string) {
	requests, failures = new(atomic.Int64), new(atomic.Int64)
	var mu sync.Mutex
	var seen []string
	record := func(what string) {
		failures.Add(1)
		mu.Lock()
		defer mu.Unlock()
		if len(seen) < 5 {
			seen = append(seen, what)
		}
	}
	var wg sync.WaitGroup
	queries := []string{"q=border", "q=asylum+seizure", "", "q=%22release+text%22", "agency=Europol&sort=newest"}
	for i := range 4 {
		wg.Go(func() {
			client := &http.Client{Timeout: 10 * time.Second}
			for n := i; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				requests.Add(1)
				q := queries[n%len(queries)]
				resp, err := client.Get(base + "/api/v1/search?" + q)
				if err != nil {
					record(q + ": " + err.Error())
					continue
				}
				if resp.StatusCode != http.StatusOK {
					body, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
					record(fmt.Sprintf("%s: %s %s", q, resp.Status, body))
				}
				resp.Body.Close()
			}
		})
	}
	return requests, failures, func() []string { wg.Wait(); return seen }
}

func TestRebuildInAnotherProcessWhileServing(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, generateJSONL(t, 300, "first")); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	base := startServe(t, data)
	stop := make(chan struct{})
	requests, failures, wait := hammer(base, stop)

	for round, marker := range []string{"second", "third"} {
		cmd, out := startProcess(t, "import", "--data", data, generateJSONL(t, 2000, marker))
		if err := cmd.Wait(); err != nil {
			t.Fatalf("import %s: %v\n%s", marker, err, out.String())
		}
		want := 300 + 2000*(round+1)
		waitFor(t, fmt.Sprintf("%d documents served", want), 30*time.Second, func() bool {
			return total(base, "size=1") == want
		})
		if got := apiSearch(t, base, "q=title:"+marker).Total; got != 2000 {
			t.Errorf("after the %s import, title:%s finds %d, want 2000", marker, marker, got)
		}
	}
	close(stop)
	seen := wait()
	if failures.Load() != 0 || requests.Load() < 50 {
		t.Errorf("%d of %d requests failed during the rebuilds; want none of at least 50; first: %q", failures.Load(), requests.Load(), seen)
	}
	t.Logf("%d requests during two rebuilds, %d failed", requests.Load(), failures.Load())
}

func TestKilledBuildLeavesTheServedGeneration(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, generateJSONL(t, 100, "old")); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	base := startServe(t, data)

	cmd, _ := startProcess(t, "import", "--data", data, generateJSONL(t, 20000, "big"))
	building := func() bool {
		matches, _ := filepath.Glob(filepath.Join(data, "index", "tmp-*"))
		return len(matches) > 0
	}
	waitFor(t, "the build to start", time.Minute, building)
	// Part-way: the documents are spooled and Bleve is writing the index.
	waitFor(t, "the build to write the index", time.Minute, func() bool {
		matches, _ := filepath.Glob(filepath.Join(data, "index", "tmp-*", "bleve", "*"))
		return len(matches) > 0
	})
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	if got := apiSearch(t, base, "size=1").Total; got != 100 {
		t.Errorf("after the killed build the server answers with %d documents, want the old 100", got)
	}
	// The import stored its documents before building; the next build
	// indexes every one of them.
	res := runCmd(t, "", "reindex", "--data", data)
	if res.code != exitOK {
		t.Fatalf("reindex after the kill exited %d: %s", res.code, res.stderr)
	}
	waitFor(t, "the new generation", 30*time.Second, func() bool {
		return total(base, "size=1") == 20100
	})
	if leftovers, _ := filepath.Glob(filepath.Join(data, "index", "tmp-*")); len(leftovers) != 0 {
		t.Errorf("the killed build's directory is still there: %v", leftovers)
	}
}

func TestSecondWriterIsRefusedAndKilledWriterRecovered(t *testing.T) {
	data := t.TempDir()
	cmd, _ := startProcess(t, "import", "--data", data, generateJSONL(t, 20000, "slow"))
	waitFor(t, "the first import to take the lock", time.Minute, func() bool {
		b, _ := os.ReadFile(filepath.Join(data, "lock"))
		return strings.Contains(string(b), `"import"`)
	})
	res := runCmd(t, "", "import", "--data", data, generateJSONL(t, 10, "second"))
	if res.code != exitFail || !strings.Contains(res.stderr, "holds the writer lock") || !strings.Contains(res.stderr, "since") {
		t.Errorf("second import exited %d: %s; want 1 and a message naming the holder", res.code, res.stderr)
	}
	_, sources := demoSources(t)
	res = runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitFail || !strings.Contains(res.stderr, "jhasearch import (process") {
		t.Errorf("crawl during the import exited %d: %s; want 1 and a message naming the import", res.code, res.stderr)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	res = runCmd(t, "", "import", "--data", data, generateJSONL(t, 10, "third"))
	if res.code != exitOK {
		t.Fatalf("import after the kill exited %d: %s", res.code, res.stderr)
	}
	if !strings.Contains(res.stderr, "recovered the writer lock") {
		t.Errorf("import after the kill did not report the recovered lock: %s", res.stderr)
	}
}

func TestCrawlInAnotherProcessWhileServing(t *testing.T) {
	_, sources := demoSources(t)
	data := t.TempDir()
	base := startServe(t, data)
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("readyz before any build = %d, want 503", resp.StatusCode)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, binary, "crawl", "--data", data, "--sources", sources).CombinedOutput()
	if err != nil {
		t.Fatalf("crawl: %v\n%s", err, out)
	}
	waitFor(t, "the crawled releases in search", 30*time.Second, func() bool {
		return total(base, "q=Tallinn") > 0
	})
	// The crawl in the other process reaches the server's metrics through
	// the data directory's run log.
	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	for _, want := range []string{`jhasearch_crawl_source_ok{source="eu-LISA"} 1`, `jhasearch_crawl_fetches{code="200"}`, "jhasearch_crawl_last_finished_timestamp_seconds"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestHangupReloadsAtOnce(t *testing.T) {
	data := t.TempDir()
	if res := runCmd(t, "", "import", "--data", data, generateJSONL(t, 10, "before")); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	// Watching once an hour: only the signal can make it look now.
	cmd, out := startProcess(t, "serve", "--data", data, "--addr", "127.0.0.1:0", "--watch", "1h")
	var base string
	waitFor(t, "the server", 30*time.Second, func() bool {
		if m := servingLine.FindStringSubmatch(out.String()); m != nil {
			base = strings.TrimSuffix(m[1], "/")
		}
		return base != ""
	})
	if res := runCmd(t, "", "import", "--data", data, generateJSONL(t, 5, "after")); res.code != exitOK {
		t.Fatalf("import: %s", res.stderr)
	}
	if got := total(base, "size=1"); got != 10 {
		t.Fatalf("before SIGHUP the server answers with %d documents, want the old 10", got)
	}
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the new generation after SIGHUP", 10*time.Second, func() bool { return total(base, "size=1") == 15 })
}
