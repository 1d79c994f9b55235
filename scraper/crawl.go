package scraper

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch/scraper/extract"
	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// Crawler crawls sources into a Store. One Crawler may run several crawls,
// one after the other; it keeps robots.txt and host state between them.
type Crawler struct {
	cfg    Config
	store  Store
	client *fetch.Client
	index  *indexCache
	log    *slog.Logger
}

// New returns a crawler that stores what it finds in store.
func New(cfg Config, store Store) *Crawler {
	cfg = cfg.withDefaults()
	return &Crawler{cfg: cfg, store: store, client: fetch.New(cfg.fetchConfig()), index: newIndexCache(),
		log: cfg.Logger}
}

// Crawl walks each source and stores its new and changed releases. It is
// incremental unless full: a listing walk stops at the first page whose
// releases are all known, and known releases are re-checked with
// conditional requests only. A failing source does not stop the others;
// the report tells what failed. The error is for a cancelled context or
// sources not built by LoadSources.
//
// Saves go oldest first, each one atomic, so that a crawl killed at any
// moment and run again converges: what is stored is always the older end
// of a listing, and the walk goes on until it meets it. A Europol walk,
// which may be long, stores as it goes instead and notes how far it got
// (see europol).
func (c *Crawler) Crawl(ctx context.Context, sources []Source, full bool) (*Report, error) {
	for _, s := range sources {
		if err := s.ready(); err != nil {
			return nil, err
		}
	}
	c.client.NewRun()
	rep := &Report{Started: time.Now(), Sources: make([]SourceReport, len(sources))}
	prog := newProgress(c.cfg.Progress, len(sources))
	browser := fetch.NewBrowser(c.client, screenWall) // started by the first page that needs it
	defer browser.Close()
	turns := make(chan struct{}, c.cfg.Parallel)
	var wg sync.WaitGroup
	for i := range sources {
		rep.Sources[i].Source = sources[i].Name
		wg.Go(func() {
			select {
			case turns <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-turns }()
			run := &sourceRun{Crawler: c, src: &sources[i], site: sources[i].site(), full: full, rep: &rep.Sources[i],
				prog: prog, seen: map[urlKey]bool{}, browser: browser}
			run.crawl(ctx)
			prog.sourceDone()
		})
	}
	wg.Wait()
	prog.finish()
	rep.Finished = time.Now()
	rep.Statuses = c.client.TakeStatuses()
	return rep, ctx.Err()
}

// sourceRun is the crawl of one source; one goroutine owns it.
type sourceRun struct {
	*Crawler
	src  *Source
	site *fetch.Site // src, as the fetcher sees it
	full bool
	rep  *SourceReport
	prog *progress
	seen map[urlKey]bool // canonical URLs met in this run
	// limited is set once the source has met the release limit.
	limited bool
	// mark is where an unfinished Europol walk goes on from, as noted in
	// the Store; "" when no walk is under way.
	mark string
	// browser renders the listings and releases of a fetch: browser source.
	browser *fetch.Browser
}

// get fetches a page: a listing or release of a fetch: browser source (a
// page asked for as HTML) is rendered in the browser.
func (r *sourceRun) get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	if r.src.NeedsBrowser() && strings.HasPrefix(req.Accept, "text/html") {
		return r.browser.Get(ctx, r.site, req)
	}
	return r.client.Get(ctx, r.site, req)
}

func (r *sourceRun) crawl(ctx context.Context) {
	start := time.Now()
	if r.src.Kind == KindEuropol {
		r.europol(ctx)
	} else {
		links := r.discover(ctx)
		for i := len(links) - 1; i >= 0 && ctx.Err() == nil; i-- {
			r.article(ctx, links[i])
		}
	}
	rep := r.rep
	r.log.Info("source crawled", "source", r.src.Name, "fetched", rep.Fetched, "new", rep.New,
		"changed", rep.Changed, "unchanged", rep.Unchanged, "failed", rep.FailureCount(),
		"skipped_robots", rep.SkippedRobots, "skipped_gone", rep.SkippedGone,
		"took", time.Since(start).Round(time.Millisecond))
}

// fail records a failed page; a cancelled crawl is not the page's fault,
// and a page that robots.txt disallows is a skip.
func (r *sourceRun) fail(ctx context.Context, url string, err error) {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return
	}
	if errors.Is(err, ErrDisallowed) {
		r.rep.SkippedRobots++
		r.log.Info("page skipped: disallowed by robots.txt", "source", r.src.Name, "url", url)
		return
	}
	reason := err.Error()
	var rj *RejectError
	if errors.As(err, &rj) {
		reason = "rejected: " + rj.Reason
	}
	if len(r.rep.Failures) < MaxListedFailures {
		r.rep.Failures = append(r.rep.Failures, Failure{URL: url, Reason: reason})
	} else {
		r.rep.MoreFailures++
	}
	r.prog.page("failed")
	r.log.Warn("page failed", "source", r.src.Name, "url", url, "reason", reason)
}

// known looks the link up in the store; it reports false when the link
// was already met in this run.
func (r *sourceRun) known(ctx context.Context, l *Link) (bool, error) {
	isNew := !r.seen[keyOf(l.canon)]
	r.seen[keyOf(l.canon)] = true
	page, err := r.store.Page(ctx, l.canon)
	l.known = page
	return isNew, err
}

// atLimit reports whether the source's crawl has met more releases than
// Config.MaxReleases; the first time, it reports a failure naming the
// limit and next, the first release left out. Every walk stops then, so
// that no crawl holds more than the limit's worth of links.
func (r *sourceRun) atLimit(ctx context.Context, next string) bool {
	if len(r.seen) <= r.cfg.MaxReleases {
		return false
	}
	if !r.limited {
		r.limited = true
		r.fail(ctx, next, fmt.Errorf("scraper: the crawl of source %s stopped after %d releases (the crawler's release limit); "+
			"this release and any after it were not fetched", r.src.Name, r.cfg.MaxReleases))
	}
	return true
}

func parseHTML(resp *fetch.Response) (*goquery.Document, error) {
	return extract.ParseHTML(resp.Body, resp.Header.Get("Content-Type"))
}

// screenWall refuses a bot wall before the browser runs its scripts: the
// crawler does not solve such walls.
func screenWall(served *fetch.Response) error {
	if d, err := parseHTML(served); err == nil {
		if reason := extract.Challenge(d); reason != "" {
			return extract.Reject("%s; the crawler does not solve such walls: ask the agency to let it through (see the README)", reason)
		}
	}
	return nil
}
