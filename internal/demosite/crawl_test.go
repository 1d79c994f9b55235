package demosite_test

import (
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
)

// memStore is the smallest scraper.Store: documents and pages in maps,
// aliases resolving to the document's URL.
type memStore struct {
	mu      sync.Mutex
	docs    map[string]jhasearch.Document
	pages   map[string]jhasearch.Page
	aliasOf map[string]string
}

func newMemStore() *memStore {
	return &memStore{docs: map[string]jhasearch.Document{}, pages: map[string]jhasearch.Page{},
		aliasOf: map[string]string{}}
}

func (m *memStore) Page(_ context.Context, url string) (*jhasearch.Page, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if to, ok := m.aliasOf[url]; ok {
		url = to
	}
	p, ok := m.pages[url]
	if !ok {
		return nil, nil
	}
	p.Content = nil
	return &p, nil
}

func (m *memStore) Save(_ context.Context, doc jhasearch.Document, page jhasearch.Page) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs[doc.URL] = doc
	m.pages[page.URL] = page
	for _, a := range doc.Aliases {
		m.aliasOf[a] = doc.URL
	}
	return nil
}

func (m *memStore) Touch(_ context.Context, url string, t time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	p := m.pages[url]
	p.FetchedAt = t
	m.pages[url] = p
	return nil
}

// crawl runs the real scraper over a demo site with the demo's sources.
func crawl(t *testing.T, srv *httptest.Server, st *memStore) *scraper.Report {
	t.Helper()
	srcs, err := scraper.LoadSources(demosite.Sources(srv.URL), "demosite.Sources")
	if err != nil {
		t.Fatalf("load sources: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rep, err := scraper.New(scraper.Config{MaxRetries: 1, Backoff: time.Millisecond}, st).Crawl(ctx, srcs, true)
	if err != nil {
		t.Fatalf("crawl: %v", err)
	}
	return rep
}

// extracted is what a release must look like after the crawl.
type extracted struct {
	Agency, Title, Date, Language string
	Summary                       string
	Tags, Credits, Aliases        []string
	Body                          string
}

func TestRealScraperCrawlsEveryRelease(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	st := newMemStore()
	rep := crawl(t, srv, st)
	if rep.Failed() {
		var b strings.Builder
		rep.Write(&b)
		t.Errorf("crawl failures:\n%s", b.String())
	}
	rs := demosite.Releases()
	if len(st.docs) != len(rs) {
		t.Errorf("crawl stored %d documents, want %d", len(st.docs), len(rs))
	}
	for _, r := range rs {
		canon, err := jhasearch.CanonicalURL(r.URL(srv.URL))
		if err != nil {
			t.Fatal(err)
		}
		doc, ok := st.docs[canon]
		if !ok {
			t.Errorf("%s: not crawled", r.Path)
			continue
		}
		body := r.Body()
		if r.Dateline != "" {
			body = r.Dateline + " " + body // datelines stay in the text
		}
		var aliases []string
		if r.Alias != "" {
			a, _ := jhasearch.CanonicalURL(r.AliasURL(srv.URL))
			aliases = []string{a}
		}
		// The page's own word on its language; the build checks it
		// against the text.
		lang := r.Lang()
		if r.PageLanguage != "" {
			lang = r.PageLanguage
		}
		want := extracted{r.Agency, r.Title, r.Date(), lang, r.Summary, r.Tags, r.Credits, aliases, body}
		got := extracted{doc.Agency, doc.Title, doc.Published.Format(jhasearch.DateLayout), doc.Language,
			doc.Summary, doc.Tags, doc.Credits, doc.Aliases, doc.Body}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", r.Path, diff)
		}
	}
	if testing.Verbose() {
		rep.Write(os.Stdout)
	}
}

func TestRealScraperRecrawlIsConditional(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	st := newMemStore()
	crawl(t, srv, st)
	rep := crawl(t, srv, st)
	for _, s := range rep.Sources {
		if s.New != 0 || s.Changed != 0 {
			t.Errorf("%s: second crawl found %d new and %d changed releases, want none", s.Source, s.New, s.Changed)
		}
	}
}
