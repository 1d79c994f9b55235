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
	// Failures lists the pages that could not be fetched or were rejected.
	Failures []Failure
	// Cut counts the fields cut to the size limits of a release
	// (jhasearch.BoundDocument), in CutReleases releases.
	Cut, CutReleases int
}

// Failure is a page that failed, with the reason in a sentence.
type Failure struct {
	URL    string
	Reason string
}

// Failed reports whether any page of any source failed.
func (r *Report) Failed() bool {
	for _, s := range r.Sources {
		if len(s.Failures) > 0 {
			return true
		}
	}
	return false
}

// Write prints the report as a table, then every failure with its reason.
func (r *Report) Write(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%-10s %8s %6s %8s %10s %7s\n", "source", "fetched", "new", "changed", "unchanged", "failed")
	for _, s := range r.Sources {
		if err == nil {
			_, err = fmt.Fprintf(w, "%-10s %8d %6d %8d %10d %7d\n", s.Source, s.Fetched, s.New, s.Changed, s.Unchanged, len(s.Failures))
		}
	}
	for _, s := range r.Sources {
		for _, f := range s.Failures {
			if err == nil {
				_, err = fmt.Fprintf(w, "%s: %s: %s\n", s.Source, f.URL, f.Reason)
			}
		}
	}
	for _, s := range r.Sources {
		if err == nil && s.Cut > 0 {
			_, err = fmt.Fprintf(w, "%s: %d field(s) of %d release(s) cut to the size limits (logged at warning level)\n", s.Source, s.Cut, s.CutReleases)
		}
	}
	return err
}
