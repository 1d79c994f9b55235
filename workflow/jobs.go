package workflow

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/jhasearch/jhasearch/ops"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
)

// Reloader is the served engine as the jobs see it: after a job's build it
// looks for the new generation at once.
type Reloader interface {
	Reload() (changed bool, err error)
}

// Jobs does the admin API's and the schedule's jobs: the same crawl and
// reindex as the commands, under the same writer lock, then a reload so
// that the new generation is served at once.
type Jobs struct {
	Data    DataDir
	Sources []scraper.Source
	// Crawl configures the crawl; its Logger is the jobs' logger.
	Crawl  scraper.Config
	Vocab  *vocab.Vocabulary
	Engine Reloader
}

// Do runs one job of kind ops.KindCrawl or ops.KindReindex.
func (j Jobs) Do(ctx context.Context, kind string) (ops.Outcome, error) {
	var out ops.Outcome
	switch kind {
	case ops.KindCrawl:
		summary, report, err := CrawlAndBuild(ctx, j.Data, j.Sources, j.Crawl, j.Vocab, false)
		if err != nil {
			if summary != "" {
				j.Crawl.Logger.Warn("crawl ran but its build failed", "summary", summary)
			}
			return out, err
		}
		out = ops.Outcome{OK: !report.Failed(), Summary: summary, Sources: CrawlRecord(report).Sources}
	case ops.KindReindex:
		summary, err := Reindex(ctx, j.Data, j.Sources, j.Vocab, j.Crawl.Logger)
		if err != nil {
			return out, err
		}
		out = ops.Outcome{OK: true, Summary: summary}
	default:
		return out, fmt.Errorf("workflow: unknown job %q", kind)
	}
	if _, err := j.Engine.Reload(); err != nil {
		j.Crawl.Logger.Warn("reload after the job", "err", err)
	}
	return out, nil
}

// Scheduled is the crawl of `serve --schedule`.
func (j Jobs) Scheduled(ctx context.Context) error {
	out, err := j.Do(ctx, ops.KindCrawl)
	if err != nil {
		return err
	}
	if !out.OK {
		j.Crawl.Logger.Warn("scheduled crawl: a source failed", "summary", out.Summary)
		return nil
	}
	j.Crawl.Logger.Info("scheduled crawl", "summary", out.Summary)
	return nil
}

// CrawlSnapshot feeds the metrics with the last crawl of the run log,
// which a crawl in another process (cron) writes too.
func CrawlSnapshot(d DataDir, logger *slog.Logger) func() ops.CrawlSnapshot {
	return func() ops.CrawlSnapshot {
		l, err := d.ReadRuns()
		if err != nil {
			logger.Warn("metrics: cannot read the run log", "err", err)
			return ops.CrawlSnapshot{}
		}
		c := l.LastCrawl
		if c == nil {
			return ops.CrawlSnapshot{}
		}
		snap := ops.CrawlSnapshot{Finished: c.Finished, Fetches: c.Fetches}
		for _, r := range c.Results {
			snap.Sources = append(snap.Sources, ops.SourceOutcome{Name: r.Name, OK: r.OK, Fetched: r.Fetched,
				SkippedRobots: r.SkippedRobots, SkippedGone: r.SkippedGone})
		}
		return snap
	}
}
