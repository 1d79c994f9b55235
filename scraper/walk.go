package scraper

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch/scraper/extract"
	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// discover walks the source's start URLs and returns the releases to
// fetch, newest first as the site lists them.
func (r *sourceRun) discover(ctx context.Context) []Link {
	var links []Link
	for _, start := range r.src.Start {
		switch r.src.Kind {
		case KindHTML:
			links = append(links, r.walkListing(ctx, start)...)
		case KindFeed:
			links = append(links, r.readFeed(ctx, start)...)
		case KindSitemap:
			links = append(links, r.readSitemap(ctx, start, 0)...)
		}
	}
	return links
}

// fetchIndex fetches a listing, feed or sitemap page, conditionally when
// this Crawler has fetched it before. An error is already in the report;
// it wraps ErrDisallowed for a page robots.txt disallows, a skip, unless
// the page is a start page: a source whose start robots.txt disallows
// cannot be crawled at all, and that must not pass unnoticed.
func (r *sourceRun) fetchIndex(ctx context.Context, u, accept string, start bool) (*fetch.Response, *url.URL, error) {
	resp, err := r.get(ctx, r.index.request(fetch.Request{URL: u, Accept: accept}))
	if err == nil {
		if resp = r.index.resolve(u, resp); resp.Status == 304 {
			err = errors.New("scraper: 304 Not Modified for a page never fetched")
		}
	}
	if start && errors.Is(err, ErrDisallowed) {
		err = fmt.Errorf("scraper: the start page %s is disallowed by robots.txt, so source %s cannot be crawled; "+
			"remove it from the sources file or ask the site to allow it", u, r.src.Name)
	}
	if err != nil {
		r.fail(ctx, u, err)
		return nil, nil, err
	}
	r.rep.Fetched++
	r.prog.page("")
	base, _ := url.Parse(resp.URL)
	return resp, base, nil
}

// walkListing follows next links from start. It stops at a page without a
// release not met before (an out-of-range page that repeats the last one),
// after Config.BarrenPages pages in a row whose releases all answered 404
// or 410 before (endless pagination of dead links), and, unless full,
// after the first page whose releases are all known.
//
// A walk cut short by a failed page returns no link at all. Its newer
// pages' releases, stored alone, would make the next incremental walk stop
// at them and never reach the releases behind the failed page; walked again
// whole next time, nothing is lost.
func (r *sourceRun) walkListing(ctx context.Context, start string) []Link {
	var out []Link
	visited := map[urlKey]bool{}
	barren := 0 // pages in a row that brought only releases remembered as gone
	for u, n := start, 0; u != "" && !visited[keyOf(u)] && ctx.Err() == nil; n++ {
		if n == r.cfg.MaxPages {
			// An endless chain of next pages must not end the walk silently.
			r.fail(ctx, u, fmt.Errorf("scraper: listing walk from %s stopped after %d listing pages (the crawler's page limit); this next page was not fetched", start, n))
			break
		}
		visited[keyOf(u)] = true
		links, err := r.listingPage(ctx, u, n)
		if errors.Is(err, ErrDisallowed) {
			break // robots.txt closes the rest of the listing: what it shows is all there is
		}
		if err != nil {
			if len(out) > 0 {
				r.cfg.Logger.Warn("listing walk cut short by a failed page; its releases are left for the next crawl",
					"source", r.src.Name, "page", u, "releases", len(out))
			}
			return nil
		}
		fresh, allKnown, gone := r.keep(ctx, u, links.links)
		out = append(out, fresh...)
		if len(fresh) == 0 && gone > 0 {
			barren++
		} else {
			barren = 0
		}
		if barren >= r.cfg.BarrenPages {
			r.log.Info("listing walk stopped: its last pages bring only releases that answered 404 or 410 before",
				"source", r.src.Name, "page", u, "pages", barren)
			break
		}
		if (len(fresh) == 0 && gone == 0) || (allKnown && !r.full) || r.limited {
			break
		}
		u = links.next
	}
	return out
}

// listingLinks is what one listing page gives: its release links and the
// address of the next page.
type listingLinks struct {
	links []Link
	next  string
}

