package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ops"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/vocab"
)

// opsFlags are serve's operations settings: rate limit, trusted proxies,
// body limit. The admin token comes from the environment only, so that it
// does not show in the process list.
type opsFlags struct {
	rate    float64
	burst   int
	proxies string
	maxBody int
}

func (o *opsFlags) add(f *flagSet) {
	f.Float(&o.rate, "rate-limit", "JHASEARCH_RATE_LIMIT", 0, "requests per second one client may make, sustained; 0 turns the limit off")
	f.Int(&o.burst, "rate-burst", "JHASEARCH_RATE_BURST", 0, "requests a client may make at once before the rate applies (default: the rate, rounded up)")
	f.String(&o.proxies, "trusted-proxies", "JHASEARCH_TRUSTED_PROXIES", "", "comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed")
	f.Int(&o.maxBody, "max-body", "JHASEARCH_MAX_BODY", ops.DefaultMaxBodyBytes, "largest request body accepted, in bytes")
}

// config checks the settings and returns them as the ops package's Config.
func (o *opsFlags) config(e env) (ops.Config, error) {
	cfg := ops.Config{RateLimit: o.rate, RateBurst: o.burst, MaxBodyBytes: int64(o.maxBody), AdminToken: e.getenv(adminTokenEnv)}
	for _, p := range strings.Split(o.proxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			cfg.TrustedProxies = append(cfg.TrustedProxies, p)
		}
	}
	if err := cfg.Validate(); err != nil {
		return cfg, usageError{err.Error()}
	}
	return cfg, nil
}

// timedEngine is the engine with every search timed for the metrics.
type timedEngine struct {
	*search.Engine
	metrics *ops.Metrics
}

func (t timedEngine) Search(ctx context.Context, req jhasearch.SearchRequest) (*jhasearch.SearchResult, error) {
	start := time.Now()
	res, err := t.Engine.Search(ctx, req)
	t.metrics.ObserveSearch(time.Since(start))
	return res, err
}

// indexSnapshot feeds the metrics with the served generation.
func indexSnapshot(engine *search.Engine) func() ops.IndexSnapshot {
	return func() ops.IndexSnapshot {
		st, err := engine.Stats(context.Background())
		if err != nil {
			return ops.IndexSnapshot{}
		}
		return ops.IndexSnapshotOf(st)
	}
}

// crawlSnapshot feeds the metrics with the last crawl of the run log, which
// a crawl in another process (cron) writes too.
func crawlSnapshot(d dataDir, logger *slog.Logger) func() ops.CrawlSnapshot {
	return func() ops.CrawlSnapshot {
		l, err := d.readRuns()
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

// adminJobs does the admin API's jobs: the same crawl and reindex as the
// commands, under the same writer lock, then a reload so that the new
// generation is served at once.
type adminJobs struct {
	data    dataDir
	sources []scraper.Source
	crawl   scraper.Config
	vocab   *vocab.Vocabulary
	engine  *search.Engine
}

func (j adminJobs) do(ctx context.Context, kind string) (ops.Outcome, error) {
	var out ops.Outcome
	switch kind {
	case ops.KindCrawl:
		summary, report, err := crawlAndBuild(ctx, j.data, j.sources, j.crawl, j.vocab, false)
		if err != nil {
			if summary != "" {
				j.crawl.Logger.Warn("crawl ran but its build failed", "summary", summary)
			}
			return out, err
		}
		out = ops.Outcome{OK: !report.Failed(), Summary: summary, Sources: crawlRecord(report).Sources}
	case ops.KindReindex:
		summary, err := reindex(ctx, j.data, j.sources, j.vocab, j.crawl.Logger)
		if err != nil {
			return out, err
		}
		out = ops.Outcome{OK: true, Summary: summary}
	default:
		return out, fmt.Errorf("unknown job %q", kind)
	}
	if _, err := j.engine.Reload(); err != nil {
		j.crawl.Logger.Warn("reload after the job", "err", err)
	}
	return out, nil
}

// scheduled is the crawl of `serve --schedule`.
func (j adminJobs) scheduled(ctx context.Context) error {
	out, err := j.do(ctx, ops.KindCrawl)
	if err != nil {
		return err
	}
	if !out.OK {
		j.crawl.Logger.Warn("scheduled crawl: a source failed", "summary", out.Summary)
		return nil
	}
	j.crawl.Logger.Info("scheduled crawl", "summary", out.Summary)
	return nil
}
