// Command jhaload measures jhasearch the way staff use it: it generates a
// deterministic synthetic archive, imports it with the real jhasearch
// binary, serves it in a child process and runs a query workload over HTTP
// on loopback, then prints a Markdown summary. The distinct workload (the
// default) asks every question once, so that the engine and not the
// answer cache is measured; the cached one repeats a mix of questions.
//
// It uses the standard library only and talks to jhasearch solely through
// its command line and its HTTP API, never through the project's packages,
// so it measures what is shipped. It never contacts any address beyond
// 127.0.0.1.
//
//	go run ./cmd/jhaload -docs 100000 -clients 8 -duration 30s
//	go run ./cmd/jhaload -docs 100000 -clients 8 -duration 30s -workload cached
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	var usage usageError
	switch {
	case errors.As(err, &usage):
		fmt.Fprintln(os.Stderr, "jhaload:", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// config is the command line, validated.
type config struct {
	docs       int
	seed       uint64
	cache      string
	bin        string
	clients    int
	duration   time.Duration
	warmup     time.Duration
	workload   string
	only       string
	manyConns  bool
	rebuild    bool
	reimport   bool
	cpuprofile string
	serveBin   string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	defCache := filepath.Join(os.TempDir(), "jhaload")
	if d, err := os.UserCacheDir(); err == nil {
		defCache = filepath.Join(d, "jhaload")
	}
	f := flag.NewFlagSet("jhaload", flag.ContinueOnError)
	f.SetOutput(stderr)
	f.IntVar(&c.docs, "docs", 100000, "number of documents in the generated archive")
	f.Uint64Var(&c.seed, "seed", 1, "seed of the archive and of the workload")
	f.StringVar(&c.cache, "cache", defCache, "directory that keeps the archive and the data directory between runs")
	f.StringVar(&c.bin, "bin", "", "jhasearch binary to measure; empty: go build ./cmd/jhasearch of the current directory")
	f.IntVar(&c.clients, "clients", 8, "concurrent clients (one connection each) of the main run")
	f.DurationVar(&c.duration, "duration", 30*time.Second, "length of the main run")
	f.StringVar(&c.workload, "workload", workloadDistinct, "distinct: every question new, asked once in a run; cached: a mix that repeats its questions, so the server's answer cache answers many")
	f.StringVar(&c.only, "only", "", "ask only this kind of question of the workload (e.g. phrase), to measure its CPU per request alone")
	f.DurationVar(&c.warmup, "warmup", -1, "unmeasured load before each run; default 20s of other distinct questions for -workload distinct, 3s for cached")
	f.BoolVar(&c.manyConns, "many-connections", false, "also run 64 concurrent connections for 60 seconds, to measure the server under many clients")
	f.BoolVar(&c.rebuild, "rebuild", false, "also run the load while `jhasearch reindex` rebuilds the index in a second process")
	f.BoolVar(&c.reimport, "reimport", false, "import again even when the cached data directory was built by the same binary")
	f.StringVar(&c.serveBin, "serve-bin", "", "a different binary to run `serve` with (same flags and output), e.g. a build that writes a CPU profile; the import stays with -bin")
	f.StringVar(&c.cpuprofile, "cpuprofile", "", "write a CPU profile of jhaload itself (the client) to this file")
	if err := f.Parse(args); err != nil {
		return c, usageError{err.Error()}
	}
	switch {
	case f.NArg() > 0:
		return c, usageError{fmt.Sprintf("unexpected argument %q; every setting is a flag", f.Arg(0))}
	case c.docs < 1:
		return c, usageError{"-docs must be at least 1"}
	case c.clients < 1:
		return c, usageError{"-clients must be at least 1"}
	case c.duration <= 0:
		return c, usageError{"-duration must be positive"}
	case c.workload != workloadDistinct && c.workload != workloadCached:
		return c, usageError{fmt.Sprintf("-workload %q: must be distinct or cached", c.workload)}
	}
	if c.only != "" { // checked here, before minutes of generating and importing
		classes := distinctClasses
		if c.workload == workloadCached {
			classes = queryClasses
		}
		if _, err := newWorkloadOf(c.workload, nil, nil, classes).onlyKind(c.only); err != nil {
			return c, err
		}
	}
	warmupSet := false
	f.Visit(func(fl *flag.Flag) { warmupSet = warmupSet || fl.Name == "warmup" })
	switch {
	case warmupSet && c.warmup < 0:
		return c, usageError{"-warmup must not be negative"}
	case !warmupSet && c.workload == workloadDistinct:
		c.warmup = 20 * time.Second
	case !warmupSet:
		c.warmup = 3 * time.Second
	}
	return c, nil
}

// run prepares the archive and the index, runs the scenarios and prints
// the report on stdout; progress goes to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if c.cpuprofile != "" {
		f, err := os.Create(c.cpuprofile)
		if err != nil {
			return fmt.Errorf("jhaload: %w", err)
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	return runAll(ctx, c, stdout, stderr)
}

// runAll prepares the archive and the index, then runs the scenarios,
// writing each part of the report as soon as it is known.
func runAll(ctx context.Context, c config, out, log io.Writer) error {
	ws := newWorkspace(c.cache, c.docs, c.seed)
	size, err := ensureArchive(ws, c.docs, c.seed, log)
	if err != nil {
		return err
	}
	bin, err := prepareBinary(ctx, c, ws)
	if err != nil {
		return err
	}
	imp, err := ensureImport(ctx, ws, bin, size, c.reimport, log)
	if err != nil {
		return err
	}
	idx, err := measureIndex(ws.data())
	if err != nil {
		return err
	}
	g, err := corpus.New(c.seed)
	if err != nil {
		return err
	}
	w := newWorkload(g)
	if c.workload == workloadDistinct {
		w = newDistinctWorkload(g, c.docs)
	}
	if c.only != "" {
		if w, err = w.onlyKind(c.only); err != nil {
			return err
		}
	}
	rep := newReport(c, bin, size, imp, idx, w)
	rep.writeHead(out)
	o := options{bin: bin, serveBin: bin.path, ws: ws, load: rep.workload, warmup: c.warmup, seed: c.seed, log: log}
	if c.serveBin != "" {
		o.serveBin = c.serveBin
	}
	for _, sc := range scenarios(c) {
		res, err := sc.run(ctx, o)
		if err != nil {
			return fmt.Errorf("jhaload: %s: %w", sc.name, err)
		}
		rep.runs = append(rep.runs, res)
		rep.writeRun(out, res)
	}
	return rep.writeTail(out)
}

func scenarios(c config) []scenario {
	out := []scenario{{name: fmt.Sprintf("%d-clients", c.clients), clients: c.clients, duration: c.duration}}
	if c.manyConns {
		out = append(out, scenario{name: "64-connections", clients: 64, duration: time.Minute})
	}
	if c.rebuild {
		out = append(out, scenario{name: "rebuild", clients: c.clients, rebuild: true})
	}
	return out
}

// prepareBinary builds jhasearch unless -bin names one.
func prepareBinary(ctx context.Context, c config, ws workspace) (binary, error) {
	path := c.bin
	if path == "" {
		dir := filepath.Join(c.cache, "bin")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return binary{}, fmt.Errorf("jhaload: %w", err)
		}
		var err error
		if path, err = buildBinary(ctx, dir); err != nil {
			return binary{}, err
		}
	}
	if err := os.MkdirAll(ws.logs(), 0o755); err != nil {
		return binary{}, fmt.Errorf("jhaload: %w", err)
	}
	bin, err := describeBinary(ctx, path)
	if err == nil && c.bin == "" && bin.commit == "unknown" {
		bin.commit = gitCommit(ctx)
	}
	return bin, err
}
