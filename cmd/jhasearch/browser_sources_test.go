package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
)

// needChromium skips where Chromium is missing, except under CI=true.
func needChromium(t *testing.T) string {
	t.Helper()
	path, err := scraper.LookBrowser("")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is not installed: %v", err)
		}
		t.Skipf("chromium is not installed (apt-get install chromium): %v", err)
	}
	return path
}

// scriptSources serves the demo newsroom and writes a sources file for its
// CEPOL newsroom, which is built by JavaScript.
func scriptSources(t *testing.T) string {
	t.Helper()
	site, _ := demoSources(t)
	path := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(path, demosite.ScriptSources(site.URL), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// jhasearch config says whether the browser the sources need is there, and
// names a source's extra headers without their values.
func TestConfigSaysWhetherTheBrowserIsThere(t *testing.T) {
	sources := writeFile(t, "sources.yaml", `sources:
  - name: CEPOL
    kind: html
    fetch: browser
    start: ['https://www.cepol.europa.eu/newsroom/news']
    article: 'cepol\.europa\.eu/newsroom/news/[^/?#]+$'
    next: 'a[rel=next]'
    headers: {Authorization: 'Bearer granted-s3cret'}
`)
	missing := filepath.Join(t.TempDir(), "no-chromium")
	res := runCmd(t, "", "config", "--sources", sources, "--browser", missing)
	if res.code != exitOK {
		t.Fatalf("config exited %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{"NOT FOUND: CEPOL will fail", "source headers", "CEPOL: Authorization (values hidden)"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("config output lacks %q:\n%s", want, res.stdout)
		}
	}
	if strings.Contains(res.stdout+res.stderr, "s3cret") {
		t.Errorf("config prints a header's value:\n%s", res.stdout)
	}
	if plain := runCmd(t, "", "config"); !strings.Contains(plain.stdout, "chromium") && !strings.Contains(plain.stdout, "NOT FOUND: CEPOL") {
		t.Errorf("config with the built-in sources says nothing of CEPOL's browser:\n%s", plain.stdout)
	}
	if path, err := exec.LookPath("chromium"); err == nil {
		res := runCmd(t, "", "config", "--sources", sources)
		if !strings.Contains(res.stdout, path+" (for CEPOL)") {
			t.Errorf("config output lacks the browser found:\n%s", res.stdout)
		}
	}
}

// A crawl warns at start that a source needs a browser that is missing, and
// that source fails; nothing else is touched.
func TestCrawlWithoutTheBrowserWarnsAndFailsTheSource(t *testing.T) {
	sources := scriptSources(t)
	res := runCmd(t, "", "crawl", "--data", t.TempDir(), "--sources", sources, "--browser", filepath.Join(t.TempDir(), "no-chromium"))
	if res.code != exitFail {
		t.Fatalf("crawl exited %d, want %d:\n%s\n%s", res.code, exitFail, res.stdout, res.stderr)
	}
	for _, want := range []string{"no browser: the sources with fetch: browser will fail", "CEPOL", "no Chromium found"} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, res.stderr)
		}
	}
}

// The end-to-end path for a newsroom built by JavaScript: crawl it with
// fetch: browser, then find its releases through the API.
func TestCrawlScriptNewsroomThenSearch(t *testing.T) {
	needChromium(t)
	t.Setenv("TMPDIR", t.TempDir())
	sources := scriptSources(t)
	data := t.TempDir()
	res := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitOK || !strings.Contains(res.stdout, "0 failure(s)") {
		t.Fatalf("crawl exited %d:\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	base := startServe(t, data)
	releases := demosite.ScriptReleases()
	if all := apiSearch(t, base, "agency=CEPOL&size=100"); all.Total != len(releases) {
		t.Errorf("CEPOL releases found = %d, want %d", all.Total, len(releases))
	}
	r := releases[2]
	ans := apiSearch(t, base, "q=hate+crime+bias+motive")
	if ans.Total < 1 || ans.Hits[0].Title != r.Title || ans.Hits[0].Agency != "CEPOL" || ans.Hits[0].Published != r.Date() {
		t.Errorf("search for a CEPOL release's words = %+v, want %q of %s", ans.Hits, r.Title, r.Date())
	}
}

// Without Chromium the demo still runs: it skips the CEPOL newsroom, which
// is built by JavaScript, and says so.
func TestDemoWithoutTheBrowserSkipsTheScriptNewsroom(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	args := []string{"demo", "--addr", "127.0.0.1:0", "--browser", filepath.Join(t.TempDir(), "no-chromium")}
	go func() { done <- runEnv(ctx, args, e) }()
	t.Cleanup(func() { cancel(); <-done })
	waitFor(t, "the demo", 2*time.Minute, func() bool {
		select {
		case code := <-done:
			t.Fatalf("demo exited %d: %s%s", code, stdout.String(), stderr.String())
		default:
		}
		return demoReady.MatchString(stdout.String())
	})
	if want := "the demo skips CEPOL, whose pages are built by JavaScript"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
}
