package workflow

import (
	"context"
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

// DataDir is the data directory: the archive file, the index generations,
// the writer lock and the log of the last runs.
type DataDir string

// Archive is the path of the archive file.
func (d DataDir) Archive() string { return filepath.Join(string(d), "archive.db") }

// Index is the directory of the index generations.
func (d DataDir) Index() string { return filepath.Join(string(d), "index") }

// Runs is the path of the run log.
func (d DataDir) Runs() string { return filepath.Join(string(d), "runs.json") }

// OpenWriter creates the data directory if needed, takes its writer lock
// and opens the archive for writing. The caller closes both with the
// returned function.
func (d DataDir) OpenWriter(command string, logger *slog.Logger) (*archive.Archive, func(), error) {
	_, statErr := os.Stat(string(d))
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return nil, nil, fmt.Errorf("workflow: create data directory: %w", err)
	}
	// A mistyped --data would otherwise start a second archive without a
	// word.
	if errors.Is(statErr, fs.ErrNotExist) {
		logger.Warn("created a new data directory; check --data if you meant an existing one", "path", d.Abs())
	} else if _, err := os.Stat(d.Archive()); errors.Is(err, fs.ErrNotExist) {
		logger.Info("starting a new archive", "path", d.Archive())
	}
	lock, err := archive.Acquire(string(d), command)
	if err != nil {
		return nil, nil, err
	}
	if lock.Stale != nil {
		logger.Warn("recovered the writer lock of a process that ended without releasing it",
			"pid", lock.Stale.PID, "command", lock.Stale.Command, "since", lock.Stale.Since)
	}
	a, err := archive.Open(d.Archive(), false)
	if err != nil {
		lock.Release()
		return nil, nil, err
	}
	return a, func() { a.Close(); lock.Release() }, nil
}

// Abs is the directory's absolute path, for messages: a relative --data
// resolved against an unexpected working directory is a common mistake.
func (d DataDir) Abs() string {
	if p, err := filepath.Abs(string(d)); err == nil {
		return p
	}
	return string(d)
}

// WarnIfEmpty logs a warning naming the directory when it does not exist
// or holds neither an archive nor an index: serve then starts not ready,
// which is right before the first crawl and a mistake after a typo.
func (d DataDir) WarnIfEmpty(logger *slog.Logger) {
	if _, err := os.Stat(string(d)); errors.Is(err, fs.ErrNotExist) {
		logger.Warn("the data directory does not exist; serving nothing until a crawl or import creates it (check --data)", "path", d.Abs())
		return
	}
	_, archiveErr := os.Stat(d.Archive())
	_, indexErr := os.Stat(filepath.Join(d.Index(), "CURRENT"))
	if errors.Is(archiveErr, fs.ErrNotExist) && errors.Is(indexErr, fs.ErrNotExist) {
		logger.Warn("the data directory holds no archive and no index; serving nothing until a crawl or import builds one (check --data)", "path", d.Abs())
	}
}

// OpenReader opens the archive read-only; nil when there is none yet.
func (d DataDir) OpenReader() (*archive.Archive, error) {
	if _, err := os.Stat(d.Archive()); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return archive.Open(d.Archive(), true)
}

// Build builds a new index generation from every document of the archive,
// each cut to the limits and enriched by the vocabulary v, and records the
// run in the run log.
func (d DataDir) Build(ctx context.Context, a *archive.Archive, v *vocab.Vocabulary, logger *slog.Logger) (*indexer.Generation, error) {
	start := time.Now()
	gen, err := indexer.Build(ctx, d.Index(), enriched(v, bounded(a.Documents(ctx), logger)), indexer.WithVocabulary(v.Fingerprint()))
	rec := RunRecord{Command: "build", Started: start.UTC(), Finished: time.Now().UTC(), OK: err == nil}
	if err != nil {
		rec.Summary = err.Error()
		logger.Error("build failed", "err", err, "seconds", time.Since(start).Seconds())
	} else {
		rec.Summary = fmt.Sprintf("generation %s with %d documents", gen.Name, gen.Documents)
		logger.Info("build finished", "generation", gen.Name, "documents", gen.Documents, "seconds", time.Since(start).Seconds())
	}
	if werr := d.RecordRun(func(l *RunLog) { l.LastBuild = &rec }); werr != nil {
		logger.Warn("could not record the build", "err", werr)
	}
	return gen, err
}
