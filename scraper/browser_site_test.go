package scraper_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// needChromium skips a test where Chromium is not installed, except under
// CI=true, where it must be (make test installs it).
func needChromium(t testing.TB) {
	t.Helper()
	if _, err := scraper.LookBrowser(""); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is not installed: %v", err)
		}
		t.Skipf("chromium is not installed (apt-get install chromium): %v", err)
	}
}

// browserTemp gives the test's Chromium a temporary directory of its own,
// so that its processes can be told from those of tests running beside it:
// every one has --user-data-dir=<dir>/... on its command line.
func browserTemp(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	return dir
}

// chromiumProcesses counts the live processes whose command line names a
// user data directory under dir.
func chromiumProcesses(t testing.TB, dir string) int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	n := 0
	for _, e := range entries {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		cmd, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || !strings.Contains(string(cmd), "--user-data-dir="+dir) {
			continue
		}
		if stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat")); err == nil && strings.Contains(string(stat), ") Z ") {
			continue // a zombie is gone, only not yet reaped
		}
		n++
	}
	return n
}

// noChromiumLeft fails the test if Chromium processes of dir are still
// alive shortly after a crawl ended.
func noChromiumLeft(t testing.TB, dir, after string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		n := chromiumProcesses(t, dir)
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			out, _ := exec.Command("ps", "-eo", "pid,ppid,args").Output()
			t.Fatalf("%d Chromium processes left after %s:\n%s", n, after, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// jsRelease is a release of the script-built newsroom: the JSON its page
// script reads.
type jsRelease struct {
	Slug  string   `json:"slug"`
	Title string   `json:"title"`
	Date  string   `json:"date"`
	Lead  string   `json:"lead"`
	Body  []string `json:"body"`
	Tags  []string `json:"tags"`
}

var jsReleases = []jsRelease{
	{"course-on-digital-evidence", "Course on digital evidence opens for applications", "2024-05-14",
		"Investigators from all member states may apply until June.",
		[]string{"The training agency opens a five-day course on handling digital evidence in cross-border cases.",
			"Trainers from three national police academies teach the modules in English."},
		[]string{"Training", "Cybercrime"}},
	{"exchange-programme-results", "Exchange programme placed 400 officers last year", "2024-04-02",
		"The yearly report counts placements in every member state.",
		[]string{"The exchange programme placed 400 law enforcement officers with colleagues abroad in 2023.",
			"Most placements lasted two weeks; a third of them concerned border management."},
		[]string{"Exchange"}},
	{"webinar-on-trafficking-indicators", "Webinar series on trafficking indicators", "2024-02-20",
		"Four sessions explain how front-line officers spot victims.",
		[]string{"A series of four webinars explains the indicators of trafficking in human beings.",
			"Each session ends with a case study written by practitioners."},
		[]string{"Training", "Trafficking"}},
}

// jsShell is every page of the script-built newsroom as sent: an empty
// application root and the script that fills it.
const jsShell = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Training Agency</title></head>
<body><div id="app"></div><noscript>Please enable JavaScript to read this site.</noscript>
<script src="/static/app.js"></script></body></html>`

// jsApp builds the listing and the release pages from the JSON API.
const jsApp = `(async () => {
  const app = document.getElementById("app");
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  const path = location.pathname;
  if (path === "/newsroom/news") {
    const page = new URLSearchParams(location.search).get("page") || "0";
    const data = await (await fetch("/api/news?page=" + page)).json();
    let html = "<main><h1>News</h1>";
    for (const r of data.items) {
      html += '<div class="card"><h3><a href="/newsroom/news/' + r.slug + '">' + esc(r.title) + '</a></h3>' +
        '<time datetime="' + r.date + '">' + r.date + '</time></div>';
    }
    if (data.next !== null) html += '<a rel="next" href="/newsroom/news?page=' + data.next + '">Next</a>';
    app.innerHTML = html + "</main>";
    return;
  }
  const slug = path.split("/").pop();
  const r = await (await fetch("/api/news/" + slug)).json();
  document.title = r.title + " | Training Agency";
  const meta = document.createElement("meta");
  meta.name = "description";
  meta.content = r.lead;
  document.head.appendChild(meta);
  app.innerHTML = '<main><article><h1>' + esc(r.title) + '</h1><time datetime="' + r.date + '">' + r.date + '</time>' +
    r.body.map((p) => "<p>" + esc(p) + "</p>").join("") +
    '<ul class="tags">' + r.tags.map((t) => '<li><a rel="tag" href="/tags/' + t + '">' + esc(t) + '</a></li>').join("") + '</ul>' +
    '</article></main>';
})();`

// jsSite serves the script-built newsroom on s: two listing pages and the
// releases, all built by /static/app.js from /api/.
func jsSite(t *testing.T) *site {
	t.Helper()
	s := newSite(t)
	s.text("/static/app.js", "text/javascript", jsApp)
	pages := [][]jsRelease{jsReleases[:2], jsReleases[2:]}
	for i, items := range pages {
		s.text(fmt.Sprintf("/newsroom/news?page=%d", i), "text/html; charset=utf-8", jsShell)
		var next any
		if i+1 < len(pages) {
			next = i + 1
		}
		s.text(fmt.Sprintf("/api/news?page=%d", i), "application/json", mustJSON(t, map[string]any{"items": items, "next": next}))
	}
	for _, r := range jsReleases {
		s.text("/newsroom/news/"+r.Slug, "text/html; charset=utf-8", jsShell)
		s.text("/api/news/"+r.Slug, "application/json", mustJSON(t, r))
	}
	return s
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsSource is the source of the script-built newsroom, with extra YAML.
func (s *site) jsSource(t testing.TB, extra string) scraper.Source {
	t.Helper()
	y := fmt.Sprintf(`sources:
  - name: Training
    kind: html
    start: ['%s/newsroom/news?page=0']
    article: '/newsroom/news/[a-z0-9-]+$'
    next: 'a[rel=next]'
    timezone: Europe/Budapest
%s`, s.srv.URL, extra)
	if !strings.Contains(extra, "allow_hosts:") {
		y += "    allow_hosts: [127.0.0.1]\n"
	}
	sources, err := scraper.LoadSources([]byte(y), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sources[0]
}

// browserConfig is testConfig with room for a browser's start and pages.
func browserConfig() scraper.Config {
	cfg := testConfig()
	cfg.RequestTimeout = 5 * time.Second
	cfg.HeaderTimeout = 5 * time.Second
	cfg.Browser.PageTimeout = 20 * time.Second
	cfg.Browser.Settle = 200 * time.Millisecond
	return cfg
}

// hits returns the paths requested, in order, without robots.txt.
func hits(log []seen) []string {
	var out []string
	for _, r := range log {
		if r.path != "/robots.txt" {
			out = append(out, r.path)
		}
	}
	return out
}

var _ = http.StatusOK
