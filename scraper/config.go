package scraper

import (
	"io"
	"log/slog"
	"time"

	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// DefaultUserAgent names the product and where to read about it, so that a
// site's operator can find who is crawling and how to reach them.
const DefaultUserAgent = "jhasearch/1.0 (+https://github.com/jhasearch/jhasearch)"

// Config tunes the crawler. Zero values mean the defaults in brackets.
type Config struct {
	// UserAgent is sent with every request [DefaultUserAgent]; its first
	// word is the product token matched against robots.txt groups.
	UserAgent string
	// Logger gets plain log lines [discarded].
	Logger *slog.Logger
	// Progress, when set, gets a one-line progress bar redrawn in place;
	// give it a terminal only.
	Progress io.Writer

	ConnectTimeout time.Duration // to open a connection [10s]
	HeaderTimeout  time.Duration // from request to response headers [30s]
	RequestTimeout time.Duration // for the whole request, body included [60s]
	// MaxBodyBytes is the largest body accepted; a larger one fails the
	// page rather than being cut [10 MiB].
	MaxBodyBytes int64

	// MinGap is the least time between two requests to one host when the
	// source sets no rate [1s]; robots.txt Crawl-delay can make it longer.
	MinGap        time.Duration
	MaxCrawlDelay time.Duration // cap on a robots.txt Crawl-delay [60s]
	MaxRetries    int           // retries of a failed request [3]
	Backoff       time.Duration // first retry delay, doubled each time, jittered [2s]
	// MaxRetryAfter is the longest Retry-After honoured; a server asking
	// for more fails the page [2m].
	MaxRetryAfter time.Duration
	// HostFailures is how many failed requests in a row make the crawler
	// give a host up for the rest of the run [5].
	HostFailures int
	// PageBudget is the most time one page may take, all its tries,
	// retry waits and redirects included, counted from its first request;
	// then it fails saying so [3m]. A source's page_budget replaces it.
	PageBudget time.Duration
	// HostBudget is the most time a crawl loses on one host: failed
	// requests (timeouts, 429, 5xx) and the waits before their retries
	// (Retry-After, backoff). When spent, the host is given up for the
	// run [10m]. A source's host_budget replaces it.
	HostBudget time.Duration
	RobotsTTL  time.Duration // how long a robots.txt is trusted, at most 24h [24h]
	// GoneBackoff is how long a release that answered 404 or 410 is not
	// asked for again; it doubles with each such answer in a row, up to 64
	// times [24h: one nightly crawl skips it, then 2, 4… nights].
	GoneBackoff time.Duration
	// BarrenPages is how many listing pages in a row that bring no release
	// to fetch (only releases remembered as gone) end a walk [3].
	BarrenPages int

	MaxPages int // listing pages walked per start URL, child sitemaps read per sitemap index [10000]
	// MaxReleases is the most releases one source's crawl finds (listing
	// links, feed items, sitemap URLs, Europol nodes); past it the crawl of
	// the source stops with a failure naming the limit [20000; the
	// largest archive, Europol's, holds several thousand].
	MaxReleases int
	Parallel    int // sources crawled at once; never two requests at once to one host [4]

	// Browser tunes the headless Chromium of the fetch: browser sources.
	Browser BrowserConfig
}

// fetchConfig is the part of the configuration the fetcher reads.
func (c Config) fetchConfig() fetch.Config {
	return fetch.Config{UserAgent: c.UserAgent, Logger: c.Logger, ConnectTimeout: c.ConnectTimeout,
		HeaderTimeout: c.HeaderTimeout, RequestTimeout: c.RequestTimeout, MaxBodyBytes: c.MaxBodyBytes,
		MinGap: c.MinGap, MaxCrawlDelay: c.MaxCrawlDelay, MaxRetries: c.MaxRetries, Backoff: c.Backoff,
		MaxRetryAfter: c.MaxRetryAfter, HostFailures: c.HostFailures, PageBudget: c.PageBudget,
		HostBudget: c.HostBudget, RobotsTTL: c.RobotsTTL, Browser: c.Browser}
}

func (c Config) withDefaults() Config {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	def(&c.ConnectTimeout, 10*time.Second)
	def(&c.HeaderTimeout, 30*time.Second)
	def(&c.RequestTimeout, 60*time.Second)
	def(&c.MinGap, time.Second)
	def(&c.MaxCrawlDelay, time.Minute)
	def(&c.Backoff, 2*time.Second)
	def(&c.MaxRetryAfter, 2*time.Minute)
	def(&c.RobotsTTL, 24*time.Hour)
	def(&c.PageBudget, 3*time.Minute)
	def(&c.GoneBackoff, 24*time.Hour)
	if c.BarrenPages <= 0 {
		c.BarrenPages = 3
	}
	def(&c.HostBudget, 10*time.Minute)
	c.RobotsTTL = min(c.RobotsTTL, 24*time.Hour)
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 10 << 20
	}
	if c.MaxRetries <= 0 {
		c.MaxRetries = 3
	}
	if c.HostFailures <= 0 {
		c.HostFailures = 5
	}
	if c.MaxPages <= 0 {
		c.MaxPages = 10000
	}
	if c.MaxReleases <= 0 {
		c.MaxReleases = 20000
	}
	if c.Parallel <= 0 {
		c.Parallel = 4
	}
	return c
}
