package scraper_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch/scraper"
)

// Hostile sites: each crawl must end, within a liveness bound far above
// what it needs, with a reason for the hostile page in the report. The
// bound is no speed assertion; it only catches a crawl that hangs.
const livenessBound = 60 * time.Second

// boundedCrawl crawls src and fails the test if the crawl does not end
// within livenessBound.
func boundedCrawl(t *testing.T, c *scraper.Crawler, src scraper.Source) scraper.SourceReport {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), livenessBound)
	defer cancel()
	rep, err := c.Crawl(ctx, []scraper.Source{src}, false)
	if ctx.Err() != nil {
		t.Fatalf("crawl still running after %v", livenessBound)
	}
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	return rep.Sources[0]
}

// trickle answers by writing raw bytes to the connection one at a time,
// a gap apart, until the client hangs up or the test ends.
func trickle(t *testing.T, raw string, gap time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := http.NewResponseController(w).Hijack()
		if err != nil {
			t.Errorf("hijack: %v", err)
			return
		}
		defer conn.Close()
		for i := 0; i < len(raw); i++ {
			if err := writeByte(buf, raw[i]); err != nil {
				return // the crawler gave up
			}
			select {
			case <-time.After(gap):
			case <-r.Context().Done():
				return
			}
		}
	}
}

func writeByte(w *bufio.ReadWriter, b byte) error {
	if err := w.WriteByte(b); err != nil {
		return err
	}
	return w.Flush()
}

func TestHostileSlowHeadersAndBody(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "slow-headers", "slow-body")
	page := articleHTML("Release slow", "2024-05-02")
	s.handle("/news/slow-headers", trickle(t, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"+page, time.Second))
	s.handle("/news/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < len(page) && r.Context().Err() == nil; i++ {
			w.Write([]byte{page[i]})
			w.(http.Flusher).Flush()
			time.Sleep(100 * time.Millisecond)
		}
	})
	cfg := testConfig()
	cfg.MaxRetries = 1
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	for _, path := range []string{"/news/slow-headers", "/news/slow-body"} {
		if reason := failureFor(t, rep, path); !strings.Contains(reason, "timeout") && !strings.Contains(reason, "deadline") {
			t.Errorf("%s: reason = %q, want a timeout", path, reason)
		}
	}
	if rep.New != 0 {
		t.Errorf("new = %d, want nothing stored from a page never finished", rep.New)
	}
}

func TestHostileEndlessNextPages(t *testing.T) {
	s := newSite(t)
	const pages = 40 // far more than the crawler may walk
	for i := 0; i < pages; i++ {
		slug := fmt.Sprintf("r%d", i)
		s.listing(fmt.Sprintf("/news?page=%d", i), fmt.Sprintf("/news?page=%d", i+1), slug)
		s.article(slug, "Release "+slug, "2024-05-02")
	}
	cfg := testConfig()
	cfg.MaxPages = 5
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	log := s.log()
	walked := 0
	for _, r := range log {
		if strings.HasPrefix(r.path, "/news?page=") {
			walked++
		}
	}
	if walked != cfg.MaxPages {
		t.Errorf("walked %d listing pages, want MaxPages = %d", walked, cfg.MaxPages)
	}
	if reason := failureFor(t, rep, "/news?page=5"); !strings.Contains(reason, "5 listing pages") {
		t.Errorf("reason = %q, want the page limit named", reason)
	}
}

