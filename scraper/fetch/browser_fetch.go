package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/chromedp"
)

// Get loads a listing or release page of a fetch: browser source. The
// document is fetched first by the crawler itself, with every rule of a
// plain fetch (robots.txt, the host's gap, Retry-After, redirects within
// the source's hosts, the size cap, the address guard), so that a page the
// crawler may not fetch never reaches Chromium, and a bot wall is reported
// before any of its scripts could run. Then Chromium renders that document,
// and every request the page makes goes through the crawler again (see
// page.route). The answer's body is the rendered DOM; served keeps what the
// server sent.
func (b *Browser) Get(ctx context.Context, site *Site, req Request) (*Response, error) {
	req.ETag, req.LastModified = "", "" // a script shell rarely changes when its content does
	tab := b.prepare(ctx, site, req.URL)
	defer tab.discard()
	resp, err := b.fetch.Get(ctx, site, req)
	if err != nil {
		return nil, err
	}
	if resp.Status != http.StatusOK || !isHTML(resp.Header.Get("Content-Type")) {
		return resp, nil // nothing to render: extraction says what it is
	}
	if b.screen != nil {
		if err := b.screen(resp); err != nil {
			return nil, err
		}
	}
	started := time.Now()
	html, err := b.render(ctx, site, resp, tab)
	if err != nil {
		return nil, err
	}
	b.cfg.Logger.Debug("page rendered", "source", site.Name, "url", resp.URL,
		"served", len(resp.Body), "rendered", len(html), "took", time.Since(started).Round(time.Millisecond))
	header := resp.Header.Clone()
	header.Set("Content-Type", "text/html; charset=utf-8")
	header.Del("ETag") // the validators are the served document's, not the rendered one's
	header.Del("Last-Modified")
	return &Response{URL: resp.URL, Status: http.StatusOK, Header: header, Body: html, Served: resp.Body}, nil
}

// pendingTab is a tab being opened while the crawler fetches the document,
// so that opening it costs no time when the host's gap is waited anyway.
type pendingTab struct {
	done  chan struct{}
	ctx   context.Context
	close func()
	err   error
}

// prepare starts opening a tab for u, unless the page may not be fetched
// at all (another host, robots.txt): such a page never starts a browser.
func (b *Browser) prepare(ctx context.Context, site *Site, raw string) *pendingTab {
	t := &pendingTab{done: make(chan struct{})}
	u, err := url.Parse(raw)
	if err == nil {
		err = checkTarget(site, u)
	}
	var rules *robots
	if err == nil {
		rules, err = b.fetch.robotsFor(withSite(ctx, site), site, u)
	}
	if err != nil || !rules.allowed(u.RequestURI()) {
		t.err = errors.New("scraper: no tab for a page that may not be fetched")
		close(t.done)
		return t
	}
	go func() {
		defer close(t.done)
		t.ctx, t.close, t.err = b.tab(ctx)
	}()
	return t
}

// take waits for the tab; the caller owns it from then on.
func (t *pendingTab) take() (context.Context, func(), error) {
	<-t.done
	ctx, closeTab, err := t.ctx, t.close, t.err
	t.close = nil
	return ctx, closeTab, err
}

// discard closes the tab unless it was taken.
func (t *pendingTab) discard() {
	<-t.done
	if t.close != nil {
		t.close()
	}
}

func isHTML(ctype string) bool {
	ctype = strings.ToLower(ctype)
	return ctype == "" || strings.Contains(ctype, "text/html") || strings.Contains(ctype, "application/xhtml")
}

// errPageCrashed marks a page whose renderer died, most often because
// the page needed more memory than BrowserConfig.HeapMB allows.
var errPageCrashed = errors.New("the page crashed in the browser (it may need more memory than the page limit)")

// render shows the served document in a fresh tab and returns the DOM once
// the page has made no request for a while, within the page timeout.
func (b *Browser) render(ctx context.Context, site *Site, served *Response, tab *pendingTab) ([]byte, error) {
	tctx, closeTab, err := tab.take()
	if err != nil {
		return nil, err
	}
	defer closeTab()
	pctx, cancel := context.WithTimeoutCause(tctx, b.cfg.Browser.PageTimeout,
		fmt.Errorf("scraper: render %s: page timeout of %s passed", served.URL, b.cfg.Browser.PageTimeout))
	defer cancel()
	p := &page{b: b, site: site, tab: tctx, served: served, quietSince: time.Now()}
	if err := p.intercept(pctx); err != nil {
		return nil, err
	}
	// A renderer that dies (out of memory, most often) ends the page at
	// once rather than at its timeout.
	crashed := make(chan struct{})
	crashes := chromedp.Events(pctx, inspector.TargetCrashed)
	p.wg.Go(func() {
		for _, err := range crashes {
			if err == nil {
				close(crashed)
				cancel()
			}
			return
		}
	})
	html, err := p.load(pctx)
	timedOut := pctx.Err() != nil
	cancel() // ends the interception loop and the page's requests
	p.wg.Wait()
	select {
	case <-crashed:
		return nil, fmt.Errorf("scraper: render %s: %w", served.URL, errPageCrashed)
	default:
	}
	if err != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err != nil && timedOut {
		return nil, context.Cause(pctx)
	}
	if err != nil {
		return nil, fmt.Errorf("scraper: render %s: %w", served.URL, err)
	}
	return html, nil
}

// load navigates, waits until the page is quiet, and reads the DOM.
func (p *page) load(ctx context.Context) ([]byte, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(p.served.URL)); err != nil {
		return nil, err
	}
	if err := p.settle(ctx); err != nil {
		return nil, err
	}
	limit := p.b.cfg.MaxBodyBytes
	dom, err := chromedp.Run(ctx, chromedp.Evaluate[renderedDOM](fmt.Sprintf(readDOM, limit)))
	if err != nil {
		return nil, err
	}
	if int64(dom.Size) > limit || int64(len(dom.HTML)) > limit {
		return nil, fmt.Errorf("%w: the rendered page has %d characters, cap %d", errTooLarge, dom.Size, limit)
	}
	return []byte(dom.HTML), nil
}

// readDOM serializes the document, doctype included, unless it is longer
// than the cap (%d): a page that built a huge DOM is not copied out of the
// browser at all.
const readDOM = `(() => {
	const d = document.doctype ? new XMLSerializer().serializeToString(document.doctype) + "\n" : "";
	const h = d + document.documentElement.outerHTML;
	return h.length > %d ? {size: h.length, html: ""} : {size: h.length, html: h};
})()`

type renderedDOM struct {
	Size int    `json:"size"`
	HTML string `json:"html"`
}

// settle waits until the page is done: no request of it in flight or
// ended, and no change of the DOM's size, for the settle time. A request
// that a script starts late, or a timer that builds the page, restarts the
// wait.
func (p *page) settle(ctx context.Context) error {
	d := p.b.cfg.Browser.Settle
	tick := time.NewTicker(d / 5)
	defer tick.Stop()
	size, since := -1, time.Now()
	for {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.outerHTML.length`))
		if err != nil {
			return err
		}
		if n != size {
			size, since = n, time.Now()
		}
		if p.quiet(d) && time.Since(since) >= d {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// intercept routes every request of the tab through page.route.
func (p *page) intercept(ctx context.Context) error {
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(p.tab, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*"}}}); err != nil {
		return fmt.Errorf("scraper: browser: intercept requests: %w", err)
	}
	p.wg.Go(func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			p.begin()
			p.wg.Go(func() { p.route(ctx, &ev) })
		}
	})
	return nil
}
