package fetch

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

// Client is the only way the crawler reaches the network. It is polite
// (one request at a time per host with a gap, robots.txt, Retry-After,
// bounded retries) and safe (timeouts, a body cap, no private addresses,
// redirects only to the site's own hosts). One Client serves crawl after
// crawl; it keeps robots.txt and host state between them.
type Client struct {
	cfg    Config
	client *http.Client
	token  string

	mu     sync.Mutex
	hosts  map[string]*hostGate     // by host:port
	robots map[string]*robotsRecord // by scheme://host:port
	// statuses counts the responses by HTTP status since the last
	// TakeStatuses, for the crawl report and the metrics.
	statuses map[int]int
}

func (f *Client) countStatus(code int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.statuses == nil {
		f.statuses = map[int]int{}
	}
	f.statuses[code]++
}

// NewRun starts a crawl: hosts given up or over budget in the last one get
// a new chance (a server's Crawler runs crawl after crawl).
func (f *Client) NewRun() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, h := range f.hosts {
		h.newRun()
	}
}

// TakeStatuses returns the counts of responses by HTTP status since the
// last call, and starts again.
func (f *Client) TakeStatuses() map[int]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.statuses
	f.statuses = nil
	return s
}

// Request is one page to fetch.
type Request struct {
	URL                string
	ETag, LastModified string // validators for a conditional GET
	Accept             string
}

// Response is a page as fetched.
type Response struct {
	URL    string // where the body came from, after redirects
	Status int    // 200 or 304
	Header http.Header
	Body   []byte
	// Served is what the server sent when Body is the DOM a browser
	// rendered from it (fetch: browser); nil otherwise.
	Served []byte
}

// New returns a client with cfg, whose every field must be set (the
// scraper's Config fills in its defaults).
func New(cfg Config) *Client {
	cfg.Browser = cfg.Browser.withDefaults()
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and escape the address check
		DialContext:           dialer(cfg.ConnectTimeout),
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		ResponseHeaderTimeout: cfg.HeaderTimeout,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       30 * time.Second,
	}
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse // redirects are followed by Get, through the gate
	}}
	return &Client{cfg: cfg, client: client, token: productToken(cfg.UserAgent),
		hosts: map[string]*hostGate{}, robots: map[string]*robotsRecord{}}
}

// Get fetches a page for a site, following redirects within its hosts.
func (f *Client) Get(ctx context.Context, site *Site, req Request) (*Response, error) {
	ctx = withSite(ctx, site)
	cur, err := url.Parse(req.URL)
	if err != nil {
		return nil, fmt.Errorf("scraper: parse url %q: %w", req.URL, err)
	}
	clock := &pageClock{budget: f.cfg.PageBudget}
	if site.PageBudget > 0 {
		clock.budget = site.PageBudget
	}
	for hop := 0; ; hop++ {
		if err := checkTarget(site, cur); err != nil {
			return nil, err
		}
		resp, err := f.retrying(ctx, site, cur, req, clock)
		if err != nil {
			return nil, err
		}
		if !isRedirect(resp.Status) {
			resp.URL = cur.String()
			return resp, nil
		}
		if hop == maxRedirects {
			return nil, fmt.Errorf("scraper: get %s: more than %d redirects", req.URL, maxRedirects)
		}
		next, err := cur.Parse(resp.Header.Get("Location"))
		if err != nil {
			return nil, fmt.Errorf("scraper: get %s: bad redirect location: %w", cur, err)
		}
		cur = next
	}
}

// checkTarget allows only http(s) URLs on the source's own hosts.
func checkTarget(site *Site, u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("scraper: get %s: refused: scheme %q is not http(s)", u, u.Scheme)
	}
	if !site.OwnsHost(u.Hostname()) {
		return fmt.Errorf("scraper: get %s: refused: host %s is not one of source %s's hosts", u, u.Hostname(), site.Name)
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

func (f *Client) gate(u *url.URL) *hostGate {
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
func (f *Client) once(ctx context.Context, h *hostGate, gap time.Duration, u *url.URL, req Request, clock *pageClock) (*Response, error) {
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
	if site, _ := ctx.Value(siteKey{}).(*Site); site != nil {
		maps.Copy(hr.Header, site.Header) // before the User-Agent: a source never changes it
	}
	hr.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.Accept != "" {
		hr.Header.Set("Accept", req.Accept)
	}
	if req.ETag != "" {
		hr.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hr.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := f.client.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	f.countStatus(resp.StatusCode)
	out := &Response{Status: resp.StatusCode, Header: resp.Header}
	if resp.ContentLength > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w: %d bytes announced, cap %d", errTooLarge, resp.ContentLength, f.cfg.MaxBodyBytes)
	}
	out.Body, err = io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBodyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(out.Body)) > f.cfg.MaxBodyBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", errTooLarge, f.cfg.MaxBodyBytes)
	}
	return out, nil
}
