package scraper_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper"
)

// killingStore cancels the crawl at its k-th call, before or after letting
// that call through: a crawl killed at that moment.
type killingStore struct {
	scraper.Store
	k, n   int
	after  bool
	cancel context.CancelFunc
}

func (s *killingStore) tick(ctx context.Context, call func() error) error {
	s.n++
	if s.n == s.k && !s.after {
		s.cancel()
	}
	err := call()
	if s.n == s.k && s.after {
		s.cancel()
	}
	return err
}

func (s *killingStore) Page(ctx context.Context, url string) (*jhasearch.Page, error) {
	var p *jhasearch.Page
	err := s.tick(ctx, func() (err error) { p, err = s.Store.Page(ctx, url); return err })
	return p, err
}

func (s *killingStore) Save(ctx context.Context, doc jhasearch.Document, page jhasearch.Page) error {
	return s.tick(ctx, func() error { return s.Store.Save(ctx, doc, page) })
}

func (s *killingStore) Touch(ctx context.Context, url string, t time.Time) error {
	return s.tick(ctx, func() error { return s.Store.Touch(ctx, url, t) })
}

// A crawl killed at any step and run again stores every release once.
// Each of the first run's 16 store calls (8 lookups, 8 saves) is tried as
// the moment of the kill, just before and just after it.
func TestCrawlKilledAndRerunConverges(t *testing.T) {
	s := newSite(t)
	threePages(s)
	src := s.source(t, scraper.KindHTML, []string{"/news?page=0"}, "")
	for k := 1; k <= 16; k++ {
		for _, after := range []bool{false, true} {
			t.Run(fmt.Sprintf("call %d after %v", k, after), func(t *testing.T) {
				store := openArchive(t)
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				killer := &killingStore{Store: store, k: k, after: after, cancel: cancel}
				if _, err := scraper.New(testConfig(), killer).Crawl(ctx, []scraper.Source{src}, false); err == nil {
					t.Fatal("the killed crawl reported no error")
				}
				rep := crawl(t, scraper.New(testConfig(), store), src, false)
				if len(rep.Failures) > 0 {
					t.Fatalf("rerun failures: %v", rep.Failures)
				}
				docs := documents(t, store) // fails on duplicates
				if len(docs) != 8 {
					t.Errorf("after the rerun %d documents are stored, want 8", len(docs))
				}
				for path, doc := range docs {
					if doc.Title != "Release "+path[len("/news/"):] {
						t.Errorf("%s stored with title %q", path, doc.Title)
					}
				}
			})
		}
	}
}
