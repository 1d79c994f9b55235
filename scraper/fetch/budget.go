package fetch

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// errPageBudget fails a try that would start after its page's budget ran out.
var errPageBudget = errors.New("page time budget spent")

// pageClock is the time budget of one page: all its tries, the waits
// between them and its redirects. It starts with the page's first request,
// so that time spent waiting for the host's turn behind other pages does
// not count. One goroutine owns it. A nil clock is no budget.
type pageClock struct {
	budget   time.Duration
	deadline time.Time // zero until the first request
	tries    int
	lastTry  time.Duration // how long the last try took, the host's turn not included
}

// start marks the start of a try and returns the time left.
func (c *pageClock) start() time.Duration {
	if c.deadline.IsZero() {
		c.deadline = time.Now().Add(c.budget)
	}
	c.tries++
	return time.Until(c.deadline)
}

// spent reports whether the budget is spent, or would be after waiting d.
func (c *pageClock) spent(d time.Duration) bool {
	return c != nil && !c.deadline.IsZero() && !time.Now().Add(d).Before(c.deadline)
}

// last is how long the last try took.
func (c *pageClock) last() time.Duration {
	if c == nil {
		return 0
	}
	return c.lastTry
}

func (c *pageClock) error(u *url.URL, last error) error {
	return fmt.Errorf("scraper: get %s: the time budget of %s for the page was spent (%d tries; last: %w)", u, c.budget, c.tries, last)
}

// hostBudget is the source's host budget, or the crawler's.
func (f *Client) hostBudget(site *Site) time.Duration {
	if site.HostBudget > 0 {
		return site.HostBudget
	}
	return f.cfg.HostBudget
}

// hostBudgetReason is why a host whose budget is spent was given up.
func hostBudgetReason(u *url.URL, budget time.Duration) string {
	return fmt.Sprintf("the time budget of %s for host %s was spent on failed requests and the waits they asked for; the host is given up for this run", budget, u.Host)
}
