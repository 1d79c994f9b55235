// Package ops owns the operations face of the jhasearch server: Prometheus
// metrics, the request log with request ids, the per-client rate limit, the
// request body limit and the token-protected admin API that starts crawls,
// rebuilds and reloads.
//
// It speaks net/http only. It must not import Echo (the router stays in ui),
// nor the index or the scraper: what it reports about the index and the
// crawls comes from callbacks, and the jobs it starts run behind the Jobs
// interface, all supplied by cmd.
package ops

import (
	"fmt"
	"log/slog"
	"math"
	"net/http"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Config holds the operations settings of the server. The zero value is
// usable: no rate limit, a 1 MiB body limit, no trusted proxy, no admin API.
type Config struct {
	// RateLimit is the sustained number of requests per second one client
	// may make; 0 disables the limit.
	RateLimit float64
	// RateBurst is how many requests a client may make at once before the
	// rate applies; 0 means the rate rounded up, at least 1.
	RateBurst int
	// RateClients caps the table of client buckets (default 10,000); when
	// it is full the least recently seen client is forgotten.
	RateClients int
	// TrustedProxies are the CIDRs ("10.0.0.0/8", "::1/128") of reverse
	// proxies whose X-Forwarded-For header is believed. Empty: the client
	// is always the connection's remote address.
	TrustedProxies []string
	// MaxBodyBytes is the largest request body accepted (default 1 MiB).
	MaxBodyBytes int64
	// AdminToken enables the admin API; empty disables it (its routes
	// answer 404). At least MinAdminTokenLen characters, at least
	// MinAdminTokenDistinct of them different, no spaces or controls.
	AdminToken string
}

// Defaults used where Config leaves a zero, and the limits Validate checks.
const (
	DefaultMaxBodyBytes = 1 << 20
	DefaultRateClients  = 10000
	// An admin token has at least MinAdminTokenLen characters, of which at
	// least MinAdminTokenDistinct are different (checkAdminToken).
	MinAdminTokenLen      = 32
	MinAdminTokenDistinct = 8
	maxRate               = 1e6
)

// Validate reports the first setting out of range, named as cmd names it.
func (c Config) Validate() error {
	if math.IsNaN(c.RateLimit) || c.RateLimit < 0 || c.RateLimit > maxRate {
		return fmt.Errorf("ops: rate limit %v: must be between 0 (off) and %g requests per second", c.RateLimit, float64(maxRate))
	}
	if c.RateBurst < 0 {
		return fmt.Errorf("ops: rate burst %d: must not be negative", c.RateBurst)
	}
	if c.RateClients < 0 {
		return fmt.Errorf("ops: rate clients %d: must not be negative", c.RateClients)
	}
	if c.MaxBodyBytes < 0 {
		return fmt.Errorf("ops: max body bytes %d: must not be negative", c.MaxBodyBytes)
	}
	if _, err := parseTrustedProxies(c.TrustedProxies); err != nil {
		return err
	}
	if c.AdminToken != "" {
		if err := checkAdminToken(c.AdminToken); err != nil {
			return err
		}
	}
	return nil
}

// checkAdminToken refuses a token that is short, or long but made of a
// few characters repeated ("aaaa…", a placeholder typed twice): it guards
// every job of the server. A random token of MinAdminTokenLen hex digits
// (128 bits) has fewer than MinAdminTokenDistinct different characters
// with a probability of about 4 in 100 million.
func checkAdminToken(t string) error {
	n := utf8.RuneCountInString(t)
	if n < MinAdminTokenLen {
		return fmt.Errorf("ops: admin token: %d characters is too short; use at least %d characters, "+
			"for example the output of 'openssl rand -hex 16'", n, MinAdminTokenLen)
	}
	distinct := map[rune]bool{}
	for _, r := range t {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			return fmt.Errorf("ops: admin token: must not contain spaces, control characters or invalid UTF-8")
		}
		distinct[r] = true
	}
	if len(distinct) < MinAdminTokenDistinct {
		return fmt.Errorf("ops: admin token: has only %d different characters; a token needs at least %d, "+
			"for example the output of 'openssl rand -hex 16'", len(distinct), MinAdminTokenDistinct)
	}
	if p := period([]rune(t)); p > 0 {
		return fmt.Errorf("ops: admin token: repeats its first %d characters; use a random token, "+
			"for example the output of 'openssl rand -hex 16'", p)
	}
	return nil
}

// period returns the length of the shortest unit that r repeats at least
// twice over ("changeme-changeme-chang" repeats 9), or 0 when r repeats
// nothing. A word typed several times has enough different characters but
// only a word's worth of guessing; a random token of 32 characters repeats
// itself with a probability too small to matter.
func period(r []rune) int {
	for p := 1; p <= len(r)/2; p++ {
		if slices.Equal(r[p:], r[:len(r)-p]) {
			return p
		}
	}
	return 0
}

func (c Config) withDefaults() Config {
	if c.MaxBodyBytes == 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.RateClients == 0 {
		c.RateClients = DefaultRateClients
	}
	if c.RateLimit > 0 && c.RateBurst == 0 {
		c.RateBurst = max(1, int(math.Ceil(c.RateLimit)))
	}
	return c
}

// Ops is the operations layer of one server. Build it with New.
type Ops struct {
	cfg     Config
	log     *slog.Logger
	clients clientIPs
	metrics *Metrics
	limiter *limiter // nil when the rate limit is off
}

// New checks cfg and builds the operations layer. logger receives the
// request log; nil discards it.
func New(cfg Config, logger *slog.Logger) (*Ops, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	trusted, _ := parseTrustedProxies(cfg.TrustedProxies)
	o := &Ops{cfg: cfg, log: logger, clients: clientIPs{trusted: trusted}, metrics: NewMetrics()}
	if cfg.RateLimit > 0 {
		o.limiter = newLimiter(cfg.RateLimit, cfg.RateBurst, cfg.RateClients)
		o.metrics.setLimiter(o.limiter)
	}
	return o, nil
}

// Metrics returns the metrics that Wrap records into; serve its Handler at
// /metrics and feed it with ObserveSearch, SetIndexSource, SetCrawlSource.
func (o *Ops) Metrics() *Metrics { return o.metrics }

// Admin returns the admin API over jobs, enabled when Config.AdminToken is
// set. Register its routes with the application's router.
func (o *Ops) Admin(jobs Jobs) *Admin { return NewAdmin(o.cfg.AdminToken, jobs, o.log) }

// Wrap puts the whole operations layer around the application: the request
// log outermost (so that it sees every answer, the 429 and 413 included),
// then metrics, the rate limit and the body limit.
//
// Wrap the finished application handler rather than adding these through
// the router's own middleware hook: Echo writes a handler's error answer
// after its middleware chain has returned, so a middleware inside it would
// record 200 for every 404 or 500.
func (o *Ops) Wrap(app http.Handler) http.Handler {
	return o.RequestLog(o.metrics.Middleware(o.RateLimit(o.LimitBody(app))))
}
