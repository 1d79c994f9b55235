package scraper_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// logBuffer is a log destination that tests may read while the crawler
// writes.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func loggedConfig(l *logBuffer) scraper.Config {
	cfg := browserConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return cfg
}

// robots.txt is read before any navigation: a disallowed listing never
// reaches Chromium (none is started), and a disallowed data path is never
// requested by a page's script.
func TestCrawlBrowserObeysRobots(t *testing.T) {
	needChromium(t)
	t.Run("listing disallowed", func(t *testing.T) {
		dir := browserTemp(t)
		s := jsSite(t)
		s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /newsroom/\n")
		var l logBuffer
		rep := crawl(t, scraper.New(loggedConfig(&l), openArchive(t)), s.jsSource(t, "    fetch: browser\n"), false)
		if reason := failureFor(t, rep, "/newsroom/news?page=0"); !strings.Contains(reason, "disallowed by robots.txt") {
			t.Errorf("reason = %q", reason)
		}
		if strings.Contains(l.String(), "browser started") || chromiumProcesses(t, dir) != 0 {
			t.Error("a browser was started for a page robots.txt disallows")
		}
		if got := hits(s.log()); len(got) != 0 {
			t.Errorf("requests besides robots.txt: %v", got)
		}
	})
	t.Run("data disallowed", func(t *testing.T) {
		browserTemp(t)
		s := jsSite(t)
		s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /api/news/\n")
		rep := crawl(t, scraper.New(browserConfig(), openArchive(t)), s.jsSource(t, "    fetch: browser\n"), false)
		if rep.New != 0 || len(rep.Failures) != 3 {
			t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
		}
		for _, r := range s.log() {
			if strings.HasPrefix(r.path, "/api/news/") {
				t.Errorf("%s requested though robots.txt disallows it", r.path)
			}
		}
	})
}

// Every request a page makes waits the host's gap, as plain requests do.
func TestCrawlBrowserKeepsTheHostGap(t *testing.T) {
	needChromium(t)
	browserTemp(t)
	s := jsSite(t)
	const rate = 300 * time.Millisecond
	rep := crawl(t, scraper.New(browserConfig(), openArchive(t)), s.jsSource(t, "    fetch: browser\n    rate: 300ms\n"), false)
	if rep.New != 3 {
		t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
	}
	log := s.log()
	if len(log) < 10 {
		t.Fatalf("only %d requests", len(log))
	}
	for i := 1; i < len(log); i++ {
		if gap := log[i].at.Sub(log[i-1].at); gap < rate-10*time.Millisecond {
			t.Errorf("%s came %s after %s, less than the %s gap", log[i].path, gap, log[i-1].path, rate)
		}
	}
}

// A page whose script builds a DOM past the size cap fails; so does a page
// that never settles, at the page timeout. The crawl goes on.
func TestCrawlBrowserCapsSizeAndTime(t *testing.T) {
	needChromium(t)
	dir := browserTemp(t)
	s := jsSite(t)
	s.text("/newsroom/news/exchange-programme-results", "text/html", `<!DOCTYPE html><html><body><main id="app"></main>
<script>document.getElementById("app").innerHTML = "<p>" + "word ".repeat(20000) + "</p>";</script></body></html>`)
	// The page never settles: its first script opens a request that the
	// site holds until the browser gives up (on a loaded machine, pings
	// alone can leave a gap longer than the settle time), and pings follow.
	s.text("/newsroom/news/webinar-on-trafficking-indicators", "text/html", `<!DOCTYPE html><html><head><script>fetch("/api/hold").catch(() => {});</script></head><body><main id="app"></main>
<script>setInterval(() => fetch("/api/ping?" + Math.random()).catch(() => {}), 50);</script></body></html>`)
	s.handle("/api/ping", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("pong")) })
	released := make(chan struct{})
	t.Cleanup(func() { close(released) })
	s.handle("/api/hold", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-released:
		}
	})
	cfg := browserConfig()
	cfg.MaxBodyBytes = 32 << 10
	cfg.Browser.PageTimeout = 3 * time.Second
	rep := crawl(t, scraper.New(cfg, openArchive(t)), s.jsSource(t, "    fetch: browser\n"), false)
	if rep.New != 1 || len(rep.Failures) != 2 {
		t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
	}
	if reason := failureFor(t, rep, "/newsroom/news/exchange-programme-results"); !strings.Contains(reason, "larger than the cap") {
		t.Errorf("size: reason = %q", reason)
	}
	if reason := failureFor(t, rep, "/newsroom/news/webinar-on-trafficking-indicators"); !strings.Contains(reason, "page timeout of 3s passed") {
		t.Errorf("time: reason = %q", reason)
	}
	noChromiumLeft(t, dir, "pages over their caps")
}

