package scraper_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/scraper"
)

func TestDefaultSourcesAreTheTenAgencies(t *testing.T) {
	sources := defaultSources(t)
	var names []string
	for _, s := range sources {
		names = append(names, s.Name)
	}
	want := "eu-LISA Europol Eurojust Frontex EUAA FRA CEPOL EUDA EIGE EPPO"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("sources = %s, want %s", got, want)
	}
	if _, ok := scraper.Lookup(sources, "frontex"); !ok {
		t.Error("Lookup ignores case: frontex not found")
	}
}

func TestLoadSourcesErrorsNameSourceAndKey(t *testing.T) {
	const head = "sources:\n  - name: Frontex\n"
	tests := []struct {
		name, yaml, want string
	}{
		{"no sources", "other: 1\n", `line 1: unknown key "other"`},
		{"empty list", "sources: []\n", `no sources`},
		{"no name", "sources:\n  - kind: feed\n", `source 1 (""): name: required`},
		{"no kind", head, `source 1 ("Frontex"): kind: required`},
		{"bad kind", head + "    kind: rss\n", `kind: "rss" is not one of`},
		{"no start", head + "    kind: feed\n", `start: required`},
		{"relative start", head + "    kind: feed\n    start: [/news]\n", `start[0]: "/news" is not an absolute`},
		{"ftp start", head + "    kind: feed\n    start: [ftp://x.eu/f]\n", `start[0]`},
		{"no article", head + "    kind: feed\n    start: [https://x.eu/f]\n", `article: required`},
		{"bad article", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: '(['\n", `article: error parsing regexp`},
		{"html without next", head + "    kind: html\n    start: [https://x.eu/f]\n    article: x\n", `next: required for kind html`},
		{"bad selector", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    select:\n      title: 'h1[['\n", `select.title: selector "h1[["`},
		{"bad remove", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    select:\n      remove: ['.ok', 'a >> b']\n", `select.remove[1]`},
		{"bad zone", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    timezone: Mars/Olympus\n", `timezone: "Mars/Olympus"`},
		{"bad rate", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    rate: fast\n", `rate: "fast"`},
		{"bad layout", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    date_layout: 'DD/MM/YYYY'\n", `date_layout`},
		{"unknown key", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    artcle: y\n", `line 6: unknown key "artcle"`},
		{"bad allow host", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    allow_hosts: ['http://a']\n", `allow_hosts: "http://a"`},
		{"bad fetch", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    fetch: chrome\n", `source 1 ("Frontex"): fetch: "chrome" is not one of http, browser`},
		{"browser europol", head + "    kind: europol\n    start: [https://x.eu/f]\n    article: x\n    fetch: browser\n", `fetch: browser does not apply to kind europol`},
		{"bad header name", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    headers: {'X Token': s3cret}\n", `headers: "X Token" is not a header name`},
		{"header user agent", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    headers: {user-agent: Mozilla}\n", `headers.user-agent: set by the crawler itself`},
		{"header line break", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    headers: {Cookie: \"a=1\\r\\nX: 2\"}\n", `headers.Cookie: the value is empty or holds a line break`},
		{"twice", head + "    kind: feed\n    start: [https://x.eu/f]\n    article: x\n  - name: frontex\n    kind: feed\n    start: [https://x.eu/f]\n    article: x\n", `source 2 ("frontex"): name: used twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := scraper.LoadSources([]byte(tt.yaml), "sources.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "sources.yaml") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestLoadSourcesKeepsOptionalKeys(t *testing.T) {
	sources, err := scraper.LoadSources([]byte(`
sources:
  - name: Demo
    kind: html
    start: ['http://127.0.0.1:8080/news?page=0']
    article: '/news/[a-z-]+$'
    next: 'a[rel=next]'
    select: {title: h1, remove: [.share]}
    date_layout: '02/01/2006'
    timezone: Europe/Tallinn
    language: EN
    rate: 250ms
    allow_hosts: [127.0.0.1]
`), "demo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := sources[0]
	if s.Rate.String() != "250ms" || s.Language != "en" || s.Select.Title != "h1" || len(s.AllowHosts) != 1 {
		t.Errorf("source read as %+v", s)
	}
	if !s.IsArticle("http://127.0.0.1:8080/news/some-release") || s.IsArticle("http://127.0.0.1:8080/news/") {
		t.Error("article pattern not applied to absolute URLs")
	}
}

// A header's value is a secret: no error and no printed Source shows it.
func TestLoadSourcesKeepsHeadersSecret(t *testing.T) {
	sources, err := scraper.LoadSources([]byte(`
sources:
  - name: Demo
    kind: html
    start: ['https://x.eu/news']
    article: '/news/[a-z-]+$'
    next: 'a[rel=next]'
    fetch: browser
    headers: {Authorization: 'Bearer s3cret-token', X-Agency-Pass: 'p4ss'}
`), "demo.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := sources[0]
	if !s.NeedsBrowser() || s.Fetch != scraper.FetchBrowser {
		t.Errorf("fetch = %q, NeedsBrowser = %v", s.Fetch, s.NeedsBrowser())
	}
	if got := strings.Join(s.HeaderNames(), " "); got != "Authorization X-Agency-Pass" {
		t.Errorf("header names = %q", got)
	}
	for _, printed := range []string{fmt.Sprintf("%v", s), fmt.Sprintf("%+v", s), fmt.Sprintf("%#v", s)} {
		if strings.Contains(printed, "s3cret") || strings.Contains(printed, "p4ss") {
			t.Errorf("a printed source shows a header value: %s", printed)
		}
	}
	_, err = scraper.LoadSources([]byte("sources:\n  - name: D\n    kind: feed\n    start: [https://x.eu/f]\n    article: x\n    headers: {Cookie: \"s3cret\\n\"}\n"), "d.yaml")
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("error = %v, want one that does not quote the value", err)
	}
}
