package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/internal/demosite"
)

// servesEmpty starts serve on data and checks that it is ready and finds
// nothing: an empty archive builds an empty generation that is served.
func servesEmpty(t *testing.T, data string) {
	t.Helper()
	base := startServe(t, data)
	resp, err := http.Get(base + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("readyz over an empty generation = %d, want 200", resp.StatusCode)
	}
	if ans := apiSearch(t, base, ""); ans.Total != 0 || len(ans.Hits) != 0 {
		t.Errorf("search over an empty generation = %+v, want nothing", ans)
	}
	if ans := apiSearch(t, base, "q=europol"); ans.Total != 0 {
		t.Errorf("search europol over an empty generation = %+v, want nothing", ans)
	}
	for _, path := range []string{"/", "/search?q=border", "/search.atom", "/search.csv", "/search.json",
		"/api/v1/suggest?q=bo", "/api/v1/stats", "/api/v1/search?q=border&sort=newest"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s over an empty generation: %d, want 200", path, resp.StatusCode)
		}
	}
}

func TestReindexOfANewDataDirectory(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	res := runCmd(t, "", "reindex", "--data", data)
	if res.code != exitOK {
		t.Fatalf("reindex of a new data directory exited %d: %s%s", res.code, res.stdout, res.stderr)
	}
	if strings.Contains(res.stderr, "scorch") || !strings.Contains(res.stdout, "holds 0 documents") {
		t.Errorf("reindex said %q / %q", res.stdout, res.stderr)
	}
	servesEmpty(t, data)
}

func TestEmptyImport(t *testing.T) {
	data := t.TempDir()
	res := runCmd(t, "", "import", "--data", data, writeFile(t, "empty.jsonl", ""))
	if res.code != exitOK {
		t.Fatalf("empty import exited %d: %s%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.stdout, "holds 0 document(s)") {
		t.Errorf("empty import said %q", res.stdout)
	}
	servesEmpty(t, data)
}

func TestFirstCrawlWhereEverySourceFailed(t *testing.T) {
	gone := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(gone.Close)
	sources := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(sources, demosite.Sources(gone.URL), 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	res := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitFail {
		t.Errorf("crawl where every source failed exited %d, want 1", res.code)
	}
	if strings.Contains(res.stderr, "scorch") {
		t.Errorf("crawl printed an internal message: %s", res.stderr)
	}
	if !strings.Contains(res.stdout, "Crawled ") || !strings.Contains(res.stdout, "Index generation") {
		t.Errorf("crawl summary lost: stdout %q, stderr %q", res.stdout, res.stderr)
	}
	status := runCmd(t, "", "status", "--data", data)
	if !strings.Contains(status.stdout, "Crawled ") {
		t.Errorf("status does not show the crawl: %s", status.stdout)
	}
	servesEmpty(t, data)
}

// A build that fails after a crawl keeps the crawl's summary: printed, and
// in the run log that status shows.
func TestCrawlSummarySurvivesAFailedBuild(t *testing.T) {
	gone := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(gone.Close)
	sources := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(sources, demosite.Sources(gone.URL), 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	// An index "directory" that is a file makes every build fail.
	if err := os.WriteFile(filepath.Join(data, "index"), []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := runCmd(t, "", "crawl", "--data", data, "--sources", sources)
	if res.code != exitFail {
		t.Errorf("crawl with a failing build exited %d, want 1", res.code)
	}
	if !strings.Contains(res.stdout, "Crawled 6 source(s)") {
		t.Errorf("crawl summary lost when the build failed: stdout %q", res.stdout)
	}
	if !strings.Contains(res.stderr, "jhasearch crawl: ") {
		t.Errorf("the build's failure is not reported: %s", res.stderr)
	}
	status := runCmd(t, "", "status", "--data", data)
	if !strings.Contains(status.stdout, "Crawled 6 source(s)") {
		t.Errorf("status does not show the crawl: %s", status.stdout)
	}
}
