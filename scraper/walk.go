package scraper

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/PuerkitoBio/goquery"
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
// this Crawler has fetched it before.
func (r *sourceRun) fetchIndex(ctx context.Context, u, accept string) (*fetchResp, *url.URL, bool) {
	resp, err := r.get(ctx, r.index.request(fetchReq{url: u, accept: accept}))
	if err == nil {
		if resp = r.index.resolve(u, resp); resp.status == 304 {
			err = errors.New("scraper: 304 Not Modified for a page never fetched")
		}
	}
	if err != nil {
		r.fail(ctx, u, err)
		return nil, nil, false
	}
	r.rep.Fetched++
	r.prog.page("")
	base, _ := url.Parse(resp.url)
	return resp, base, true
}

// walkListing follows next links from start. It stops at a page without a
// release not met before (an out-of-range page that repeats the last one)
// and, unless full, after the first page whose releases are all known.
//
// A walk cut short by a failed page returns no link at all. Its newer
// pages' releases, stored alone, would make the next incremental walk stop
// at them and never reach the releases behind the failed page; walked again
// whole next time, nothing is lost.
func (r *sourceRun) walkListing(ctx context.Context, start string) []Link {
	var out []Link
	visited := map[string]bool{}
	for u, n := start, 0; u != "" && !visited[u] && ctx.Err() == nil; n++ {
		if n == r.cfg.MaxPages {
			// An endless chain of next pages must not end the walk silently.
			r.fail(ctx, u, fmt.Errorf("scraper: listing walk from %s stopped after %d listing pages (the crawler's page limit); this next page was not fetched", start, n))
			break
		}
		visited[u] = true
		links, ok := r.listingPage(ctx, u, n)
		if !ok {
			if len(out) > 0 {
				r.cfg.Logger.Warn("listing walk cut short by a failed page; its releases are left for the next crawl",
					"source", r.src.Name, "page", u, "releases", len(out))
			}
			return nil
		}
		fresh, allKnown := r.keep(ctx, u, links.links)
		out = append(out, fresh...)
		if len(fresh) == 0 || (allKnown && !r.full) {
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

// listingPage fetches and reads the n'th page of a listing walk; false when
// it failed (the failure is in the report).
func (r *sourceRun) listingPage(ctx context.Context, u string, n int) (listingLinks, bool) {
	resp, base, ok := r.fetchIndex(ctx, u, "text/html")
	if !ok {
		return listingLinks{}, false
	}
	d, err := parseHTML(resp)
	if err != nil {
		r.fail(ctx, u, err)
		return listingLinks{}, false
	}
	links := ListingLinks(*r.src, d, base)
	if err := r.checkIndex(d, n, len(links)); err != nil {
		r.fail(ctx, u, err)
		return listingLinks{}, false
	}
	return listingLinks{links: links, next: r.src.nextPage(d, base)}, true
}

// checkIndex fails a listing that is a bot wall, and a first page without
// any release (an empty page served to bots, or an article pattern that no
// longer matches the site's URLs): such a source must not look crawled.
func (r *sourceRun) checkIndex(d *goquery.Document, page, links int) error {
	if reason := challenge(d); reason != "" {
		return reject("%s", reason)
	}
	if page == 0 && links == 0 && !r.src.NeedsBrowser() && builtByScript(d) {
		return reject("%s", needsBrowser)
	}
	if page == 0 && links == 0 {
		return reject("no link on the first listing page matches the article pattern %q", r.src.Article)
	}
	return nil
}

// keep returns the links not met before in this run, looked up in the
// store, and whether all of them are known there.
func (r *sourceRun) keep(ctx context.Context, page string, links []Link) ([]Link, bool) {
	var fresh []Link
	allKnown := true
	for _, l := range links {
		isNew, err := r.known(ctx, &l)
		if err != nil {
			r.fail(ctx, l.URL, err)
			continue
		}
		if isNew {
			fresh = append(fresh, l)
			allKnown = allKnown && l.known != nil
		}
	}
	r.log.Debug("index page read", "source", r.src.Name, "url", page, "releases", len(fresh), "all_known", allKnown)
	return fresh, allKnown
}

func (r *sourceRun) readFeed(ctx context.Context, u string) []Link {
	resp, base, ok := r.fetchIndex(ctx, u, "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
	if !ok {
		return nil
	}
	links, err := FeedLinks(*r.src, resp.body, base)
	if err == nil && len(links) == 0 {
		err = reject("no item of the feed matches the article pattern %q", r.src.Article)
	}
	if err != nil {
		r.fail(ctx, u, err)
		return nil
	}
	fresh, _ := r.keep(ctx, u, links)
	return fresh
}

// readSitemap reads a sitemap and, for an index, its children (one level).
// Unless full, a known release is re-checked only when its lastmod is
// after the stored fetch: sitemaps list the whole archive each time.
func (r *sourceRun) readSitemap(ctx context.Context, u string, depth int) []Link {
	resp, base, ok := r.fetchIndex(ctx, u, "application/xml, text/xml;q=0.9, */*;q=0.5")
	if !ok {
		return nil
	}
	links, children, err := SitemapLinks(*r.src, resp.body, base)
	if err != nil {
		r.fail(ctx, u, err)
		return nil
	}
	fresh, _ := r.keep(ctx, u, links)
	out := fresh[:0]
	for _, l := range fresh {
		if r.full || l.known == nil || l.Modified.IsZero() || l.Modified.After(l.known.FetchedAt) {
			out = append(out, l)
		}
	}
	for _, child := range children {
		if depth < 1 && ctx.Err() == nil {
			out = append(out, r.readSitemap(ctx, child, depth+1)...)
		}
	}
	return out
}
