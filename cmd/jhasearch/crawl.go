package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
)

func runCrawl(ctx context.Context, e env, args []string) error {
	var dir, sourcesFile, userAgent, logFormat, vocabFile, browserPath string
	var full, verbose bool
	f := newFlagSet(e, "crawl", "", "Fetch new and changed pages of every source into the archive, then build a new index generation.\nPrints a one-paragraph summary; exit status 1 when a source failed (the others' results are kept).")
	settingData.Add(f, &dir)
	settingSources.Add(f, &sourcesFile)
	settingUserAgent.Add(f, &userAgent)
	f.Bool(&full, "full", "", false, "walk every listing page, not only up to the first page of known releases")
	f.Bool(&verbose, "verbose", "", false, "log every page, not only warnings")
	settingLogFormat.Add(f, &logFormat)
	settingVocabulary.Add(f, &vocabFile)
	settingBrowser.Add(f, &browserPath)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	logger, err := newLevelLogger(e.stderr, logFormat, verbose)
	if err != nil {
		return err
	}
	sources, err := loadSources(sourcesFile)
	if err != nil {
		return err
	}
	v, err := loadVocabulary(vocabFile)
	if err != nil {
		return err
	}
	warnNoBrowser(logger, sources, browserPath)
	cfg := scraper.Config{UserAgent: userAgent, Logger: logger, Progress: terminal(e.stderr),
		Browser: scraper.BrowserConfig{Path: browserPath}}
	return crawlAndPrint(ctx, e, dataDir(dir), sources, cfg, v, full)
}

// crawlAndPrint runs crawlAndBuild and prints its summary paragraph, and
// the failures when a source failed.
func crawlAndPrint(ctx context.Context, e env, d dataDir, sources []scraper.Source, cfg scraper.Config, v *vocab.Vocabulary, full bool) error {
	summary, report, err := crawlAndBuild(ctx, d, sources, cfg, v, full)
	// A crawl that ran keeps its summary even when the build after it
	// failed: the pages it stored are in the archive.
	if summary != "" {
		fmt.Fprintln(e.stdout, summary)
	}
	if report != nil && report.Failed() {
		report.Write(controlEscaper{e.stderr}) // the reasons quote the sites
		if err == nil {
			return errFailed
		}
	}
	return err
}

// loadSources reads and validates the sources file, or the built-in one.
func loadSources(path string) ([]scraper.Source, error) {
	if path == "" {
		return scraper.DefaultSources()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError{fmt.Sprintf("cannot read sources file: %v", err)}
	}
	sources, err := scraper.LoadSources(data, path)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	return sources, nil
}

// crawlAndBuild crawls the sources into the archive under the writer lock
// and builds a new generation enriched by v. It returns the summary paragraph and the
// crawl's report; a source that failed is in the report, not an error. When
// the build fails, the summary and the report of the crawl are returned
// with the error.
func crawlAndBuild(ctx context.Context, d dataDir, sources []scraper.Source, cfg scraper.Config, v *vocab.Vocabulary, full bool) (string, *scraper.Report, error) {
	a, closeAll, err := d.openWriter("crawl", cfg.Logger)
	if err != nil {
		return "", nil, err
	}
	defer closeAll()
	report, err := scraper.New(cfg, a).Crawl(ctx, sources, full)
	if err != nil {
		return "", nil, err
	}
	rec := crawlRecord(report)
	if werr := d.recordRun(func(l *runLog) { l.LastCrawl = &rec }); werr != nil {
		cfg.Logger.Warn("could not record the crawl", "err", werr)
	}
	cfg.Logger.Info("crawl finished", "summary", rec.Summary)
	gen, err := d.build(ctx, a, v, cfg.Logger)
	if err != nil {
		return rec.Summary + " No new index generation was built.", report, err
	}
	return fmt.Sprintf("%s Index generation %s holds %d documents.", rec.Summary, gen.Name, gen.Documents), report, nil
}

// crawlRecord condenses a crawl report into the run log's record.
func crawlRecord(r *scraper.Report) runRecord {
	rec := runRecord{Command: "crawl", Started: r.Started.UTC(), Finished: r.Finished.UTC(), OK: !r.Failed(), Fetches: r.Statuses}
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
		line := fmt.Sprintf("%s: %d fetched, %d new, %d changed, %d unchanged, %d failed", s.Source, s.Fetched, s.New, s.Changed, s.Unchanged, s.FailureCount())
		if s.SkippedRobots > 0 {
			line += fmt.Sprintf(", %d skipped by robots.txt", s.SkippedRobots)
		}
		if s.SkippedGone > 0 {
			line += fmt.Sprintf(", %d skipped as gone (404 or 410 before)", s.SkippedGone)
		}
		if s.FailureCount() > 0 {
			failing = append(failing, s.Source)
			line += " (first: " + s.Failures[0].Reason + ")"
		}
		rec.Sources = append(rec.Sources, line)
		rec.Results = append(rec.Results, sourceResult{Name: s.Source, OK: s.FailureCount() == 0, Fetched: s.Fetched,
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
	var cut cutCount
	for _, s := range r.Sources {
		cut.fields, cut.docs = cut.fields+s.Cut, cut.docs+s.CutReleases
	}
	var b strings.Builder
	cut.report(&b)
	rec.Summary += b.String() + "."
	return rec
}

// terminal returns w when it is a terminal, for the progress bar; nil
// otherwise, so that cron and logs get plain lines.
func terminal(w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return w
}

// newLevelLogger is newLogger at Info level when verbose, Warn otherwise, so
// that a nightly cron job is quiet unless something needs attention.
func newLevelLogger(w io.Writer, format string, verbose bool) (*slog.Logger, error) {
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	return newLoggerLevel(w, format, level)
}
