package scraper

import (
	"context"
	"fmt"
	"net/url"

	"github.com/jhasearch/jhasearch"
)

// europol discovers releases from the feeds, then walks the node API's
// navigation.previous links back through the archive. Unless full, a walk
// stops at the first known release that has not changed. New and changed
// answers are held until the walk ends and saved oldest first, so that a
// killed crawl leaves the older end stored and the next walk reaches it.
func (r *sourceRun) europol(ctx context.Context) {
	var heads []Link
	for _, start := range r.src.Start {
		heads = append(heads, r.readFeed(ctx, start)...)
	}
	var pending []pendingPage
	walked := map[string]bool{}
	for _, head := range heads {
		pending = append(pending, r.walkBack(ctx, head, walked)...)
	}
	for i := len(pending) - 1; i >= 0 && ctx.Err() == nil; i-- {
		p := pending[i]
		doc, err := Extract(*r.src, p.page)
		if err != nil {
			r.fail(ctx, p.link.URL, err)
			continue
		}
		r.save(ctx, p.link, doc, p.page)
	}
}

type pendingPage struct {
	link Link
	page jhasearch.Page
}

// walkBack follows the linked list from l to older releases, skipping
// those another walk of this run has fetched.
func (r *sourceRun) walkBack(ctx context.Context, l Link, walked map[string]bool) []pendingPage {
	var out []pendingPage
	for n := 0; ctx.Err() == nil && !walked[l.canon]; n++ {
		if n == r.cfg.MaxPages*20 {
			// An endless chain of older releases must not end the walk silently.
			r.fail(ctx, l.URL, fmt.Errorf("scraper: walk back through the node API stopped after %d releases (the crawler's page limit × 20); this older release was not fetched", n))
			break
		}
		walked[l.canon] = true
		p, older, stop := r.europolItem(ctx, l)
		if p != nil {
			out = append(out, *p)
		}
		if stop || older == "" {
			break
		}
		base, _ := url.Parse(l.URL)
		next, ok := r.src.newLink(base, older)
		if !ok {
			break
		}
		if _, err := r.known(ctx, &next); err != nil {
			r.fail(ctx, next.URL, err)
			break
		}
		l = next
	}
	return out
}

// europolItem fetches one release from the API. It returns the page when
// new or changed, the path of the next older release, and whether the
// walk should stop here.
func (r *sourceRun) europolItem(ctx context.Context, l Link) (*pendingPage, string, bool) {
	api, err := r.src.europolAPI(l.URL)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return nil, "", true
	}
	req := fetchReq{url: api, accept: "application/json"}
	if l.known != nil && !r.full { // a full walk needs every body to follow the links
		req.etag, req.lastModified = l.known.ETag, l.known.LastModified
	}
	resp, err := r.fetch.get(ctx, r.src, req)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return nil, "", true
	}
	r.rep.Fetched++
	resp.url = l.URL // the page is the release's, wherever the API lives
	page, err := newPage(r.src, resp)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return nil, "", true
	}
	if r.unchanged(ctx, l, resp, page) {
		return nil, r.previous(resp), !r.full
	}
	node, err := parseEuropol(resp.body)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return nil, "", true
	}
	return &pendingPage{link: l, page: page}, node.Navigation.Previous, false
}

// previous reads the older release's path from an answer with a body.
func (r *sourceRun) previous(resp *fetchResp) string {
	if resp.status != 200 {
		return ""
	}
	node, err := parseEuropol(resp.body)
	if err != nil {
		return ""
	}
	return node.Navigation.Previous
}
