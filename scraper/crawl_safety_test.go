package scraper_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// oneRelease serves a listing linking to the given slugs, each a release
// unless the test serves something else there.
func oneRelease(s *site, slugs ...string) {
	s.listing("/news?page=0", "", slugs...)
	for _, slug := range slugs {
		s.article(slug, "Release "+slug, "2024-05-02")
	}
}

// failureFor returns the reason the report gives for the URL ending in path.
func failureFor(t *testing.T, rep scraper.SourceReport, path string) string {
	t.Helper()
	for _, f := range rep.Failures {
		if strings.HasSuffix(f.URL, path) {
			return f.Reason
		}
	}
	t.Fatalf("no failure reported for %s; failures: %v", path, rep.Failures)
	return ""
}

func TestCrawlHonoursRetryAfter(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "busy", "gone-for-long")
	var calls atomic.Int32
	good := articleHTML("Release busy", "2024-05-02")
	s.handle("/news/busy", func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte(good))
	})
	s.handle("/news/gone-for-long", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
	if rep.New != 1 {
		t.Fatalf("new = %d, want the busy release stored after waiting; failures %v", rep.New, rep.Failures)
	}
	var tries []time.Time
	for _, r := range s.log() {
		if r.path == "/news/busy" {
			tries = append(tries, r.at)
		}
	}
	if len(tries) != 2 || tries[1].Sub(tries[0]) < 900*time.Millisecond {
		t.Errorf("retried %d times, %v apart; want 2 tries at least the 1s Retry-After apart", len(tries), tries[1].Sub(tries[0]))
	}
	if reason := failureFor(t, rep, "/news/gone-for-long"); !strings.Contains(reason, "asks to wait 1h0m0s") {
		t.Errorf("reason = %q, want the too-long Retry-After named", reason)
	}
}

func TestCrawlRobots(t *testing.T) {
	t.Run("503 disallows everything", func(t *testing.T) {
		s := newSite(t)
		oneRelease(s, "one")
		s.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
		if log := s.log(); len(log) != 1 || log[0].path != "/robots.txt" {
			t.Errorf("requests = %v, want robots.txt only", log)
		}
		if reason := failureFor(t, rep, "/news?page=0"); !strings.Contains(reason, "robots.txt answered HTTP 503") {
			t.Errorf("reason = %q", reason)
		}
	})
	t.Run("404 allows everything", func(t *testing.T) {
		s := newSite(t)
		oneRelease(s, "one")
		s.handle("/robots.txt", http.NotFound)
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
		if rep.New != 1 {
			t.Errorf("new = %d, want 1: %v", rep.New, rep.Failures)
		}
	})
	t.Run("disallowed path skipped", func(t *testing.T) {
		s := newSite(t)
		oneRelease(s, "public", "secret-draft")
		s.text("/robots.txt", "text/plain", "User-agent: jhasearch-test\nDisallow: /news/secret\n\nUser-agent: *\nDisallow: /\n")
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
		if rep.New != 1 || s.count("/news/secret-draft", s.log()) != 0 {
			t.Errorf("new = %d; the disallowed page must not be requested", rep.New)
		}
		// Politeness is not a failure: the page is a skip, counted apart.
		if len(rep.Failures) != 0 || rep.SkippedRobots != 1 {
			t.Errorf("failures = %v, skipped by robots.txt = %d; want no failure and 1 skip", rep.Failures, rep.SkippedRobots)
		}
	})
	t.Run("disallowed next listing page ends the walk", func(t *testing.T) {
		s := newSite(t)
		s.listing("/news?page=0", "/private?page=1", "one")
		s.listing("/private?page=1", "", "two")
		s.article("one", "Release one", "2024-05-02")
		s.article("two", "Release two", "2024-05-02")
		s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n")
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
		if rep.New != 1 || len(rep.Failures) != 0 || rep.SkippedRobots != 1 {
			t.Errorf("new = %d, failures = %v, skipped = %d; want the first page's release stored and the next page skipped",
				rep.New, rep.Failures, rep.SkippedRobots)
		}
	})
	t.Run("disallowed start page fails the source", func(t *testing.T) {
		s := newSite(t)
		oneRelease(s, "one")
		s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /news\n")
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
		if reason := failureFor(t, rep, "/news?page=0"); !strings.Contains(reason, "start page") || !strings.Contains(reason, "disallowed by robots.txt") {
			t.Errorf("reason = %q, want the start page named as disallowed", reason)
		}
	})
}

func TestCrawlRedirects(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "moved", "leaves")
	s.article("new-home", "Release moved", "2024-05-02")
	s.handle("/news/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/new-home", http.StatusMovedPermanently)
	})
	var foreign atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { foreign.Add(1) }))
	defer other.Close()
	away := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) + "/news/leaves"
	s.handle("/news/leaves", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, away, http.StatusFound) })
	store := openArchive(t)
	rep := crawl(t, scraper.New(testConfig(), store), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
	if reason := failureFor(t, rep, "/news/leaves"); !strings.Contains(reason, "refused: host localhost is not one of source Test's hosts") {
		t.Errorf("reason = %q", reason)
	}
	if foreign.Load() != 0 {
		t.Error("the foreign host was contacted")
	}
	doc, ok := documents(t, store)["/news/new-home"]
	if !ok || len(doc.Aliases) != 1 || !strings.HasSuffix(doc.Aliases[0], "/news/moved") {
		t.Errorf("redirected release stored as %+v, want it under its new URL with the old one as alias", doc)
	}
}

