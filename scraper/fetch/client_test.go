package fetch_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper/fetch"
)

// config is a client's configuration with every field set, as the
// scraper's Config fills it in, with short times for tests.
func config() fetch.Config {
	return fetch.Config{UserAgent: "jhatest/1.0 (+https://example.org)", Logger: slog.New(slog.DiscardHandler),
		ConnectTimeout: 5 * time.Second, HeaderTimeout: 5 * time.Second, RequestTimeout: 10 * time.Second,
		MaxBodyBytes: 1 << 20, MinGap: time.Millisecond, MaxCrawlDelay: time.Second, MaxRetries: 1,
		Backoff: 10 * time.Millisecond, MaxRetryAfter: time.Second, HostFailures: 5,
		PageBudget: 30 * time.Second, HostBudget: time.Minute, RobotsTTL: time.Hour}
}

// site is a site on the loopback host of srv; private says whether it may
// be dialed there (allow_hosts).
func site(private bool, header http.Header) *fetch.Site {
	loopback := func(host string) bool { return host == "127.0.0.1" }
	return &fetch.Site{Name: "Example", OwnsHost: loopback, Header: header,
		AllowsPrivate: func(host string) bool { return private && loopback(host) }}
}

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/one", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost"+strings.TrimPrefix(r.Host, "127.0.0.1")+"/news/one", http.StatusFound)
	})
	mux.HandleFunc("/news/one", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(r.UserAgent() + "|" + r.Header.Get("X-Token")))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGetFollowsRedirectsWithinTheSiteAndSendsItsHeaders(t *testing.T) {
	srv := newServer(t)
	c := fetch.New(config())
	header := http.Header{"X-Token": {"granted"}, "User-Agent": {"impostor"}}
	resp, err := c.Get(context.Background(), site(true, header), fetch.Request{URL: srv.URL + "/old"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != http.StatusOK || resp.URL != srv.URL+"/news/one" {
		t.Errorf("status %d at %s, want 200 at the redirect's target", resp.Status, resp.URL)
	}
	if got, want := string(resp.Body), config().UserAgent+"|granted"; got != want {
		t.Errorf("server saw %q, want %q: the site's header sent, its User-Agent never", got, want)
	}
	if got := c.TakeStatuses(); got[http.StatusMovedPermanently] != 1 || got[http.StatusOK] != 1 {
		t.Errorf("statuses %v, want one 301 and one 200 (robots.txt's 404 aside)", got)
	}
}

func TestGetRefusesOtherHostsAndPrivateAddresses(t *testing.T) {
	srv := newServer(t)
	c := fetch.New(config())
	_, err := c.Get(context.Background(), site(true, nil), fetch.Request{URL: srv.URL + "/away"})
	if err == nil || !strings.Contains(err.Error(), "host localhost is not one of source Example's hosts") {
		t.Errorf("redirect to another host: error %v, want it refused naming the host", err)
	}
	// A new client: the first one keeps an idle connection to the server,
	// which a request reuses without a dial.
	_, err = fetch.New(config()).Get(context.Background(), site(false, nil), fetch.Request{URL: srv.URL + "/news/one"})
	if err == nil || !strings.Contains(err.Error(), "not a public address") {
		t.Errorf("loopback without allow_hosts: error %v, want it refused at the dial", err)
	}
	if errors.Is(err, fetch.ErrDisallowed) {
		t.Errorf("a refused address is a failure, not a robots.txt skip: %v", err)
	}
}
