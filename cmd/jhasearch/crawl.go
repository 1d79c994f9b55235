package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
	"github.com/jhasearch/jhasearch/workflow"
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
	return crawlAndPrint(ctx, e, workflow.DataDir(dir), sources, cfg, v, full)
}

// crawlAndPrint runs workflow.CrawlAndBuild and prints its summary paragraph, and
// the failures when a source failed.
func crawlAndPrint(ctx context.Context, e env, d workflow.DataDir, sources []scraper.Source, cfg scraper.Config, v *vocab.Vocabulary, full bool) error {
	summary, report, err := workflow.CrawlAndBuild(ctx, d, sources, cfg, v, full)
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
