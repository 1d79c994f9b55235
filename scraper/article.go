package scraper

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper/extract"
	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// article fetches one release and stores it when it is new or changed. A
// known release is asked for with its validators; a 304 or a body with the
// stored hash is only touched, never extracted again.
func (r *sourceRun) article(ctx context.Context, l Link) {
	req := fetch.Request{URL: l.URL, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
	if l.known != nil {
		req.ETag, req.LastModified = l.known.ETag, l.known.LastModified
	}
	resp, err := r.get(ctx, req)
	if err != nil {
		r.noteGone(ctx, l, err)
		r.fail(ctx, l.URL, err)
		return
	}
	r.forgetGone(ctx, l)
	r.rep.Fetched++
	page, err := newPage(r.src, resp)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return
	}
	if r.unchanged(ctx, l, resp, page) {
		return
	}
	doc, err := Extract(*r.src, page)
	if err != nil {
		r.fail(ctx, l.URL, err)
		return
	}
	if l.canon != doc.URL { // redirected: the link's URL is an old address of the release
		doc.Aliases = extract.Dedupe(append(doc.Aliases, l.canon))
	}
	r.save(ctx, l, doc, page)
}

// newPage is the raw page as the archive keeps it.
func newPage(src *Source, resp *fetch.Response) (jhasearch.Page, error) {
	canon, err := jhasearch.CanonicalURL(resp.URL)
	if err != nil {
		return jhasearch.Page{}, err
	}
	return jhasearch.Page{URL: canon, Source: src.Name, Content: resp.Body, Served: resp.Served, Rendered: resp.Served != nil,
		ContentType: resp.Header.Get("Content-Type"), ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), Hash: hashOf(resp.Body),
		FetchedAt: time.Now().UTC().Truncate(time.Second)}, nil
}

// unchanged touches a known page that answered 304 or the stored hash.
func (r *sourceRun) unchanged(ctx context.Context, l Link, resp *fetch.Response, page jhasearch.Page) bool {
	if l.known == nil || (resp.Status != 304 && page.Hash != l.known.Hash) {
		return false
	}
	if err := r.store.Touch(ctx, l.known.URL, page.FetchedAt); err != nil {
		r.fail(ctx, l.URL, err)
		return true
	}
	r.rep.Unchanged++
	r.prog.page("unchanged")
	return true
}

func (r *sourceRun) save(ctx context.Context, l Link, doc jhasearch.Document, page jhasearch.Page) {
	if err := r.bound(&doc); err != nil {
		r.fail(ctx, l.URL, err)
		return
	}
	if err := r.store.Save(ctx, doc, page); err != nil {
		r.fail(ctx, l.URL, err)
		return
	}
	outcome := "new"
	if l.known != nil {
		outcome = "changed"
		r.rep.Changed++
	} else {
		r.rep.New++
	}
	r.prog.page(outcome)
	r.log.Debug("release stored", "source", r.src.Name, "url", doc.URL, "outcome", outcome, "title", doc.Title)
}

// hashOf is the hex SHA-256 of a raw page, the Page.Hash that tells an
// unchanged page from a changed one when the site sends no validators.
func hashOf(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
