package fetch

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// ErrDisallowed marks a page that a rule of robots.txt does not let the
// crawler fetch. The crawl skips such a page; it is not a failure. A
// robots.txt that cannot be read disallows everything too, but that is a
// failure and does not wrap ErrDisallowed.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// retrying sends a request, retrying what may pass (network errors, 429,
// 5xx) with a jittered, doubling backoff or the server's Retry-After, and
// gives the host up after too many failures in a row.
//
// Two budgets bound the time: the page's (clock), and the host's, which
// counts the time lost on failed requests and the waits before retries.
func (f *Client) retrying(ctx context.Context, site *Site, u *url.URL, req Request, clock *pageClock) (*Response, error) {
	h := f.gate(u)
	for attempt := 0; ; attempt++ {
		if down, reason := h.isDown(); down {
			if reason == "" {
				reason = fmt.Sprintf("host %s given up for this run after %d failures in a row", u.Host, f.cfg.HostFailures)
			}
			return nil, fmt.Errorf("scraper: get %s: %s", u, reason)
		}
		rules, err := f.robotsFor(ctx, site, u)
		if err != nil {
			return nil, err
		}
		if !rules.allowed(u.RequestURI()) {
			if rules.disallowed != "" {
				// Not the site's wish but a robots.txt that could not be
				// read: a failure, so that an unreachable site is noticed.
				return nil, fmt.Errorf("scraper: get %s: not fetched: %s", u, rules.disallowed)
			}
			return nil, fmt.Errorf("scraper: get %s: %w", u, ErrDisallowed)
		}
		resp, err := f.once(ctx, h, f.gap(site, rules), u, req, clock)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(err, errPageBudget) {
			return nil, clock.error(u, err)
		}
		wait, fail := f.judge(resp, err, attempt)
		if fail == nil {
			h.result(true, f.cfg.HostFailures)
			return resp, nil
		}
		retry := wait >= 0 && attempt < f.cfg.MaxRetries
		if countsAgainstHost(resp, err) {
			lost := clock.last()
			if retry {
				lost += wait
			}
			if budget := f.hostBudget(site); h.spend(lost, budget) {
				reason := hostBudgetReason(u, budget)
				h.giveUp(reason)
				f.cfg.Logger.Warn("host given up for this run: its time budget is spent", "host", u.Host, "budget", budget)
				return nil, fmt.Errorf("scraper: get %s: %s (last: %w)", u, reason, fail)
			}
		}
		if !retry || clock.spent(wait) {
			if countsAgainstHost(resp, err) && h.result(false, f.cfg.HostFailures) {
				f.cfg.Logger.Warn("host given up for this run", "host", u.Host, "failures", f.cfg.HostFailures)
			}
			if clock.spent(wait) {
				return nil, clock.error(u, fail)
			}
			return nil, fmt.Errorf("scraper: get %s: %w", u, fail)
		}
		f.cfg.Logger.Debug("retrying", "url", u.String(), "in", wait, "reason", fail)
		h.push(wait)
	}
}

// judge says whether a request succeeded; if not, how long to wait before a
// retry (negative: do not retry) and why it failed.
func (f *Client) judge(resp *Response, err error, attempt int) (time.Duration, error) {
	switch {
	case err != nil && (errors.Is(err, errTooLarge) || errors.Is(err, errPrivate)):
		return -1, err
	case err != nil:
		return f.backoff(attempt), err
	case resp.Status < 400:
		return 0, nil
	}
	fail := error(&StatusError{Code: resp.Status})
	after, hasAfter := retryAfter(resp.Header.Get("Retry-After"))
	switch {
	case hasAfter && after > f.cfg.MaxRetryAfter:
		return -1, fmt.Errorf("%w: server asks to wait %s, more than the %s allowed", fail, after, f.cfg.MaxRetryAfter)
	case resp.Status == 429 || resp.Status == 403 && hasAfter || resp.Status >= 500:
		if hasAfter {
			return after, fail
		}
		return f.backoff(attempt), fail
	}
	return -1, fail
}

// StatusError is an HTTP answer that fails a page.
type StatusError struct{ Code int }

func (e *StatusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
}

// IsGone reports whether err is an answer that says the page is not there
// (404 Not Found, 410 Gone).
func IsGone(err error) bool {
	var se *StatusError
	return errors.As(err, &se) && (se.Code == http.StatusNotFound || se.Code == http.StatusGone)
}

func countsAgainstHost(resp *Response, err error) bool {
	if err != nil {
		return !errors.Is(err, errTooLarge) && !errors.Is(err, errPrivate)
	}
	return resp.Status == 429 || resp.Status == 403 || resp.Status >= 500
}

// backoff doubles from Config.Backoff with ±50% jitter, so that retries of
// many crawlers do not arrive in step.
func (f *Client) backoff(attempt int) time.Duration {
	d := f.cfg.Backoff << min(attempt, 10)
	return time.Duration(float64(d) * (0.5 + rand.Float64()))
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(time.Until(t), 0), true
	}
	return 0, false
}

// gap is the source's rate, or the default gap, or a longer Crawl-delay.
func (f *Client) gap(site *Site, rules *robots) time.Duration {
	g := f.cfg.MinGap
	if site.Rate > 0 {
		g = site.Rate
	}
	return max(g, min(rules.delay, f.cfg.MaxCrawlDelay))
}