// listingPage fetches and reads the n'th page of a listing walk; an error
// when it failed or was skipped (it is in the report).
func (r *sourceRun) listingPage(ctx context.Context, u string, n int) (listingLinks, error) {
	resp, base, err := r.fetchIndex(ctx, u, "text/html", n == 0)
	if err != nil {
		return listingLinks{}, err
	}
	d, err := parseHTML(resp)
	if err != nil {
		r.fail(ctx, u, err)
		return listingLinks{}, err
	}
	links := ListingLinks(*r.src, d, base)
	if err := r.checkIndex(d, n, len(links)); err != nil {
		r.fail(ctx, u, err)
		return listingLinks{}, err
	}
	return listingLinks{links: links, next: r.src.nextPage(d, base)}, nil
}

// checkIndex fails a listing that is a bot wall, and a first page without
// any release (an empty page served to bots, or an article pattern that no
// longer matches the site's URLs): such a source must not look crawled.
func (r *sourceRun) checkIndex(d *goquery.Document, page, links int) error {
	if reason := extract.Challenge(d); reason != "" {
		return extract.Reject("%s", reason)
	}
	if page == 0 && links == 0 && !r.src.NeedsBrowser() && extract.BuiltByScript(d) {
		return extract.Reject("%s", extract.ScriptShell)
	}
	if page == 0 && links == 0 {
		return extract.Reject("no link on the first listing page matches the article pattern %q", r.src.Article)
	}
	return nil
}

// keep returns the links not met before in this run, looked up in the
// store, whether all of them are known there, and how many were left out
// because they answered 404 or 410 in an earlier crawl (skipped: their
// wait is not over).
func (r *sourceRun) keep(ctx context.Context, page string, links []Link) ([]Link, bool, int) {
	var fresh []Link
	allKnown, gone := true, 0
	for _, l := range links {
		isNew, err := r.known(ctx, &l)
		if isNew && r.atLimit(ctx, l.URL) {
			break
		}
		if err != nil {
			r.fail(ctx, l.URL, err)
			continue
		}
		if !isNew {
			continue
		}
		if r.goneYet(ctx, &l) {
			gone++
			r.rep.SkippedGone++
			continue
		}
		fresh = append(fresh, l)
		allKnown = allKnown && l.known != nil
	}
	r.log.Debug("index page read", "source", r.src.Name, "url", page, "releases", len(fresh), "all_known", allKnown, "gone", gone)
	return fresh, allKnown, gone
}

func (r *sourceRun) readFeed(ctx context.Context, u string) []Link {
	resp, base, err := r.fetchIndex(ctx, u, "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5", true)
	if err != nil {
		return nil
	}
	links, err := FeedLinks(*r.src, resp.Body, base)
	if err == nil && len(links) == 0 {
		err = extract.Reject("no item of the feed matches the article pattern %q", r.src.Article)
	}
	if err != nil {
		r.fail(ctx, u, err)
		return nil
	}
	fresh, _, _ := r.keep(ctx, u, links)
	return fresh
}

// readSitemap reads a sitemap and, for an index, its children (one level).
// Unless full, a known release is re-checked only when its lastmod is
// after the stored fetch: sitemaps list the whole archive each time.
func (r *sourceRun) readSitemap(ctx context.Context, u string, depth int) []Link {
	resp, base, err := r.fetchIndex(ctx, u, "application/xml, text/xml;q=0.9, */*;q=0.5", depth == 0)
	if err != nil {
		return nil
	}
	links, children, err := SitemapLinks(*r.src, resp.Body, base)
	if err != nil {
		r.fail(ctx, u, err)
		return nil
	}
	fresh, _, _ := r.keep(ctx, u, links)
	out := fresh[:0]
	for _, l := range fresh {
		if r.full || l.known == nil || l.Modified.IsZero() || l.Modified.After(l.known.FetchedAt) {
			out = append(out, l)
		}
	}
	for i, child := range children {
		if depth > 0 || ctx.Err() != nil || r.limited {
			break
		}
		if i == r.cfg.MaxPages {
			r.fail(ctx, child, fmt.Errorf("scraper: sitemap index %s lists more than %d sitemaps (the crawler's page limit); this one and the rest were not read", u, r.cfg.MaxPages))
			break
		}
		out = append(out, r.readSitemap(ctx, child, depth+1)...)
	}
	return out
}
