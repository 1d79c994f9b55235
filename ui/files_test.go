package ui

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/vocab"
)

var traceFiles = flag.Bool("trace-files", false,
	"measure the source files one search request runs through (needs -coverpkg=./... -covermode=atomic)")

// The search requests TestFilesOfOneSearch measures: two words and a
// filter. The first warms what a generation loads on first use; the second
// is the measured one, an ordinary request that no cache answers.
const (
	firstSearch  = "/api/v1/search?q=drug+report&agency=EUDA"
	traceSearch  = "/api/v1/search?q=schengen+information&agency=eu-LISA"
	modulePrefix = "github.com/jhasearch/jhasearch/"
	// traceEnv tells a child run of the test binary the index to open and
	// the requests to make.
	traceEnv = "JHASEARCH_TRACE_FILES"
)

// TestFilesOfOneSearch is a measurement, not a check: it lists the
// module's non-test source files (and packages, and functions) whose code
// ran during one search API request, from the handler to the index files.
// Run it with
//
//	go test ./ui -count=1 -run TestFilesOfOneSearch -trace-files -coverpkg=./... -covermode=atomic -v
//
// The coverage runtime cannot write counters in the middle of a test run
// (runtime/coverage refuses before the test binary's exit), so the test
// runs its own binary as a child three times on one index built here:
// once only opening the index, twice opening it and making a first
// request, once making the traced request after it. The blocks whose
// counts grew in the last run are the traced request's; the two runs with
// the first request must agree, or the difference would not be the
// request's alone. The first request is reported too: it also loads what
// a generation loads on first use.
func TestFilesOfOneSearch(t *testing.T) {
	if !*traceFiles {
		t.Skip("a measurement: run with -trace-files -coverpkg=./... -covermode=atomic")
	}
	if env := os.Getenv(traceEnv); env != "" {
		traceChild(t, env)
		return
	}
	if m := testing.CoverMode(); m != "atomic" && m != "count" {
		t.Fatal("-trace-files needs -coverpkg=./... -covermode=atomic")
	}
	dir := t.TempDir()
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := readCorpus("testdata/docs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	enrich(v, docs)
	if _, err := indexer.Build(context.Background(), dir, seq(docs), indexer.WithVocabulary(v.Fingerprint())); err != nil {
		t.Fatal(err)
	}
	opened := runTraceChild(t, dir, "")
	base1 := runTraceChild(t, dir, firstSearch)
	base2 := runTraceChild(t, dir, firstSearch)
	traced := runTraceChild(t, dir, firstSearch+" "+traceSearch)
	// Counts differ between identical runs where a loop follows a map's
	// order; the blocks that ran differ only if something else is at work.
	if noise := append(grown(base1, base2), grown(base2, base1)...); len(noise) > 0 {
		for _, b := range noise {
			if base1[b] == 0 || base2[b] == 0 {
				t.Fatalf("two identical runs differ in the blocks that ran (%s): the measurement would not be the request's alone", b)
			}
		}
		t.Logf("two identical runs differ in the counts of %d blocks (map order); the larger count is the baseline", len(noise))
	}
	base := map[string]int{}
	for b, n := range base1 {
		base[b] = max(n, base2[b])
	}
	reportFiles(t, firstSearch+" (the first after opening the index)", grown(opened, base1))
	reportFiles(t, traceSearch, grown(base, traced))
}

// reportFiles logs the files, packages and functions of blocks.
func reportFiles(t *testing.T, target string, blocks []string) {
	t.Helper()
	files := map[string]bool{}
	for _, b := range blocks {
		files[b[:strings.LastIndex(b, ":")]] = true
	}
	var list []string
	pkgs := map[string]bool{}
	for f := range files {
		f = strings.TrimPrefix(f, modulePrefix)
		list = append(list, f)
		pkgs[path.Dir(f)] = true
	}
	sort.Strings(list)
	funcs := ranFunctions(t, blocks)
	t.Logf("GET %s ran %d functions in %d files of %d packages:\n\t%s",
		target, funcs, len(list), len(pkgs), strings.Join(list, "\n\t"))
}

// traceChild is the child run: it opens the index and makes the requests.
func traceChild(t *testing.T, env string) {
	dir, targets, _ := strings.Cut(env, "|")
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	engine, err := search.Open(dir, nil, search.WithVocabulary(v))
	if err != nil {
		t.Fatal(err)
	}
	defer engine.Close()
	h := New(engine, Config{BaseURL: "https://search.example"}, slog.New(slog.DiscardHandler)).Handler()
	for _, target := range strings.Fields(targets) {
		res, body := getFrom(t, h, target)
		if res.StatusCode != http.StatusOK || !strings.Contains(body, `"id"`) {
			t.Fatalf("GET %s: status %d and no hit: %.300s", target, res.StatusCode, body)
		}
	}
}

// runTraceChild runs this test in a child process on the index in dir,
// making the requests in targets (separated by spaces), and returns the
// counts of the module's non-test blocks from its coverage profile.
func runTraceChild(t *testing.T, dir, targets string) map[string]int {
	t.Helper()
	out := t.TempDir()
	profile := filepath.Join(out, "profile.txt")
	cmd := exec.Command(os.Args[0], "-test.run=^TestFilesOfOneSearch$", "-trace-files",
		"-test.coverprofile="+profile, "-test.gocoverdir="+out)
	cmd.Env = append(os.Environ(), traceEnv+"="+dir+"|"+targets)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child run: %v\n%s", err, b)
	}
	return readProfile(t, profile)
}

// readProfile reads a text coverage profile: the count of each block of
// the module's non-test files, keyed by "file:l.c,l.c statements".
func readProfile(t *testing.T, profile string) map[string]int {
	t.Helper()
	f, err := os.Open(profile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	counts := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text() // file:l.c,l.c statements count
		if strings.HasPrefix(line, "mode:") {
			continue
		}
		sp := strings.LastIndex(line, " ")
		n, err := strconv.Atoi(line[sp+1:])
		if sp < 0 || err != nil {
			t.Fatalf("coverage profile: unexpected line %q", line)
		}
		block := line[:sp]
		if file := block[:strings.LastIndex(block, ":")]; strings.HasPrefix(file, modulePrefix) && !strings.HasSuffix(file, "_test.go") {
			counts[block] += n // a block can be listed once per run
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(counts) == 0 {
		t.Fatalf("coverage profile %s: no block of the module", profile)
	}
	return counts
}

// grown returns the blocks whose count is higher in after than in before.
func grown(before, after map[string]int) []string {
	var out []string
	for b, n := range after {
		if n > before[b] {
			out = append(out, b)
		}
	}
	sort.Strings(out)
	return out
}

// ranFunctions counts the functions with a block among blocks, by writing
// them as a profile for go tool cover -func.
func ranFunctions(t *testing.T, blocks []string) int {
	t.Helper()
	var sb strings.Builder
	sb.WriteString("mode: set\n")
	for _, b := range blocks {
		fmt.Fprintf(&sb, "%s 1\n", b)
	}
	profile := filepath.Join(t.TempDir(), "ran.txt")
	if err := os.WriteFile(profile, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "tool", "cover", "-func="+profile).CombinedOutput()
	if err != nil {
		t.Fatalf("go tool cover -func: %v: %s", err, b)
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && f[0] != "total:" && f[2] != "0.0%" {
			n++
		}
	}
	return n
}