func TestCrawlRefusesBadBodies(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "huge", "stalls", "broken", "walled", "scripted")
	s.text("/news/huge", "text/html", "<html><body>"+strings.Repeat("<p>word </p>", 10000)+"</body></html>")
	s.handle("/news/stalls", func(w http.ResponseWriter, r *http.Request) {
		select { // answer nothing until the client gives up
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	s.text("/news/broken", "text/html", `<html><head><title>Broken & unclosed</title><body><main><article><h1 class=title>Broken markup <b>survives</h1>
<time datetime=2024-05-03>3 May</time><p>First paragraph<p>Second <i>paragraph</div></span><table><tr><td>cell</article>`)
	s.text("/news/walled", "text/html", string(readFixture(t, "fra", "challenge.html")))
	s.text("/news/scripted", "text/html", `<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Title</title></head>
<body><article><h1>&lt;script&gt;alert(1)&lt;/script&gt; Title</h1><time datetime="2024-05-04"></time>
<p>Body &lt;script&gt;alert(2)&lt;/script&gt; text<script>alert(3)</script></p></article></body></html>`)
	store := openArchive(t)
	cfg := testConfig()
	cfg.MaxRetries = 1
	rep := crawl(t, scraper.New(cfg, store), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)

	if reason := failureFor(t, rep, "/news/huge"); !strings.Contains(reason, "body larger than the cap") {
		t.Errorf("huge: reason = %q", reason)
	}
	if reason := failureFor(t, rep, "/news/stalls"); !strings.Contains(reason, "timeout") && !strings.Contains(reason, "deadline") {
		t.Errorf("stalls: reason = %q", reason)
	}
	if reason := failureFor(t, rep, "/news/walled"); !strings.Contains(reason, "rejected: bot challenge page") {
		t.Errorf("walled: reason = %q", reason)
	}
	docs := documents(t, store)
	if len(docs) != 2 {
		t.Errorf("stored %d documents, want only the broken and the scripted ones", len(docs))
	}
	if b := docs["/news/broken"]; b.Title != "Broken markup survives" || !strings.Contains(b.Body, "First paragraph\n\nSecond paragraph") {
		t.Errorf("malformed page extracted as %q / %q", b.Title, b.Body)
	}
	sc := docs["/news/scripted"]
	if sc.Title != "<script>alert(1)</script> Title" || sc.Body != "Body <script>alert(2)</script> text" {
		t.Errorf("script page stored as title %q body %q; want the literal characters and no script run or kept", sc.Title, sc.Body)
	}
}

func TestCrawlRefusesPrivateAddressesUnlessAllowed(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "one")
	// By address, and by a name that resolves to loopback: the check is on
	// the address dialed, so a name cannot smuggle a private address in.
	for _, base := range []string{s.srv.URL, strings.Replace(s.srv.URL, "127.0.0.1", "localhost", 1)} {
		sources, err := scraper.LoadSources([]byte("sources:\n  - name: Test\n    kind: html\n    start: ['"+base+"/news?page=0']\n    article: '/news/'\n    next: a.next\n"), "test")
		if err != nil {
			t.Fatal(err)
		}
		rep := crawl(t, scraper.New(testConfig(), openArchive(t)), sources[0], false)
		if len(s.log()) != 0 {
			t.Errorf("%s: a request reached a loopback address not in allow_hosts", base)
		}
		if reason := failureFor(t, rep, "/news?page=0"); !strings.Contains(reason, "not a public address") {
			t.Errorf("%s: reason = %q", base, reason)
		}
	}
}

func TestCrawlGivesHostUpAfterRepeatedFailures(t *testing.T) {
	s := newSite(t)
	slugs := []string{"a", "b", "c", "d", "e", "f"}
	oneRelease(s, slugs...)
	for _, slug := range slugs {
		s.handle("/news/"+slug, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })
	}
	cfg := testConfig()
	cfg.HostFailures, cfg.MaxRetries = 2, 1
	rep := crawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
	articleHits := 0
	for _, r := range s.log() {
		if strings.HasPrefix(r.path, "/news/") {
			articleHits++
		}
	}
	if articleHits != 4 { // two pages, each tried twice, then the host is given up
		t.Errorf("article requests = %d, want 4", articleHits)
	}
	if len(rep.Failures) != 6 || !strings.Contains(rep.Failures[5].Reason, "given up") {
		t.Errorf("failures = %v", rep.Failures)
	}
}

// A listing behind a bot wall, or one whose links no longer match the
// article pattern, fails the source clearly instead of looking crawled.
func TestCrawlFailsListingsWithoutReleases(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"bot wall", string(readFixture(t, "fra", "challenge.html")), "rejected: bot challenge page"},
		{"script shell", string(readFixture(t, "cepol", "empty.html")), `rejected: the page is built by JavaScript (as sent it holds scripts and almost no text): set "fetch: browser" on this source`},
		{"no release link", "<html><body><main><p>Nothing here.</p></main></body></html>", "no link on the first listing page matches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			s.text("/news?page=0", "text/html", tt.body)
			rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
			if reason := failureFor(t, rep, "/news?page=0"); !strings.Contains(reason, tt.want) {
				t.Errorf("reason = %q, want %q", reason, tt.want)
			}
		})
	}
}

func TestCrawlDecodesLatin1Pages(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "latin")
	page := "<html><head><title>R\xe9union \xe0 Bruxelles</title></head><body><article><h1>R\xe9union \xe0 Bruxelles</h1>" +
		"<time datetime=\"2024-05-02\"></time><p>Les ministres se sont r\xe9unis.</p></article></body></html>"
	s.text("/news/latin", "text/html; charset=ISO-8859-1", page)
	store := openArchive(t)
	crawl(t, scraper.New(testConfig(), store), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""), false)
	doc := documents(t, store)["/news/latin"]
	if doc.Title != "Réunion à Bruxelles" || doc.Body != "Les ministres se sont réunis." {
		t.Errorf("Latin-1 page read as %q / %q", doc.Title, doc.Body)
	}
}
