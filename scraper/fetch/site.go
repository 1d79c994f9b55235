package fetch

import (
	"log/slog"
	"net/http"
	"time"
)

// Site is what the client needs to know of a source to fetch its pages:
// which hosts are its own, which of them may be private addresses, the
// extra headers it sends, and its rate and budgets. The scraper builds it
// from a Source of the sources file.
type Site struct {
	// Name names the source in errors and logs.
	Name string
	// OwnsHost reports whether the site may fetch from host (a hostname
	// without port); redirects and a browser page's requests elsewhere are
	// refused.
	OwnsHost func(host string) bool
	// AllowsPrivate reports whether host may resolve to a loopback or
	// private address (the source's allow_hosts).
	AllowsPrivate func(host string) bool
	// Header holds extra request headers (secrets: never logged); nil when
	// none.
	Header http.Header
	// Rate is the least gap between two requests to one host; 0 means
	// Config.MinGap.
	Rate time.Duration
	// PageBudget and HostBudget, when set, replace Config.PageBudget and
	// Config.HostBudget for the site's pages and hosts.
	PageBudget, HostBudget time.Duration
}

// Config tunes the client; the scraper's Config documents each field and
// fills in its defaults. Every field must be set.
type Config struct {
	UserAgent string
	Logger    *slog.Logger

	ConnectTimeout, HeaderTimeout, RequestTimeout time.Duration
	MaxBodyBytes                                  int64
	MinGap, MaxCrawlDelay                         time.Duration
	MaxRetries                                    int
	Backoff, MaxRetryAfter                        time.Duration
	HostFailures                                  int
	PageBudget, HostBudget, RobotsTTL             time.Duration

	// Browser tunes the headless Chromium of the fetch: browser sources.
	Browser BrowserConfig
}
