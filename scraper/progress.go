package scraper

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// progress draws a one-line bar of the crawl on a terminal; with no writer
// it does nothing (the log lines tell the story then).
type progress struct {
	mu                         sync.Mutex
	w                          io.Writer
	sources, done              int
	pages, added, changed, bad int
}

func newProgress(w io.Writer, sources int) *progress {
	return &progress{w: w, sources: sources}
}

// page records one page and its outcome: "new", "changed", "unchanged",
// "" for a listing, or "failed" (not counted as a fetched page).
func (p *progress) page(outcome string) {
	p.update(func() {
		if outcome != "failed" {
			p.pages++
		}
		switch outcome {
		case "new":
			p.added++
		case "changed":
			p.changed++
		case "failed":
			p.bad++
		}
	})
}

func (p *progress) sourceDone() { p.update(func() { p.done++ }) }

func (p *progress) update(f func()) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	f()
	const width = 20
	filled := 0
	if p.sources > 0 {
		filled = width * p.done / p.sources
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d sources  %d pages  %d new  %d changed  %d failed ",
		strings.Repeat("#", filled), strings.Repeat(".", width-filled), p.done, p.sources,
		p.pages, p.added, p.changed, p.bad)
}

// finish ends the bar's line.
func (p *progress) finish() {
	if p != nil && p.w != nil {
		fmt.Fprintln(p.w)
	}
}
