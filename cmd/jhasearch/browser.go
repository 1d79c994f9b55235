package main

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/jhasearch/jhasearch/scraper"
)

// browserNeeds says, for the sources that are loaded in headless Chromium
// (fetch: browser), which executable a crawl would start, or why none can
// be. It is "" when no source needs a browser.
func browserNeeds(sources []scraper.Source, path string) (names []string, found string, err error) {
	for _, s := range sources {
		if s.NeedsBrowser() {
			names = append(names, s.Name)
		}
	}
	if len(names) == 0 {
		return nil, "", nil
	}
	found, err = scraper.LookBrowser(path)
	return names, found, err
}

// warnNoBrowser logs, at start-up, that the sources needing a browser will
// fail because none is installed. The check needs no crawl and no /readyz.
func warnNoBrowser(logger *slog.Logger, sources []scraper.Source, path string) {
	names, _, err := browserNeeds(sources, path)
	if err != nil {
		logger.Warn("no browser: the sources with fetch: browser will fail until Chromium is installed (Debian's chromium package, or the Docker image built with --target browser)",
			"sources", strings.Join(names, ", "), "err", err)
	}
}

// withoutBrowserSources drops the sources that need a browser when none is
// installed, for the demo, which must run anyway; it says what it dropped.
func withoutBrowserSources(sources []scraper.Source, path string) ([]scraper.Source, string) {
	names, _, err := browserNeeds(sources, path)
	if err == nil {
		return sources, ""
	}
	var kept []scraper.Source
	for _, s := range sources {
		if !s.NeedsBrowser() {
			kept = append(kept, s)
		}
	}
	return kept, fmt.Sprintf("Chromium is not installed, so the demo skips %s, whose pages are built by JavaScript (install Debian's chromium package to crawl it too).",
		strings.Join(names, ", "))
}

// browserSetting is the line of jhasearch config about the browser.
func browserSetting(sources []scraper.Source, path string) string {
	names, found, err := browserNeeds(sources, path)
	switch {
	case len(names) == 0:
		return "(not needed: no source has fetch: browser)"
	case err != nil:
		return fmt.Sprintf("NOT FOUND: %s will fail (%v)", strings.Join(names, ", "), err)
	}
	return fmt.Sprintf("%s (for %s)", found, strings.Join(names, ", "))
}

// headerSetting is the line of jhasearch config about the sources' extra
// request headers: their names only, never their values.
func headerSetting(sources []scraper.Source) string {
	var parts []string
	for _, s := range sources {
		if names := s.HeaderNames(); len(names) > 0 {
			parts = append(parts, s.Name+": "+strings.Join(names, ", "))
		}
	}
	if len(parts) == 0 {
		return "(none)"
	}
	return strings.Join(parts, "; ") + " (values hidden)"
}
