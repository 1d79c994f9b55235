package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// robotsSite is a newsroom whose robots.txt disallows one of the two
// releases its listing links to.
func robotsSite(t *testing.T) (sourcesFile string) {
	t.Helper()
	article := func(title string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title></head><body><main><article><h1>` + title +
			`</h1><time datetime="2024-05-02">2 May 2024</time><p>The text of the release ` + title + `.</p></article></main></body></html>`
	}
	pages := map[string]string{
		"/robots.txt":             "User-agent: *\nDisallow: /news/embargoed\n",
		"/news":                   `<html><body><a href="/news/public-release">Public release</a> <a href="/news/embargoed-release">Embargoed release</a></body></html>`,
		"/news/public-release":    article("Public release"),
		"/news/embargoed-release": article("Embargoed release"),
	}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/news/embargoed-release" {
			t.Errorf("the release robots.txt disallows was fetched")
		}
		io.WriteString(w, body)
	}))
	t.Cleanup(site.Close)
	return writeFile(t, "sources.yaml", fmt.Sprintf(`sources:
  - name: Polite
    kind: html
    start: ['%s/news']
    article: '/news/[a-z-]+$'
    next: 'a[rel=next]'
    allow_hosts: [127.0.0.1]
`, site.URL))
}

// A release that robots.txt disallows is a skip, not a failure: the crawl
// exits 0 every night and says what it skipped, in its summary and metrics.
func TestCrawlSkipsWhatRobotsDisallows(t *testing.T) {
	sources := robotsSite(t)
	data := t.TempDir()
	res := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitOK {
		t.Fatalf("crawl exited %d, want 0:\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	for _, want := range []string{"1 new", "0 failure(s)", "1 page(s) skipped by robots.txt"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("crawl summary lacks %q: %q", want, res.stdout)
		}
	}
	base := startServe(t, data)
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	if want := `jhasearch_crawl_source_skipped_robots{source="Polite"} 1`; !strings.Contains(string(page), want) {
		t.Errorf("metrics lack %s", want)
	}
}
