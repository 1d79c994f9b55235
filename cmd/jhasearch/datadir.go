package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/vocab"
)

// dataDir is the data directory: the archive file, the index generations,
// the writer lock and the log of the last runs.
type dataDir string

func (d dataDir) archive() string { return filepath.Join(string(d), "archive.db") }
func (d dataDir) index() string   { return filepath.Join(string(d), "index") }
func (d dataDir) runs() string    { return filepath.Join(string(d), "runs.json") }

// openWriter creates the data directory if needed, takes its writer lock and
// opens the archive for writing. The caller closes both with the returned
// function.
func (d dataDir) openWriter(command string, logger *slog.Logger) (*archive.Archive, func(), error) {
	_, statErr := os.Stat(string(d))
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return nil, nil, fmt.Errorf("create data directory: %w", err)
	}
	// A mistyped --data would otherwise start a second archive without a
	// word.
	if errors.Is(statErr, fs.ErrNotExist) {
		logger.Warn("created a new data directory; check --data if you meant an existing one", "path", d.abs())
	} else if _, err := os.Stat(d.archive()); errors.Is(err, fs.ErrNotExist) {
		logger.Info("starting a new archive", "path", d.archive())
	}
	lock, err := archive.Acquire(string(d), command)
	if err != nil {
		return nil, nil, err
	}
	if lock.Stale != nil {
		logger.Warn("recovered the writer lock of a process that ended without releasing it",
			"pid", lock.Stale.PID, "command", lock.Stale.Command, "since", lock.Stale.Since)
	}
	a, err := archive.Open(d.archive(), false)
	if err != nil {
		lock.Release()
		return nil, nil, err
	}
	return a, func() { a.Close(); lock.Release() }, nil
}

// abs is the directory's absolute path, for messages: a relative --data
// resolved against an unexpected working directory is a common mistake.
func (d dataDir) abs() string {
	if p, err := filepath.Abs(string(d)); err == nil {
		return p
	}
	return string(d)
}

// warnIfEmpty logs a warning naming the directory when it does not exist
// or holds neither an archive nor an index: serve then starts not ready,
// which is right before the first crawl and a mistake after a typo.
func (d dataDir) warnIfEmpty(logger *slog.Logger) {
	if _, err := os.Stat(string(d)); errors.Is(err, fs.ErrNotExist) {
		logger.Warn("the data directory does not exist; serving nothing until a crawl or import creates it (check --data)", "path", d.abs())
		return
	}
	_, archiveErr := os.Stat(d.archive())
	_, indexErr := os.Stat(filepath.Join(d.index(), "CURRENT"))
	if errors.Is(archiveErr, fs.ErrNotExist) && errors.Is(indexErr, fs.ErrNotExist) {
		logger.Warn("the data directory holds no archive and no index; serving nothing until a crawl or import builds one (check --data)", "path", d.abs())
	}
}

// openReader opens the archive read-only; nil when there is none yet.
func (d dataDir) openReader() (*archive.Archive, error) {
	if _, err := os.Stat(d.archive()); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return archive.Open(d.archive(), true)
}

// build builds a new index generation from every document of the archive,
// each enriched by the vocabulary v, and records the run.
func (d dataDir) build(ctx context.Context, a *archive.Archive, v *vocab.Vocabulary, logger *slog.Logger) (*indexer.Generation, error) {
	start := time.Now()
	gen, err := indexer.Build(ctx, d.index(), enriched(v, bounded(a.Documents(ctx), logger)), indexer.WithVocabulary(v.Fingerprint()))
	rec := runRecord{Command: "build", Started: start.UTC(), Finished: time.Now().UTC(), OK: err == nil}
	if err != nil {
		rec.Summary = err.Error()
		logger.Error("build failed", "err", err, "seconds", time.Since(start).Seconds())
	} else {
		rec.Summary = fmt.Sprintf("generation %s with %d documents", gen.Name, gen.Documents)
		logger.Info("build finished", "generation", gen.Name, "documents", gen.Documents, "seconds", time.Since(start).Seconds())
	}
	if werr := d.recordRun(func(l *runLog) { l.LastBuild = &rec }); werr != nil {
		logger.Warn("could not record the build", "err", werr)
	}
	return gen, err
}

// runLog is what `status` shows of the last crawl and build.
type runLog struct {
	LastCrawl *runRecord `json:"last_crawl,omitempty"`
	LastBuild *runRecord `json:"last_build,omitempty"`
}

type runRecord struct {
	Command  string    `json:"command"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	OK       bool      `json:"ok"`
	Summary  string    `json:"summary"`
	// Sources has one line per source for a crawl, Results the same as
	// data, and Fetches the crawl's responses by HTTP status.
	Sources []string       `json:"sources,omitempty"`
	Results []sourceResult `json:"results,omitempty"`
	Fetches map[int]int    `json:"fetches,omitempty"`
}

// sourceResult is one source's outcome in a crawl.
type sourceResult struct {
	Name    string `json:"name"`
	OK      bool   `json:"ok"`
	Fetched int    `json:"fetched"`
	// SkippedRobots counts the pages robots.txt disallowed.
	SkippedRobots int `json:"skipped_robots,omitempty"`
	// SkippedGone counts the releases skipped as gone (404 or 410 before).
	SkippedGone int `json:"skipped_gone,omitempty"`
}

func (d dataDir) readRuns() (runLog, error) {
	var l runLog
	data, err := os.ReadFile(d.runs())
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return l, err
	}
	if err := json.Unmarshal(data, &l); err != nil {
		return l, fmt.Errorf("read %s: %w", d.runs(), err)
	}
	return l, nil
}

// recordRun updates the run log; the file is replaced atomically.
func (d dataDir) recordRun(update func(*runLog)) error {
	l, _ := d.readRuns()
	update(&l)
	data, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(d.runs(), data)
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it over path, so that a reader sees the old or the new file, never half.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
