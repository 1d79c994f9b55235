package scraper

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// maxRedirects is the most redirect hops followed for one page.
const maxRedirects = 5

// fetcher is the only way the crawler reaches the network. It is polite
// (one request at a time per host with a gap, robots.txt, Retry-After,
// bounded retries) and safe (timeouts, a body cap, no private addresses,
// redirects only to the source's own hosts).
type fetcher struct {
	cfg    Config
	client *http.Client
	token  string

	mu     sync.Mutex
	hosts  map[string]*hostGate     // by host:port
	robots map[string]*robotsRecord // by scheme://host:port
	// statuses counts the responses by HTTP status since the last
	// takeStatuses, for the crawl report and the metrics.
	statuses map[int]int
}

func (f *fetcher) countStatus(code int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.statuses == nil {
		f.statuses = map[int]int{}
	}
	f.statuses[code]++
}

// newRun starts a crawl: hosts given up or over budget in the last one get
// a new chance (a server's Crawler runs crawl after crawl).
func (f *fetcher) newRun() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range f.hosts {
		h.newRun()
	}
}

// takeStatuses returns the counts since the last call and starts again.
func (f *fetcher) takeStatuses() map[int]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.statuses
	f.statuses = nil
	return s
}

type fetchReq struct {
	url                string
	etag, lastModified string // validators for a conditional GET
	accept             string
}

type fetchResp struct {
	url    string // where the body came from, after redirects
	status int    // 200 or 304
	header http.Header
	body   []byte
	// served is what the server sent when body is the DOM a browser
	// rendered from it (fetch: browser); nil otherwise.
	served []byte
}

func newFetcher(cfg Config) *fetcher {
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and escape the address check
		DialContext:           dialer(cfg.ConnectTimeout),
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       30 * time.Second,
	}
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse // redirects are followed by get, through the gate
	}}
	return &fetcher{cfg: cfg, client: client, token: productToken(cfg.UserAgent),
		hosts: map[string]*hostGate{}, robots: map[string]*robotsRecord{}}
}

// get fetches a page for a source, following redirects within its hosts.
func (f *fetcher) get(ctx context.Context, src *Source, req fetchReq) (*fetchResp, error) {
	ctx = withSource(ctx, src)
	cur, err := url.Parse(req.url)
	if err != nil {
		return nil, fmt.Errorf("scraper: parse url %q: %w", req.url, err)
	}
	clock := &pageClock{budget: f.cfg.PageBudget}
	if src.PageBudget > 0 {
		clock.budget = src.PageBudget
	}
	for hop := 0; ; hop++ {
		if err := checkTarget(src, cur); err != nil {
			return nil, err
		}
		resp, err := f.retrying(ctx, src, cur, req, clock)
		if err != nil {
			return nil, err
		}
		if !isRedirect(resp.status) {
			resp.url = cur.String()
			return resp, nil
		}
		if hop == maxRedirects {
			return nil, fmt.Errorf("scraper: get %s: more than %d redirects", req.url, maxRedirects)
		}
		next, err := cur.Parse(resp.header.Get("Location"))
		if err != nil {
			return nil, fmt.Errorf("scraper: get %s: bad redirect location: %w", cur, err)
		}
		cur = next
	}
}

// checkTarget allows only http(s) URLs on the source's own hosts.
func checkTarget(src *Source, u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("scraper: get %s: refused: scheme %q is not http(s)", u, u.Scheme)
	}
	if !src.ownsHost(u.Hostname()) {
		return fmt.Errorf("scraper: get %s: refused: host %s is not one of source %s's hosts", u, u.Hostname(), src.Name)
	}
	return nil
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

func (f *fetcher) gate(u *url.URL) *hostGate {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[u.Host]
	if h == nil {
		h = newHostGate()
		f.hosts[u.Host] = h
	}
	return h
}

// errTooLarge fails a page whose body passes the cap: a cut page would be
// indexed as if it were whole.
var errTooLarge = errors.New("body larger than the cap")

// once sends one request through the host's gate and reads the body. The
// request's time is cut to what is left of the page's budget (clock; nil
// for robots.txt, which has none).
func (f *fetcher) once(ctx context.Context, h *hostGate, gap time.Duration, u *url.URL, req fetchReq, clock *pageClock) (*fetchResp, error) {
	if err := h.acquire(ctx); err != nil {
		return nil, err
	}
	defer h.release(gap)
	timeout := f.cfg.RequestTimeout
	if clock != nil {
		left := clock.start()
		if left <= 0 {
			return nil, errPageBudget
		}
		timeout = min(timeout, left)
		began := time.Now()
		defer func() { clock.lastTry = time.Since(began) }()
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	if src, _ := ctx.Value(sourceKey{}).(*Source); src != nil {
		maps.Copy(hr.Header, src.header()) // before the User-Agent: a source never changes it
	}
	hr.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.accept != "" {
		hr.Header.Set("Accept", req.accept)
	}
	if req.etag != "" {
		hr.Header.Set("If-None-Match", req.etag)
	}
	if req.lastModified != "" {
		hr.Header.Set("If-Modified-Since", req.lastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	f.countStatus(resp.StatusCode)
	out := &fetchResp{status: resp.StatusCode, header: resp.Header}
	if resp.ContentLength > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w: %d bytes announced, cap %d", errTooLarge, resp.ContentLength, f.cfg.MaxBodyBytes)
	}
	out.body, err = io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBodyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(out.body)) > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", errTooLarge, f.cfg.MaxBodyBytes)
	}
	return out, nil
}
