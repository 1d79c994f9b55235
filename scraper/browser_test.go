package scraper_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper"
)

// A newsroom whose listing and release pages are built only by JavaScript
// is crawled completely with fetch: browser, every field right, and the
// archive keeps the rendered page beside the shell the server sent.
func TestCrawlBrowserRendersScriptBuiltNewsroom(t *testing.T) {
	needChromium(t)
	dir := browserTemp(t)
	s := jsSite(t)
	store := openArchive(t)
	rep := crawl(t, scraper.New(browserConfig(), store), s.jsSource(t, "    fetch: browser\n"), false)
	if diff := cmp.Diff(counts{Fetched: 5, New: 3}, countsOf(rep)); diff != "" {
		t.Fatalf("report mismatch (-want +got):\n%s\nfailures: %v", diff, rep.Failures)
	}
	noChromiumLeft(t, dir, "a crawl")
	docs := documents(t, store)
	for _, r := range jsReleases {
		doc, ok := docs["/newsroom/news/"+r.Slug]
		if !ok {
			t.Errorf("%s: not stored", r.Slug)
			continue
		}
		got := []string{doc.Agency, doc.Title, doc.Published.Format(jhasearch.DateLayout), doc.Summary, doc.Body, doc.Language}
		want := []string{"Training", r.Title, r.Date, r.Lead, strings.Join(r.Body, "\n\n"), "en"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", r.Slug, diff)
		}
		if diff := cmp.Diff(r.Tags, doc.Tags); diff != "" {
			t.Errorf("%s: tags mismatch (-want +got):\n%s", r.Slug, diff)
		}
		rec, err := store.Get(context.Background(), doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Page.Rendered || string(rec.Page.Served) != jsShell || !strings.Contains(string(rec.Page.Content), r.Body[0]) {
			t.Errorf("%s: archive keeps rendered=%v, served %d bytes, content without the body", r.Slug, rec.Page.Rendered, len(rec.Page.Served))
		}
	}
	// The pages' requests went through the crawler: its User-Agent on
	// every one, the script fetched once for the whole crawl.
	log := s.log()
	for _, r := range log {
		if r.userAgent != testConfig().UserAgent {
			t.Errorf("%s requested with User-Agent %q", r.path, r.userAgent)
		}
	}
	if n := s.count("/static/app.js", log); n != 1 {
		t.Errorf("app.js fetched %d times, want once per crawl", n)
	}
}

// Without fetch: browser the same newsroom fails with a reason that names
// the setting, and no browser is started.
func TestCrawlScriptBuiltNewsroomWithoutBrowserNamesTheSetting(t *testing.T) {
	dir := browserTemp(t)
	s := jsSite(t)
	rep := crawl(t, scraper.New(testConfig(), openArchive(t)), s.jsSource(t, ""), false)
	if rep.New != 0 || len(rep.Failures) != 1 {
		t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
	}
	if reason := failureFor(t, rep, "/newsroom/news?page=0"); !strings.Contains(reason, `set "fetch: browser" on this source`) {
		t.Errorf("reason = %q, want one naming fetch: browser", reason)
	}
	if n := chromiumProcesses(t, dir); n != 0 {
		t.Errorf("%d Chromium processes for a plain crawl", n)
	}
}

// A cancelled crawl closes the browser it started.
func TestCrawlBrowserCancelledLeavesNoChromium(t *testing.T) {
	needChromium(t)
	dir := browserTemp(t)
	s := jsSite(t)
	started := make(chan struct{})
	slow := make(chan struct{})
	t.Cleanup(func() { close(slow) })
	s.handle("/api/news/course-on-digital-evidence", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		select { // the page waits on its data until the crawl is cancelled
		case <-slow:
		case <-r.Context().Done():
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		if chromiumProcesses(t, dir) == 0 {
			t.Error("no Chromium process while a page renders: the count would prove nothing")
		}
		cancel()
	}()
	_, err := scraper.New(browserConfig(), openArchive(t)).Crawl(ctx, []scraper.Source{s.jsSource(t, "    fetch: browser\n")}, false)
	if err == nil {
		t.Fatal("Crawl returned no error for a cancelled context")
	}
	noChromiumLeft(t, dir, "a cancelled crawl")
}

// A page that eats memory crashes its renderer; the page fails, the crawl
// goes on with the next page in the same browser, and nothing is left.
func TestCrawlBrowserCrashedPage(t *testing.T) {
	needChromium(t)
	dir := browserTemp(t)
	s := jsSite(t)
	s.text("/newsroom/news/exchange-programme-results", "text/html", `<!DOCTYPE html><html><body><div id="app"></div>
<script>const hog = []; for (;;) hog.push(new Array(1 << 20).fill(hog.length));</script></body></html>`)
	cfg := browserConfig()
	cfg.Browser.HeapMB = 64
	store := openArchive(t)
	rep := crawl(t, scraper.New(cfg, store), s.jsSource(t, "    fetch: browser\n"), false)
	if rep.New != 2 || len(rep.Failures) != 1 {
		t.Fatalf("report = %+v, failures %v", countsOf(rep), rep.Failures)
	}
	if reason := failureFor(t, rep, "/newsroom/news/exchange-programme-results"); !strings.Contains(reason, "crashed") {
		t.Errorf("reason = %q, want a crash", reason)
	}
	noChromiumLeft(t, dir, "a crawl with a crashed page")
}

var _ = time.Second