func TestHostileHugeBodies(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "endless", "bomb")
	const huge = 300 << 20 // streamed, never built in memory
	var sent atomic.Int64
	s.handle("/news/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html") // no Content-Length: chunked
		chunk := bytes.Repeat([]byte("<p>filler text </p>"), 2048)
		for sent.Load() < huge {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return // the crawler hung up at its cap
			}
		}
	})
	bomb := gzipped(t, bytes.Repeat([]byte{' '}, 50<<20))
	s.handle("/news/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	cfg := testConfig()
	cfg.MaxRetries, cfg.RequestTimeout = 1, 10*time.Second // the cap must stop them, not the clock
	if int64(len(bomb)) >= cfg.MaxBodyBytes {
		t.Fatalf("the bomb is %d bytes compressed; it must pass the cap only once inflated", len(bomb))
	}
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	for _, path := range []string{"/news/endless", "/news/bomb"} {
		if reason := failureFor(t, rep, path); !strings.Contains(reason, "body larger than the cap") {
			t.Errorf("%s: reason = %q, want the cap named", path, reason)
		}
	}
	// What the server managed to send before the crawler hung up is the
	// cap plus the socket buffers, nowhere near the whole page.
	if n := sent.Load(); n >= 64<<20 {
		t.Errorf("the server sent %d MiB of the endless page; the crawler must hang up at its cap", n>>20)
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Links and redirects to private, link-local and loopback addresses never
// reach the dialer: the listing's links to other hosts are dropped, and a
// redirect to one is refused by the crawler's host check with a reason. No
// address outside loopback is contacted, nor any name resolved, by this test.
func TestHostilePrivateAddresses(t *testing.T) {
	s := newSite(t)
	port := s.srv.URL[strings.LastIndex(s.srv.URL, ":")+1:]
	targets := []string{"http://10.0.0.7/news/ten", "http://192.168.1.1/news/home-router",
		"http://169.254.169.254/news/metadata", "http://[::1]:" + port + "/news/six",
		"http://localhost:" + port + "/news/local", "http://intranet.localhost/news/name",
		"http://[fd00::1]/news/ula", "http://0.0.0.0:" + port + "/news/zero"}
	var b strings.Builder
	b.WriteString(`<html><body><main><a href="/news/to-metadata">Release to-metadata</a>`)
	for _, u := range targets {
		fmt.Fprintf(&b, `<div><a href="%s">Release</a></div>`, u)
	}
	b.WriteString(`</main></body></html>`)
	s.text("/news?page=0", "text/html", b.String())
	s.handle("/news/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/news/x", http.StatusFound)
	})
	store := openArchive(t)
	rep := boundedCrawl(t, scraper.New(testConfig(), store), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	reason := failureFor(t, rep, "/news/to-metadata")
	if !strings.Contains(reason, "refused: host 169.254.169.254 is not one of source Test's hosts") {
		t.Errorf("redirect to the metadata address: reason = %q, want the host check's refusal", reason)
	}
	// A link that had been followed would be a failure (refused or not
	// answering) or a stored document.
	if len(rep.Failures) != 1 || len(documents(t, store)) != 0 {
		t.Errorf("failures %v, documents %d: links to other hosts must be dropped unfetched", rep.Failures, len(documents(t, store)))
	}
	for _, r := range s.log() {
		if strings.HasPrefix(r.path, "/news/") && r.path != "/news/to-metadata" {
			t.Errorf("%s reached the test server through a loopback name", r.path)
		}
	}
}

// A source whose own start host is a loopback address it does not allow
// is refused by the dialer's address check (in its Control hook, before
// connect), for IPv6 as for IPv4.
func TestHostileLoopbackStartRefusedAtDial(t *testing.T) {
	// Only literals and /etc/hosts names: a test must not ask a DNS server.
	for _, start := range []string{"http://[::1]:9/news?page=0", "http://127.0.0.2:9/news?page=0"} {
		sources, err := scraper.LoadSources([]byte("sources:\n  - name: Test\n    kind: html\n    start: ['"+start+"']\n    article: '/news/'\n    next: a.next\n"), "test")
		if err != nil {
			t.Fatal(err)
		}
		rep := boundedCrawl(t, scraper.New(testConfig(), openArchive(t)), sources[0])
		if reason := failureFor(t, rep, "/news?page=0"); !strings.Contains(reason, "not a public address") {
			t.Errorf("%s: reason = %q, want the dialer's refusal", start, reason)
		}
	}
}

// Pages with bytes that are not text in their declared charset, or with a
// charset that lies, are stored as valid UTF-8 or fail with a reason.
func TestHostileCharsets(t *testing.T) {
	pages := []struct{ slug, ctype, body string }{
		{"bad-utf8", "text/html; charset=utf-8", "Caf\xe9 \xff\xfe broken \xc3\x28 bytes"},
		{"utf8-as-latin1", "text/html; charset=ISO-8859-1", "Réunion à Bruxelles"},
		{"meta-utf16", "text/html", "<meta charset=utf-16>Plain ASCII text"},
		{"unknown-charset", "text/html; charset=x-no-such-charset", "Plain text"},
		{"nul-bytes", "text/html", "Text\x00with\x00NUL"},
		{"bom-vs-header", "text/html; charset=windows-1252", "\xef\xbb\xbfText with a BOM \xe2\x82\xac"},
	}
	s := newSite(t)
	var slugs []string
	for _, p := range pages {
		slugs = append(slugs, p.slug)
		s.text("/news/"+p.slug, p.ctype, `<html><head><title>T `+p.slug+`</title></head><body><article><h1>T `+p.slug+
			`</h1><time datetime="2024-05-02"></time><p>`+p.body+`</p></article></body></html>`)
	}
	s.listing("/news?page=0", "", slugs...)
	store := openArchive(t)
	rep := boundedCrawl(t, scraper.New(testConfig(), store), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	docs := documents(t, store)
	for _, p := range pages {
		doc, ok := docs["/news/"+p.slug]
		if !ok {
			failureFor(t, rep, "/news/"+p.slug) // not stored: there must be a reason
			continue
		}
		for _, text := range []string{doc.Title, doc.Body, doc.Summary} {
			if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
				t.Errorf("%s: stored text %q is not valid UTF-8 or holds NUL", p.slug, text)
			}
		}
	}
	if got := docs["/news/bad-utf8"].Body; got != "Caf\ufffd \ufffd\ufffd broken \ufffd( bytes" {
		t.Errorf("bad-utf8: body %q, want each broken byte as U+FFFD", got)
	}
}

func TestHostileEndlessEuropolChain(t *testing.T) {
	s := newSite(t)
	for i := 0; i < 60; i++ { // each release links to an older one, without end
		europolNode(s, fmt.Sprintf("e%d", i), fmt.Sprintf("Release %d", i), 1709287200-int64(i)*86400, fmt.Sprintf("e%d", i+1))
	}
	europolFeed(s, "e0")
	cfg := testConfig()
	cfg.MaxReleases = 20 // the walk back may take 20 releases
	rep := boundedCrawl(t, scraper.New(cfg, openArchive(t)), s.source(t, scraper.KindEuropol, []string{"/cms/api/rss/news"}, ""))
	if rep.New != 20 {
		t.Errorf("new = %d, want the 20 releases within the limit", rep.New)
	}
	if reason := failureFor(t, rep, "/news/e20"); !strings.Contains(reason, "stopped after 20 releases") {
		t.Errorf("reason = %q, want the limit named", reason)
	}
}
