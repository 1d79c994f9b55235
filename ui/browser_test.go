package ui

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
)

// browser is a headless Chromium driven over the DevTools protocol, with
// every alert dialog and every console error of its pages recorded.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	dialogs  []string
	problems []string
	outDir   string
}

// newBrowser starts Chromium, or skips the test where it is not installed
// (CI installs it and sets CI=true, so there a missing browser fails).
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is not installed: %v", err)
		}
		t.Skipf("chromium is not installed (apt-get install chromium): %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	b := &browser{ctx: ctx, outDir: screenshotDir(t)}
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, struct{}{}); err != nil {
		t.Fatalf("enable log: %v", err)
	}
	b.watch(t)
	return b
}

// watch records dialogs (and dismisses them, so a page cannot hang the
// test) and console errors such as Content-Security-Policy violations.
func (b *browser) watch(t *testing.T) {
	err := chromedp.Listen(b.ctx, func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *cdppage.EventJavascriptDialogOpening:
			b.dialogs = append(b.dialogs, e.Message)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				b.problems = append(b.problems, e.Entry.Text)
			}
		}
	})
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	dialogs := chromedp.Events(b.ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			chromedp.Call(b.ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
}

// screenshotDir is $JHASEARCH_TEST_OUTPUT/ui-browser when set, else the
// test's artifact directory (kept with go test -artifacts -outputdir DIR).
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("JHASEARCH_TEST_OUTPUT")
	if dir == "" {
		return t.ArtifactDir()
	}
	dir = filepath.Join(dir, "ui-browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// do runs steps with a deadline, failing the test on error.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func browserRun[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	png := browserRun(t, b, "screenshot "+name, chromedp.FullScreenshot(100))
	path := filepath.Join(b.outDir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func (b *browser) seen() (dialogs, problems []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.dialogs...), append([]string(nil), b.problems...)
}

// TestBrowser drives the real app in Chromium as a person would: filter
// with a facet checkbox and the Apply button, open a document, and check
// that the hostile release never runs.
func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	srv := httptest.NewServer(testApp)
	defer srv.Close()

	b.do(t, "open results", chromedp.Navigate(srv.URL+"/search?tag=training"),
		chromedp.WaitVisible(chromedp.CSS("ol.hits li.hit")))
	before := browserRun(t, b, "total", chromedp.Text(chromedp.CSS("h1.total")))
	b.screenshot(t, "results")

	b.do(t, "tick CEPOL and apply",
		chromedp.Click(chromedp.CSS(`input[name=agency][value=CEPOL]`)),
		chromedp.Click(chromedp.CSS(`.apply button[type=submit]`)),
		// The server renders the ticked box with the checked attribute.
		chromedp.WaitVisible(chromedp.CSS(`input[name=agency][value=CEPOL][checked]`)))
	after := browserRun(t, b, "total after", chromedp.Text(chromedp.CSS("h1.total")))
	agencies := browserRun(t, b, "agencies", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("li.hit .agencies")).map(e => e.textContent)`))
	location := browserRun(t, b, "location", chromedp.Location())
	api := apiSearch(t, "tag=training&agency=CEPOL")
	if before == after || !strings.Contains(after, fmt.Sprintf("of %d release", api.Total)) && !strings.HasPrefix(after, fmt.Sprintf("%d release", api.Total)) {
		t.Errorf("total %q → %q, want the %d CEPOL releases", before, after, api.Total)
	}
	if len(agencies) == 0 {
		t.Error("no results after filtering")
	}
	for _, a := range agencies {
		if !strings.Contains(a, "CEPOL") {
			t.Errorf("result of %q after filtering by CEPOL", a)
		}
	}
	if !strings.Contains(location, "agency=CEPOL") || !strings.Contains(location, "tag=training") {
		t.Errorf("the URL %q does not hold the state", location)
	}
	b.screenshot(t, "results-filtered")

	b.do(t, "open the hostile release", chromedp.Click(chromedp.CSS(`a[href="/documents/`+xssID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("article.document h1")))
	title := browserRun(t, b, "title", chromedp.Text(chromedp.CSS("article h1")))
	imgs := browserRun(t, b, "count img", chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	scripts := browserRun(t, b, "count scripts", chromedp.Evaluate[int](`document.querySelectorAll("script:not([src])").length`))
	if title != "Markup test "+xssScript+" release" || imgs != 0 || scripts != 0 {
		t.Errorf("document page: title %q, %d img, %d inline scripts", title, imgs, scripts)
	}
	b.screenshot(t, "document-hostile")

	b.do(t, "open a document with partners", chromedp.Navigate(srv.URL+"/documents/"+jointEulID),
		chromedp.WaitVisible(chromedp.CSS("section.joint")))
	b.screenshot(t, "document-joint")

	// Keyboard: the first Tab reaches the skip link, which then shows.
	b.do(t, "tab to the skip link", chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.KeyEvent(kb.Tab))
	focus := browserRun(t, b, "focused element", chromedp.Evaluate[[]string](`(() => {
		const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
		return [e.className, String(r.top >= 0 && r.bottom > 0), s.outlineStyle];
	})()`))
	if diff := cmp.Diff([]string{"skip", "true", "solid"}, focus); diff != "" {
		t.Errorf("first Tab: focused element mismatch (-want +got):\n%s", diff)
	}
	b.screenshot(t, "home-skip-link")

	b.do(t, "type for suggestions", chromedp.Navigate(srv.URL+"/"),
		chromedp.SendKeys(chromedp.CSS("#q"), "euro"),
		chromedp.WaitReady(chromedp.CSS("datalist option")))

	b.do(t, "phone size", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(srv.URL+"/search?q=markup"), chromedp.WaitVisible(chromedp.CSS("li.hit")))
	wide := browserRun(t, b, "page width", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if wide {
		t.Error("the results page scrolls sideways on a phone")
	}
	b.screenshot(t, "phone-results")

	dialogs, problems := b.seen()
	if len(dialogs) != 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if len(problems) != 0 {
		t.Errorf("console errors (CSP violations?): %q", problems)
	}
}
