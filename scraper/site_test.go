package scraper_test

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/scraper"
)

// site is a local newsroom for crawl tests: pages by path (query
// included), a robots.txt, and a log of every request it answered.
type site struct {
	srv *httptest.Server

	mu       sync.Mutex
	pages    map[string]http.HandlerFunc
	requests []seen
}

// seen is one request the site received.
type seen struct {
	path        string
	conditional bool
	userAgent   string
	at          time.Time
	header      http.Header
}

func newSite(t testing.TB) *site {
	t.Helper()
	s := &site{pages: map[string]http.HandlerFunc{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n")
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, seen{path: r.URL.RequestURI(), userAgent: r.UserAgent(), at: time.Now(), header: r.Header.Clone(),
		conditional: r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != ""})
	h := s.pages[r.URL.RequestURI()]
	s.mu.Unlock()
	if h == nil {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

// handle serves path with h.
func (s *site) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = h
}

// text serves a fixed body with an ETag, answering 304 to a matching
// If-None-Match.
func (s *site) text(path, ctype, body string) {
	etag := fmt.Sprintf(`"%x"`, len(body)*7919+int(body[len(body)/2]))
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", ctype)
		io.WriteString(w, body)
	})
}

// article serves a release page at /news/<slug>.
func (s *site) article(slug, title, date string) {
	s.text("/news/"+slug, "text/html; charset=utf-8", articleHTML(title, date))
}

func articleHTML(title, date string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>` + html.EscapeString(title) + ` | Test Agency</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article>
<h1>` + html.EscapeString(title) + `</h1><time datetime="` + date + `">` + date + `</time>
<p>First paragraph of the release called ` + html.EscapeString(title) + `.</p><p>Second paragraph.</p>
</article></main></body></html>`
}

// listing serves a listing page linking to slugs, with a next link.
func (s *site) listing(path, next string, slugs ...string) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><body><main><h1>News</h1>`)
	for _, slug := range slugs {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/news/%s">Release %s</a></h3></div>`, slug, slug)
	}
	if next != "" {
		fmt.Fprintf(&b, `<a rel="next" href="%s">Next</a>`, html.EscapeString(next))
	}
	b.WriteString(`</main></body></html>`)
	s.text(path, "text/html", b.String())
}

// log returns the requests so far and forgets them.
func (s *site) log() []seen {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.requests
	s.requests = nil
	return out
}

func (s *site) count(path string, log []seen) int {
	n := 0
	for _, r := range log {
		if r.path == path {
			n++
		}
	}
	return n
}

// source builds a source of kind for the site from extra YAML lines.
func (s *site) source(t testing.TB, kind string, start []string, extra string) scraper.Source {
	t.Helper()
	var urls []string
	for _, p := range start {
		urls = append(urls, "'"+s.srv.URL+p+"'")
	}
	y := fmt.Sprintf("sources:\n  - name: Test\n    kind: %s\n    start: [%s]\n    article: '/news/[a-z0-9-]+$'\n    next: 'a[rel=next]'\n    allow_hosts: [127.0.0.1]\n%s",
		kind, strings.Join(urls, ", "), extra)
	sources, err := scraper.LoadSources([]byte(y), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sources[0]
}

// testConfig keeps every delay short so that tests run fast.
func testConfig() scraper.Config {
	return scraper.Config{
		UserAgent:      "jhasearch-test/1.0 (+https://example.org/contact)",
		Logger:         slog.New(slog.DiscardHandler),
		ConnectTimeout: time.Second, HeaderTimeout: 300 * time.Millisecond,
		RequestTimeout: 500 * time.Millisecond, MaxBodyBytes: 64 << 10,
		MinGap: time.Millisecond, Backoff: time.Millisecond, MaxRetries: 2,
		MaxRetryAfter: 3 * time.Second, HostFailures: 4,
	}
}

func openArchive(t testing.TB) *archive.Archive {
	t.Helper()
	a, err := archive.Open(filepath.Join(t.TempDir(), "archive.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func crawl(t *testing.T, c *scraper.Crawler, src scraper.Source, full bool) scraper.SourceReport {
	t.Helper()
	rep, err := c.Crawl(context.Background(), []scraper.Source{src}, full)
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	return rep.Sources[0]
}

// documents returns the stored documents by URL path.
func documents(t *testing.T, a *archive.Archive) map[string]jhasearch.Document {
	t.Helper()
	out := map[string]jhasearch.Document{}
	for doc, err := range a.Documents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		path := doc.URL[strings.Index(doc.URL[len("http://"):], "/")+len("http://"):]
		if _, dup := out[path]; dup {
			t.Errorf("two documents for %s", path)
		}
		out[path] = doc
	}
	return out
}

// counts is the part of a SourceReport most tests compare.
type counts struct{ Fetched, New, Changed, Unchanged, Failed int }

func countsOf(r scraper.SourceReport) counts {
	return counts{r.Fetched, r.New, r.Changed, r.Unchanged, len(r.Failures)}
}
