package workflow

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
)

// CrawlAndBuild crawls the sources into the archive under the writer lock,
// records the crawl in the run log and builds a new generation enriched by
// v. It returns the summary paragraph and the crawl's report; a source
// that failed is in the report, not an error. When the build fails, the
// summary and the report of the crawl are returned with the error: the
// pages the crawl stored are in the archive.
func CrawlAndBuild(ctx context.Context, d DataDir, sources []scraper.Source, cfg scraper.Config, v *vocab.Vocabulary, full bool) (string, *scraper.Report, error) {
	a, closeAll, err := d.OpenWriter("crawl", cfg.Logger)
	if err != nil {
		return "", nil, err
	}
	defer closeAll()
	report, err := scraper.New(cfg, a).Crawl(ctx, sources, full)
	if err != nil {
		return "", nil, err
	}
	rec := CrawlRecord(report)
	if werr := d.RecordRun(func(l *RunLog) { l.LastCrawl = &rec }); werr != nil {
		cfg.Logger.Warn("could not record the crawl", "err", werr)
	}
	cfg.Logger.Info("crawl finished", "summary", rec.Summary)
	gen, err := d.Build(ctx, a, v, cfg.Logger)
	if err != nil {
		return rec.Summary + " No new index generation was built.", report, err
	}
	return fmt.Sprintf("%s Index generation %s holds %d documents.", rec.Summary, gen.Name, gen.Documents), report, nil
}

// CrawlRecord condenses a crawl report into the run log's record.
func CrawlRecord(r *scraper.Report) RunRecord {
	rec := RunRecord{Command: "crawl", Started: r.Started.UTC(), Finished: r.Finished.UTC(), OK: !r.Failed(), Fetches: r.Statuses}
	var fetched, added, changed, unchanged, failed, robots, gone int
	var failing []string
	for _, s := range r.Sources {
		fetched += s.Fetched
		added += s.New
		changed += s.Changed
		unchanged += s.Unchanged
		failed += s.FailureCount()
		robots += s.SkippedRobots
		gone += s.SkippedGone
		if s.FailureCount() > 0 {
			failing = append(failing, s.Source)
		}
		rec.Sources = append(rec.Sources, sourceLine(s))
		rec.Results = append(rec.Results, SourceResult{Name: s.Source, OK: s.FailureCount() == 0, Fetched: s.Fetched,
			SkippedRobots: s.SkippedRobots, SkippedGone: s.SkippedGone})
	}
	rec.Summary = fmt.Sprintf("Crawled %d source(s) in %s: %d page(s) fetched, %d new, %d changed, %d unchanged release(s), %d failure(s)",
		len(r.Sources), r.Finished.Sub(r.Started).Round(time.Second), fetched, added, changed, unchanged, failed)
	if len(failing) > 0 {
		rec.Summary += " in " + strings.Join(failing, ", ")
	}
	if robots > 0 {
		rec.Summary += fmt.Sprintf("; %d page(s) skipped by robots.txt", robots)
	}
	if gone > 0 {
		rec.Summary += fmt.Sprintf("; %d release(s) skipped because they answered 404 or 410 in an earlier crawl", gone)
	}
	var cut CutCount
	for _, s := range r.Sources {
		cut.fields, cut.docs = cut.fields+s.Cut, cut.docs+s.CutReleases
	}
	var b strings.Builder
	cut.Report(&b)
	rec.Summary += b.String() + "."
	return rec
}

// sourceLine is one source's line of the run log.
func sourceLine(s scraper.SourceReport) string {
	line := fmt.Sprintf("%s: %d fetched, %d new, %d changed, %d unchanged, %d failed", s.Source, s.Fetched, s.New, s.Changed, s.Unchanged, s.FailureCount())
	if s.SkippedRobots > 0 {
		line += fmt.Sprintf(", %d skipped by robots.txt", s.SkippedRobots)
	}
	if s.SkippedGone > 0 {
		line += fmt.Sprintf(", %d skipped as gone (404 or 410 before)", s.SkippedGone)
	}
	if s.FailureCount() > 0 {
		line += " (first: " + s.Failures[0].Reason + ")"
	}
	return line
}
