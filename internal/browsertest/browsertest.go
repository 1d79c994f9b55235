// Package browsertest drives a real headless Chromium (Debian's chromium
// package) for the browser tests of ui and cmd/jhasearch. It records every
// alert dialog and console error so that tests can prove nothing ran that
// should not have. It is imported by tests only.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Browser is a headless Chromium driven over the DevTools protocol, with
// every alert dialog and every console error of its pages recorded.
type Browser struct {
	ctx      context.Context
	mu       sync.Mutex
	dialogs  []string
	problems []string
	outDir   string
}

// New starts Chromium, or skips the test where it is not installed
// (CI installs it and sets CI=true, so there a missing browser fails).
func New(t *testing.T, name string) *Browser {
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
	b := &Browser{ctx: ctx, outDir: screenshotDir(t, name)}
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
func (b *Browser) watch(t *testing.T) {
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

// screenshotDir is $JHASEARCH_TEST_OUTPUT/<name> when set, else the
// test's artifact directory (kept with go test -artifacts -outputdir DIR).
func screenshotDir(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv("JHASEARCH_TEST_OUTPUT")
	if dir == "" {
		return t.ArtifactDir()
	}
	dir = filepath.Join(dir, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Do runs steps with a deadline, failing the test on error.
func (b *Browser) Do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Run runs one action that yields a value, failing the test on error.
func Run[T any](t *testing.T, b *Browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// Screenshot saves a full-page PNG under the test's output directory.
func (b *Browser) Screenshot(t *testing.T, name string) {
	t.Helper()
	png := Run(t, b, "screenshot "+name, chromedp.FullScreenshot(100))
	path := filepath.Join(b.outDir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// Seen returns the dialogs opened and the console errors logged so far.
func (b *Browser) Seen() (dialogs, problems []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.dialogs...), append([]string(nil), b.problems...)
}
