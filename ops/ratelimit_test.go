package ops

import (
	"net/http"
	"net/netip"
	"testing"
	"time"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func limitedServer(t *testing.T, cfg Config) (*Ops, http.Handler, *fakeClock) {
	t.Helper()
	o, h := newTestServer(t, cfg, &jobRunner{}, nil)
	clock := &fakeClock{t: time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)}
	o.limiter.now = clock.now
	return o, h, clock
}

func TestRateLimitAfterBurst(t *testing.T) {
	_, h, clock := limitedServer(t, Config{RateLimit: 0.5, RateBurst: 3})
	get := call{target: "/api/v1/documents/a", remote: "203.0.113.9:5000"}
	for i := range 3 {
		if rec := do(t, h, get); rec.Code != http.StatusOK {
			t.Fatalf("request %d within the burst: status %d", i+1, rec.Code)
		}
	}
	rec := do(t, h, get)
	if rec.Code != http.StatusTooManyRequests {
		t.Fatalf("request after the burst: status %d, want 429", rec.Code)
	}
	// At 0.5 requests per second the next token is 2 seconds away.
	if got := rec.Header().Get("Retry-After"); got != "2" {
		t.Errorf("Retry-After %q, want 2", got)
	}
	if got := errorCode(t, rec); got != "rate_limited" {
		t.Errorf("code %q, want rate_limited", got)
	}
	other := get
	other.remote = "203.0.113.10:5000"
	if rec := do(t, h, other); rec.Code != http.StatusOK {
		t.Errorf("another client: status %d, want 200", rec.Code)
	}
	for _, path := range []string{"/healthz", "/metrics"} {
		if rec := do(t, h, call{target: path, remote: get.remote}); rec.Code != http.StatusOK {
			t.Errorf("%s for a limited client: status %d, want 200", path, rec.Code)
		}
	}
	clock.advance(2 * time.Second)
	if rec := do(t, h, get); rec.Code != http.StatusOK {
		t.Errorf("after Retry-After: status %d, want 200", rec.Code)
	}
	if rec := do(t, h, get); rec.Code != http.StatusTooManyRequests {
		t.Errorf("second request after one refill: status %d, want 429", rec.Code)
	}
	lines := scrape(t, h, "jhasearch_http_rate_limited_total", `jhasearch_http_requests_total{route="/api/v1/documents/{id}",method="GET",status="429"}`)
	if len(lines) != 2 || sampleValue(t, lines[0]) != 2 || sampleValue(t, lines[1]) != 2 {
		t.Errorf("metrics %q, want 2 refusals counted twice", lines)
	}
}

func TestRateLimitFollowsTrustedProxies(t *testing.T) {
	_, h, _ := limitedServer(t, Config{RateLimit: 1, RateBurst: 1, TrustedProxies: []string{"10.0.0.0/8"}})
	via := func(remote, xff string) call {
		return call{target: "/api/v1/documents/a", remote: remote, header: map[string]string{"X-Forwarded-For": xff}}
	}
	steps := []struct {
		name string
		c    call
		want int
	}{
		{"client A through the proxy", via("10.0.0.2:80", "198.51.100.1"), 200},
		{"client A again", via("10.0.0.2:80", "198.51.100.1"), 429},
		{"client B through the same proxy has its own bucket", via("10.0.0.2:80", "198.51.100.2"), 200},
		{"client A forging an older hop is still A", via("10.0.0.3:80", "192.0.2.77, 198.51.100.1"), 429},
		{"untrusted client C", via("203.0.113.5:1", ""), 200},
		{"untrusted C spoofing a fresh address is still C", via("203.0.113.5:1", "192.0.2.200"), 429},
	}
	for _, s := range steps {
		if rec := do(t, h, s.c); rec.Code != s.want {
			t.Errorf("%s: status %d, want %d", s.name, rec.Code, s.want)
		}
	}
}

func TestLimiterMemoryIsBounded(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)}
	l := newLimiter(1, 2, 3)
	l.now = clock.now
	addr := func(i int) netip.Addr { return netip.AddrFrom4([4]byte{198, 51, 100, byte(i)}) }
	for i := range 10 {
		l.allow(addr(i))
	}
	if _, clients := l.stats(); clients != 3 {
		t.Errorf("%d clients tracked, want the cap of 3", clients)
	}
	// The three most recent clients are kept: client 9 has used a token.
	l.allow(addr(9))
	if ok, _ := l.allow(addr(9)); ok {
		t.Error("client 9 was forgotten while recent")
	}
	// Once every bucket has had time to refill (burst/rate = 2s), the
	// table empties as soon as anyone is seen.
	clock.advance(2 * time.Second)
	l.allow(addr(1))
	if _, clients := l.stats(); clients != 1 {
		t.Errorf("%d clients after the idle ones refilled, want 1", clients)
	}
}

func TestRateLimitOff(t *testing.T) {
	o, h := newTestServer(t, Config{}, &jobRunner{}, nil)
	if o.limiter != nil {
		t.Fatal("limiter built with RateLimit 0")
	}
	for i := range 50 {
		if rec := do(t, h, call{target: "/api/v1/documents/a"}); rec.Code != http.StatusOK {
			t.Fatalf("request %d: status %d", i, rec.Code)
		}
	}
}
