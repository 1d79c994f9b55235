package scraper

import (
	"fmt"
	"io"
	"time"
)

// Report is the outcome of a crawl, one entry per source in the order given.
type Report struct {
	Started, Finished time.Time
	Sources           []SourceReport
	// Statuses counts the HTTP responses of the crawl by status code,
	// robots.txt included; requests that got no response are not counted.
	Statuses map[int]int
}

// SourceReport counts what happened to one source's pages.
type SourceReport struct {
	Source string
	// Fetched counts the pages answered by the site (listings, feeds,
	// sitemaps, articles and API answers; robots.txt not included).
	Fetched int
	// New, Changed and Unchanged count releases: stored for the first time,
	// stored again because the page changed, and checked but unchanged.
	New, Changed, Unchanged int
	// Failures lists the pages that could not be fetched or were rejected,
	// the first MaxListedFailures of them; MoreFailures counts the rest.
	Failures     []Failure
	MoreFailures int
	// SkippedRobots counts the pages not fetched because robots.txt
	// disallows them: a polite crawler's choice, not a failure.
	SkippedRobots int
	// SkippedGone counts the releases not asked for because they answered
	// 404 or 410 in an earlier crawl and their wait is not over.
	SkippedGone int
	// Cut counts the fields cut to the size limits of a release
	// (jhasearch.BoundDocument), in CutReleases releases.
	Cut, CutReleases int
}

// Failure is a page that failed, with the reason in a sentence.
type Failure struct {
	URL    string
	Reason string
}

// MaxListedFailures is the most failures a SourceReport lists, so that a
// crawl where everything fails holds a bounded report.
const MaxListedFailures = 1000

// FailureCount is the number of the source's failed pages, listed or not.
func (s SourceReport) FailureCount() int { return len(s.Failures) + s.MoreFailures }

// Failed reports whether any page of any source failed.
func (r *Report) Failed() bool {
	for _, s := range r.Sources {
		if s.FailureCount() > 0 {
			return true
		}
	}
	return false
}

// Write prints the report as a table, then every failure with its reason.
// The robots column counts the pages skipped because robots.txt disallows
// them, the gone column the releases skipped because they answered 404 or
// 410 in an earlier crawl.
func (r *Report) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%-10s %8s %6s %8s %10s %7s %7s %5s\n", "source", "fetched", "new", "changed", "unchanged", "failed", "robots", "gone")
	for _, s := range r.Sources {
		if err == nil {
			_, err = fmt.Fprintf(w, "%-10s %8d %6d %8d %10d %7d %7d %5d\n", s.Source, s.Fetched, s.New, s.Changed, s.Unchanged,
				s.FailureCount(), s.SkippedRobots, s.SkippedGone)
		}
	}
	for _, s := range r.Sources {
		for _, f := range s.Failures {
			if err == nil {
				_, err = fmt.Fprintf(w, "%s: %s: %s\n", s.Source, f.URL, f.Reason)
			}
		}
		if s.MoreFailures > 0 && err == nil {
			_, err = fmt.Fprintf(w, "%s: and %d more failed pages, not listed\n", s.Source, s.MoreFailures)
		}
	}
	for _, s := range r.Sources {
		if err == nil && s.Cut > 0 {
			_, err = fmt.Fprintf(w, "%s: %d field(s) of %d release(s) cut to the size limits (logged at warning level)\n", s.Source, s.Cut, s.CutReleases)
		}
	}
	return err
}