// A page reaches no other host unless allow_hosts names it, and loads no
// image, font or stylesheet even from its own.
func TestCrawlBrowserBlocksOtherHostsAndMedia(t *testing.T) {
	needChromium(t)
	browserTemp(t)
	var other atomic.Int32
	tracker := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		other.Add(1)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Write([]byte(`{"note": "from the other host"}`))
	}))
	defer tracker.Close()
	otherURL := strings.Replace(tracker.URL, "127.0.0.1", "localhost", 1)
	page := `<!DOCTYPE html><html><head><link rel="stylesheet" href="/style.css"></head><body><main id="app"></main>
<img src="/photo.jpg"><video src="/clip.mp4"></video><style>@font-face {font-family: x; src: url(/font.woff2)}</style>
<script src="` + otherURL + `/tracker.js"></script>
<script>
fetch("` + otherURL + `/data.json").then((r) => r.json()).then((d) => { document.getElementById("extra").textContent = d.note; }).catch(() => {});
document.getElementById("app").innerHTML = '<article><h1>Guarded release</h1><time datetime="2024-06-01">1 June 2024</time>' +
  '<p>The release text is built by a script that also asks another host for a note.</p><p id="extra"></p></article>';
</script></body></html>`
	for _, tt := range []struct {
		name, extra string
		reached     bool
	}{
		{"not allowed", "    allow_hosts: [127.0.0.1]\n", false},
		{"allowed", "    allow_hosts: [127.0.0.1, localhost]\n", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			other.Store(0)
			s := newSite(t)
			s.text("/newsroom/news?page=0", "text/html", `<html><body><main><h3><a href="/newsroom/news/guarded">Guarded release</a></h3></main></body></html>`)
			s.text("/newsroom/news/guarded", "text/html", page)
			src := s.jsSource(t, "    fetch: browser\n"+tt.extra)
			store := openArchive(t)
			rep := crawl(t, scraper.New(browserConfig(), store), src, false)
			if rep.New != 1 {
				t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
			}
			if got := other.Load() > 0; got != tt.reached {
				t.Errorf("other host reached = %v, want %v", got, tt.reached)
			}
			body := documents(t, store)["/newsroom/news/guarded"].Body
			if got := strings.Contains(body, "from the other host"); got != tt.reached {
				t.Errorf("body holds the other host's note = %v, want %v:\n%s", got, tt.reached, body)
			}
			for _, r := range s.log() {
				switch r.path {
				case "/style.css", "/photo.jpg", "/clip.mp4", "/font.woff2", "/favicon.ico":
					t.Errorf("%s was requested", r.path)
				}
			}
		})
	}
}

// A page's request answered 429 with Retry-After is retried after the
// wait the server asks for, as a plain request is, within the page's time.
func TestCrawlBrowserHonoursRetryAfter(t *testing.T) {
	needChromium(t)
	browserTemp(t)
	s := jsSite(t)
	var calls atomic.Int32
	var mu sync.Mutex
	var first, second time.Time
	data := mustJSON(t, jsReleases[0])
	s.handle("/api/news/course-on-digital-evidence", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if calls.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		second = time.Now()
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(data))
	})
	store := openArchive(t)
	rep := crawl(t, scraper.New(browserConfig(), store), s.jsSource(t, "    fetch: browser\n"), false)
	if rep.New != 3 || len(rep.Failures) != 0 {
		t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
	}
	mu.Lock()
	defer mu.Unlock()
	if calls.Load() != 2 || second.Sub(first) < 2*time.Second {
		t.Errorf("data asked %d times, %s apart; want twice, 2s apart", calls.Load(), second.Sub(first))
	}
	if doc := documents(t, store)["/newsroom/news/course-on-digital-evidence"]; doc.Title != jsReleases[0].Title {
		t.Errorf("release after the retry: %+v", doc)
	}
}

// A proof-of-work wall is reported as one, not solved: with fetch: browser
// the page as sent is checked before Chromium navigates to it, so the
// wall's solver is never even requested. (The page's tab may have been
// opened meanwhile; it is closed unused.)
func TestCrawlBrowserReportsBotWallUnsolved(t *testing.T) {
	dir := browserTemp(t)
	s := jsSite(t)
	s.text("/newsroom/news?page=0", "text/html", string(readFixture(t, "fra", "challenge.html")))
	var l logBuffer
	rep := crawl(t, scraper.New(loggedConfig(&l), openArchive(t)), s.jsSource(t, "    fetch: browser\n"), false)
	noChromiumLeft(t, dir, "a bot wall")
	reason := failureFor(t, rep, "/newsroom/news?page=0")
	if !strings.Contains(reason, "bot challenge page") || !strings.Contains(reason, "does not solve") {
		t.Errorf("reason = %q", reason)
	}
	for _, r := range s.log() {
		if strings.Contains(r.path, "anubis") {
			t.Errorf("the wall's script %s was requested", r.path)
		}
	}
	if strings.Contains(l.String(), "page rendered") {
		t.Error("the bot wall was rendered")
	}
}
