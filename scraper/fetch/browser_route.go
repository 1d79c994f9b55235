package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// page is one page being rendered: the requests it makes, and when it was
// last busy.
type page struct {
	b      *Browser
	site   *Site
	tab    context.Context // the tab's chromedp context, for protocol calls
	served *Response       // the document, as the crawler fetched it
	wg     sync.WaitGroup  // the interception loop and the requests in flight

	mu         sync.Mutex
	inflight   int
	quietSince time.Time
	requests   int
	bytes      int64
	mainFrame  cdp.FrameID
}

// loadedTypes are the resources a page may load: its document, scripts and
// the data they ask for. Images, fonts, media, stylesheets and the rest
// never leave the browser: the DOM is all the crawler reads.
var loadedTypes = map[network.ResourceType]bool{
	network.ResourceTypeDocument: true, network.ResourceTypeScript: true,
	network.ResourceTypeXHR: true, network.ResourceTypeFetch: true,
}

func (p *page) begin() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inflight++
}

func (p *page) end() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.inflight--
	p.quietSince = time.Now()
}

// quiet reports whether no request is in flight and none ended for d.
func (p *page) quiet(d time.Duration) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.inflight == 0 && time.Since(p.quietSince) >= d
}

// route answers one request of the page with the crawler's own HTTP
// client, or fails it in the page. Chromium itself never reaches the
// network: the crawler's User-Agent, the source's headers, robots.txt, the
// host's gap, Retry-After, the size cap and the address guard apply to
// every request a page makes, as to any other.
func (p *page) route(ctx context.Context, ev *fetch.EventRequestPaused) {
	defer p.end()
	resp, why := p.answer(withSite(ctx, p.site), ev)
	if why != "" {
		p.b.cfg.Logger.Debug("page request blocked", "source", p.site.Name, "url", ev.Request.URL,
			"type", ev.ResourceType, "reason", why)
		chromedp.Call(p.tab, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID,
			ErrorReason: network.ErrorReasonBlockedByClient})
		return
	}
	chromedp.Call(p.tab, fetch.FulfillRequest, fetch.FulfillRequestParams{RequestID: ev.RequestID,
		ResponseCode: int64(resp.Status), ResponseHeaders: responseHeaders(resp.Header), Body: resp.Body})
}

// answer is the response for a request, or why it is refused.
func (p *page) answer(ctx context.Context, ev *fetch.EventRequestPaused) (*Response, string) {
	p.mu.Lock()
	p.requests++
	n := p.requests
	first := p.mainFrame == "" && ev.ResourceType == network.ResourceTypeDocument
	if first {
		p.mainFrame = ev.FrameID
	}
	mainFrame := p.mainFrame
	p.mu.Unlock()
	limit := p.b.cfg.Browser.MaxRequests
	switch {
	case first:
		return p.served, "" // fetched already, with every rule of a plain fetch
	case !loadedTypes[ev.ResourceType]:
		return nil, string(ev.ResourceType) + " resources are not loaded"
	case ev.ResourceType == network.ResourceTypeDocument && ev.FrameID != mainFrame:
		return nil, "frames are not loaded"
	case ev.Request.Method != http.MethodGet:
		return nil, ev.Request.Method + " requests are not sent"
	case n > limit:
		return nil, fmt.Sprintf("the page made more than %d requests", limit)
	}
	u, err := url.Parse(ev.Request.URL)
	if err != nil {
		return nil, err.Error()
	}
	if err := checkTarget(p.site, u); err != nil {
		return nil, err.Error() // another host: add it to allow_hosts to let the page reach it
	}
	script := ev.ResourceType == network.ResourceTypeScript
	if resp := p.b.scripts.get(u.String()); script && resp != nil {
		return resp, ""
	}
	accept, _ := ev.Request.Headers["Accept"].(string)
	resp, err := p.b.fetch.Get(ctx, p.site, Request{URL: u.String(), Accept: accept})
	if err != nil {
		return nil, err.Error()
	}
	if !p.spend(int64(len(resp.Body))) {
		return nil, fmt.Sprintf("the page loaded more than %d bytes", p.budget())
	}
	if script && resp.Status == http.StatusOK {
		p.b.scripts.put(u.String(), resp)
	}
	return resp, ""
}

// budget is the most bytes a page may load, its document included.
func (p *page) budget() int64 {
	return 4 * p.b.cfg.MaxBodyBytes
}

func (p *page) spend(n int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bytes+n > p.budget() {
		return false
	}
	p.bytes += n
	return true
}

// hopHeaders are not passed to the browser: the Go client has already
// decoded and framed the body.
var hopHeaders = map[string]bool{"Content-Length": true, "Content-Encoding": true,
	"Transfer-Encoding": true, "Connection": true, "Keep-Alive": true}

func responseHeaders(h http.Header) []*fetch.HeaderEntry {
	var out []*fetch.HeaderEntry
	for name, values := range h {
		if hopHeaders[name] {
			continue
		}
		for _, v := range values {
			out = append(out, &fetch.HeaderEntry{Name: name, Value: v})
		}
	}
	return out
}
