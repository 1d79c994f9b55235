package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

// importResult is what the import of the archive cost.
type importResult struct {
	At           time.Time `json:"at"`
	BinarySHA256 string    `json:"binary_sha256"`
	Commit       string    `json:"commit"`
	Documents    int       `json:"documents"`
	Seconds      float64   `json:"seconds"`       // the whole import command
	BuildSeconds float64   `json:"build_seconds"` // the index build, from its log
	PeakRSS      int64     `json:"peak_rss"`
	Generation   string    `json:"generation"`
	Cached       bool      `json:"-"`
}

// buildBinary compiles ./cmd/jhasearch of the module in the working
// directory, as `make build` does, into dir.
func buildBinary(ctx context.Context, dir string) (string, error) {
	out := filepath.Join(dir, "jhasearch")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", out, "./cmd/jhasearch")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("jhaload: go build ./cmd/jhasearch (run jhaload from the repository root or give -bin): %v\n%s", err, b)
	}
	return out, nil
}

// describeBinary hashes the binary and reads the commit Go stamped into it.
func describeBinary(ctx context.Context, path string) (binary, error) {
	sum, err := fileSHA256(path)
	if err != nil {
		return binary{}, fmt.Errorf("jhaload: read binary: %w", err)
	}
	b := binary{path: path, sha256: sum, commit: "unknown"}
	out, err := exec.CommandContext(ctx, "go", "version", "-m", path).Output()
	if err != nil {
		return b, nil // no go tool at hand: the commit stays unknown
	}
	settings := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "build" {
			k, v, _ := strings.Cut(f[1], "=")
			settings[k] = v
		}
	}
	if rev := settings["vcs.revision"]; rev != "" { // absent under -buildvcs=false
		b.commit = rev[:min(len(rev), 12)]
		if settings["vcs.modified"] == "true" {
			b.commit += "+dirty"
		}
	}
	return b, nil
}

// gitCommit describes the checkout in the working directory, for a binary
// jhaload built itself: the commit, "+dirty" when files other than
// jhaload's own and the docs differ from it.
func gitCommit(ctx context.Context) string {
	rev, err := exec.CommandContext(ctx, "git", "rev-parse", "--short=12", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	commit := strings.TrimSpace(string(rev))
	changed, err := exec.CommandContext(ctx, "git", "status", "--porcelain", "--untracked-files=no",
		"--", ".", ":!cmd/jhaload", ":!docs").Output()
	if err == nil && len(bytes.TrimSpace(changed)) > 0 {
		commit += "+dirty"
	}
	return commit
}

// runImport runs `jhasearch import` on the archive and measures it.
func runImport(ctx context.Context, w workspace, bin binary, size corpus.Size) (importResult, error) {
	res := importResult{At: time.Now().UTC(), BinarySHA256: bin.sha256, Commit: bin.commit, Documents: size.Documents}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin.path, "import", "--data", w.data(), "--log-format", "json", w.archive())
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("jhaload: start import: %w", err)
	}
	rss := watchRSS(cmd.Process.Pid)
	err := cmd.Wait()
	res.Seconds = time.Since(start).Seconds()
	res.PeakRSS = rss.peak(cmd)
	os.MkdirAll(w.logs(), 0o755)
	os.WriteFile(filepath.Join(w.logs(), "import.log"), append(stdout.Bytes(), stderr.Bytes()...), 0o644)
	if err != nil {
		return res, fmt.Errorf("jhaload: import failed: %v\n%s", err, tail(stderr.String(), 2000))
	}
	if rec, ok := findLog(stderr.Bytes(), "build finished"); ok {
		res.BuildSeconds = rec.num("seconds")
	}
	res.Generation, err = currentGeneration(w.data())
	return res, err
}

// indexSize measures the current generation's directory and the archive
// file beside it.
type indexSize struct {
	Generation string
	Allocated  int64 // du
	Apparent   int64
	ArchiveDB  int64
}

func measureIndex(data string) (indexSize, error) {
	gen, err := currentGeneration(data)
	if err != nil {
		return indexSize{}, err
	}
	s := indexSize{Generation: gen}
	if s.Allocated, s.Apparent, err = diskUsage(filepath.Join(data, "index", gen)); err != nil {
		return s, err
	}
	if s.ArchiveDB, _, err = diskUsage(filepath.Join(data, "archive.db")); err != nil {
		return s, err
	}
	return s, nil
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
