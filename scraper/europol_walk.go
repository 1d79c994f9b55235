package scraper

import (
	"context"
	"errors"
	"net/url"

	"github.com/jhasearch/jhasearch/scraper/extract"
	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// europol discovers releases from the feeds, then walks the node API's
// navigation.previous links back through the archive. Unless full, a walk
// stops at the first known release that has not changed.
//
// Each new or changed release is stored as soon as it is read, so that a
// walk holds one answer at a time however long the chain is. Stored newest
// first, a walk cut short (killed, a failed node, the release limit) would
// leave older releases behind ones already stored, where the next
// incremental walk, stopping at those, would never reach them. So while a
// walk is under way a note in the Store's Notebook says how far it got
// (every markEvery releases), and the next crawl first goes on from there.
func (r *sourceRun) europol(ctx context.Context) {
	walked := map[urlKey]bool{}
	r.mark = string(r.note(ctx, r.walkMarkKey()))
	if r.mark != "" {
		base, err := url.Parse(r.mark)
		l, ok := Link{}, false
		if err == nil {
			l, ok = r.src.newLink(base, r.mark)
		}
		if !ok { // the sources file changed: the mark names no release now
			r.setMark(ctx, "")
		} else if _, err := r.known(ctx, &l); err != nil {
			r.fail(ctx, l.URL, err)
		} else {
			r.log.Info("resuming an unfinished walk", "source", r.src.Name, "url", l.URL)
			r.walkBack(ctx, l, walked, true)
		}
	}
	var heads []Link
	for _, start := range r.src.Start {
		heads = append(heads, r.readFeed(ctx, start)...)
	}
	for _, head := range heads {
		if ctx.Err() != nil || r.limited {
			break
		}
		r.walkBack(ctx, head, walked, false)
	}
}

// setMark records where the walk goes on; "" clears the mark.
func (r *sourceRun) setMark(ctx context.Context, u string) {
	r.mark = u
	var v []byte
	if u != "" {
		v = []byte(u)
	}
	r.setNote(ctx, r.walkMarkKey(), v, walkMarkTTL)
}

// markEvery is how many releases a walk reads between two writes of its
// mark: a write per release would double the archive's work. A resumed
// walk reads that many releases whole (never stopping at a known one), so
// that it passes those stored after the last mark.
const markEvery = 16

// walkBack follows the linked list from l to older releases, skipping
// those another walk of this run has fetched, and storing as it goes.
// resume says l is the mark of a walk cut short: its first releases are
// read whole rather than asked for conditionally, since the walk must go
// on past them.
func (r *sourceRun) walkBack(ctx context.Context, l Link, walked map[urlKey]bool, resume bool) {
	// A walk moves the mark only when no other walk of this run left one,
	// so that a mark is never lost before it is resumed.
	marking := resume || r.mark == ""
	for n := 0; ctx.Err() == nil && !walked[keyOf(l.canon)]; n++ {
		if r.atLimit(ctx, l.URL) {
			return // the mark stays: the next crawl goes on from l
		}
		walked[keyOf(l.canon)] = true
		if r.goneYet(ctx, &l) {
			r.rep.SkippedGone++
			break // no older release can be reached past it
		}
		older, stop, ok := r.europolItem(ctx, l, resume && n <= markEvery)
		if !ok {
			return // the mark stays: the next crawl tries again from l
		}
		if stop || older == "" {
			break
		}
		base, _ := url.Parse(l.URL)
		next, isRelease := r.src.newLink(base, older)
		if !isRelease {
			break
		}
		if marking && n%markEvery == 0 {
			r.setMark(ctx, next.URL)
		}
		if _, err := r.known(ctx, &next); err != nil {
			r.fail(ctx, next.URL, err)
			return
		}
		l = next
	}
	if ctx.Err() == nil && marking && r.mark != "" {
		r.setMark(ctx, "") // the walk met known ground or the end of the chain
	}
}

// europolItem fetches one release from the API and stores it when new or
// changed. It returns the path of the next older release, whether the walk
// should stop here, and false when the release failed in a way worth
// trying again (it is in the report). whole asks for the body even when
// the release is known.
func (r *sourceRun) europolItem(ctx context.Context, l Link, whole bool) (string, bool, bool) {
	api, err := r.src.europolAPI(l.URL)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return "", true, false
	}
	req := fetch.Request{URL: api, Accept: "application/json"}
	if l.known != nil && !r.full && !whole { // a full walk needs every body to follow the links
		req.ETag, req.LastModified = l.known.ETag, l.known.LastModified
	}
	resp, err := r.client.Get(ctx, r.site, req)
	if err != nil {
		r.noteGone(ctx, l, err)
		r.fail(ctx, l.URL, err)
		// Nothing older can be reached through a release that is gone or
		// that robots.txt disallows: the walk ends as at the chain's end.
		return "", true, fetch.IsGone(err) || errors.Is(err, ErrDisallowed)
	}
	r.forgetGone(ctx, l)
	r.rep.Fetched++
	resp.URL = l.URL // the page is the release's, wherever the API lives
	page, err := newPage(r.src, resp)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return "", true, false
	}
	if r.unchanged(ctx, l, resp, page) {
		return r.previous(resp), !r.full && !whole, true
	}
	node, err := extract.ParseEuropol(resp.Body)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return "", true, false
	}
	// A release whose answer is rejected is reported; the walk goes on
	// past it, as the answer still names the older release.
	if doc, err := Extract(*r.src, page); err != nil {
		r.fail(ctx, l.URL, err)
	} else {
		r.save(ctx, l, doc, page)
	}
	return node.Navigation.Previous, false, true
}

// previous reads the older release's path from an answer with a body.
func (r *sourceRun) previous(resp *fetch.Response) string {
	if resp.Status != 200 {
		return ""
	}
	node, err := extract.ParseEuropol(resp.Body)
	if err != nil {
		return ""
	}
	return node.Navigation.Previous
}

// europolAPI is the node API address that answers for an article URL.
func (src Source) europolAPI(article string) (string, error) {
	u, err := url.Parse(article)
	if err != nil {
		return "", err
	}
	api := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: src.API,
		RawQuery: url.Values{"url": {u.EscapedPath()}}.Encode()}
	return api.String(), nil
}
