package fetch

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"
)

// robotsCap is the most of a robots.txt read (RFC 9309 asks for 500 KiB).
const robotsCap = 500 << 10

// robotsRecord caches one origin's robots.txt; its mutex makes concurrent
// requests wait for one fetch instead of each fetching it.
type robotsRecord struct {
	mu    sync.Mutex
	rules *robots
	until time.Time
}

// robotsFor returns the rules for u's origin, fetching them when the cached
// copy is missing or older than the TTL.
func (f *Client) robotsFor(ctx context.Context, site *Site, u *url.URL) (*robots, error) {
	origin := u.Scheme + "://" + u.Host
	f.mu.Lock()
	rec := f.robots[origin]
	if rec == nil {
		rec = &robotsRecord{}
		f.robots[origin] = rec
	}
	f.mu.Unlock()
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.rules != nil && time.Now().Before(rec.until) {
		return rec.rules, nil
	}
	rules, ttl := f.fetchRobots(ctx, site, origin)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rec.rules, rec.until = rules, time.Now().Add(ttl)
	return rules, nil
}

// fetchRobots reads robots.txt as RFC 9309 says: a 4xx means no rules; a
// 5xx, a 429, no answer or a broken redirect chain mean everything is
// disallowed. Such a failure is trusted for a short while only.
func (f *Client) fetchRobots(ctx context.Context, site *Site, origin string) (*robots, time.Duration) {
	short := f.cfg.RobotsTTL / 24
	cur, err := url.Parse(origin + "/robots.txt")
	if err != nil {
		return &robots{disallowed: "robots.txt address: " + err.Error()}, short
	}
	for hop := 0; hop <= maxRedirects; hop++ {
		if err := checkTarget(site, cur); err != nil {
			return &robots{disallowed: "robots.txt redirect: " + err.Error()}, short
		}
		resp, err := f.once(ctx, f.gate(cur), f.gap(site, &robots{}), cur, Request{Accept: "text/plain"}, nil)
		switch {
		case err != nil:
			return &robots{disallowed: "robots.txt unreachable: " + err.Error()}, short
		case isRedirect(resp.Status):
			if cur, err = cur.Parse(resp.Header.Get("Location")); err != nil {
				return &robots{disallowed: "robots.txt redirect: " + err.Error()}, short
			}
			continue
		case resp.Status == 429 || resp.Status >= 500:
			return &robots{disallowed: fmt.Sprintf("robots.txt answered HTTP %d", resp.Status)}, short
		case resp.Status >= 400:
			return &robots{}, f.cfg.RobotsTTL
		}
		return parseRobots(resp.Body[:min(len(resp.Body), robotsCap)], f.token), f.cfg.RobotsTTL
	}
	return &robots{disallowed: "robots.txt: too many redirects"}, short
}
