package workflow

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/jhasearch/jhasearch/internal/atomicfile"
)

// RunLog is what `status` and the metrics show of the last crawl and
// build; a crawl in another process (cron) writes it too.
type RunLog struct {
	LastCrawl *RunRecord `json:"last_crawl,omitempty"`
	LastBuild *RunRecord `json:"last_build,omitempty"`
}

// RunRecord is one run of the log.
type RunRecord struct {
	Command  string    `json:"command"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	OK       bool      `json:"ok"`
	Summary  string    `json:"summary"`
	// Sources has one line per source for a crawl, Results the same as
	// data, and Fetches the crawl's responses by HTTP status.
	Sources []string       `json:"sources,omitempty"`
	Results []SourceResult `json:"results,omitempty"`
	Fetches map[int]int    `json:"fetches,omitempty"`
}

// SourceResult is one source's outcome in a crawl.
type SourceResult struct {
	Name    string `json:"name"`
	OK      bool   `json:"ok"`
	Fetched int    `json:"fetched"`
	// SkippedRobots counts the pages robots.txt disallowed.
	SkippedRobots int `json:"skipped_robots,omitempty"`
	// SkippedGone counts the releases skipped as gone (404 or 410 before).
	SkippedGone int `json:"skipped_gone,omitempty"`
}

// ReadRuns reads the run log; an empty one when there is none yet.
func (d DataDir) ReadRuns() (RunLog, error) {
	var l RunLog
	data, err := os.ReadFile(d.Runs())
	if errors.Is(err, fs.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return l, fmt.Errorf("workflow: read run log: %w", err)
	}
	if err := json.Unmarshal(data, &l); err != nil {
		return l, fmt.Errorf("workflow: read %s: %w", d.Runs(), err)
	}
	return l, nil
}

// RecordRun updates the run log; the file is replaced atomically, so that
// a reader sees the old or the new log, never half, even after a crash.
func (d DataDir) RecordRun(update func(*RunLog)) error {
	l, _ := d.ReadRuns()
	update(&l)
	data, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return fmt.Errorf("workflow: encode run log: %w", err)
	}
	return atomicfile.WriteFile(d.Runs(), data)
}
