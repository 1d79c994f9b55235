package demosite

import (
	"html"
	"net/http"
	"strings"
	"testing"
)

func TestEveryArticleShowsTitleAndDate(t *testing.T) {
	srv := newServer(t)
	byName := map[string]*agency{}
	for _, a := range agencies {
		byName[a.name] = a
	}
	for _, r := range Releases() {
		body, res := get(t, r.URL(srv.URL), 200)
		l := layouts[byName[r.Agency].key]
		for _, want := range []string{
			html.EscapeString(r.Title),
			html.EscapeString(l.pageDate(r.Published)),
			html.EscapeString(r.Paragraphs[len(r.Paragraphs)-1]),
			`<link rel="canonical" href="` + r.URL(srv.URL) + `">`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %q", r.Path, want)
			}
		}
		if res.Header.Get("ETag") == "" || res.Header.Get("Last-Modified") == "" {
			t.Errorf("%s: no ETag or Last-Modified", r.Path)
		}
	}
}

func TestArticleConditionalGet(t *testing.T) {
	srv := newServer(t)
	u := Releases()[0].URL(srv.URL)
	_, res := get(t, u, 200)
	tests := []struct{ header, value string }{
		{"If-None-Match", res.Header.Get("ETag")},
		{"If-Modified-Since", res.Header.Get("Last-Modified")},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", u, nil)
		req.Header.Set(tt.header, tt.value)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("%s: %s: status %d, want 304", tt.header, tt.value, res.StatusCode)
		}
	}
}

func TestScriptReleaseIsEscaped(t *testing.T) {
	srv := newServer(t)
	var path string
	for _, r := range Releases() {
		if r.Title == ScriptTitle {
			path = r.Path
		}
	}
	body, _ := get(t, srv.URL+path, 200)
	for _, raw := range []string{"<script>alert(1)</script>", "<img src=x onerror=alert(2)>"} {
		if strings.Contains(body, raw) {
			t.Errorf("page source holds raw %q", raw)
		}
		if n := strings.Count(body, html.EscapeString(raw)); n < 3 {
			t.Errorf("page source holds escaped %q %d times, want title, heading and body", raw, n)
		}
	}
	listing, _ := get(t, srv.URL+"/eurojust/media-and-events/press-releases-and-news?page=0", 200)
	for p := 1; !strings.Contains(listing, html.EscapeString(ScriptTitle)); p++ {
		if strings.Contains(listing, "<script>alert(1)") {
			t.Fatal("listing holds the raw script tag")
		}
		if p > 10 {
			t.Fatal("script release not found in the listing")
		}
		listing, _ = get(t, srv.URL+layouts["eurojust"].pageURL(p), 200)
	}
}

func TestLegacyTagLineAndCredit(t *testing.T) {
	srv := newServer(t)
	body, _ := get(t, srv.URL+"/eulisa/news-and-events/news/empact-communication-network-gathers-in-tallinn", 200)
	for _, want := range []string{"<p>JHAA; European Institutions; Eurodac; SIS</p>\n</div>", "<p><em>Photo: eu-LISA</em></p>", `<time datetime="2024-02-15T10:30:00Z">15 February 2024</time>`} {
		if !strings.Contains(body, want) {
			t.Errorf("seed page lacks %q", want)
		}
	}
	if strings.Contains(body, "field--name-field-tags") {
		t.Error("legacy page has a tag list as well as the tag line")
	}
}

func TestRobotsAndMisses(t *testing.T) {
	srv := newServer(t)
	body, _ := get(t, srv.URL+"/robots.txt", 200)
	if !strings.Contains(body, "Disallow: /private/\n") {
		t.Errorf("robots.txt = %q", body)
	}
	for _, p := range []string{"/eulisa/news-and-events/news/no-such-release", "/euda/news/2024/nothing_en", "/euda/sitemap.xml?page=9", "/private/x"} {
		get(t, srv.URL+p, 404)
	}
	get(t, srv.URL+"/", 200)
	get(t, srv.URL+"/eppo/", 200)
}

func TestOldAddressesRedirect(t *testing.T) {
	srv := newServer(t)
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	n := 0
	for _, r := range Releases() {
		if r.Alias == "" {
			continue
		}
		n++
		res, err := client.Get(r.AliasURL(srv.URL))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != r.Path {
			t.Errorf("%s: %d to %q, want 301 to %s", r.Alias, res.StatusCode, res.Header.Get("Location"), r.Path)
		}
	}
	if n < 10 {
		t.Errorf("%d releases have an old address, want at least 10", n)
	}
	get(t, srv.URL+"/eulisa/Newsroom/News/Pages/No-such-page.aspx", 404)
}

func TestEUDATitleEscapedTwice(t *testing.T) {
	srv := newServer(t)
	n := 0
	for _, r := range agencyReleases("EUDA") {
		if !strings.ContainsAny(r.Title, "&'") {
			continue
		}
		n++
		body, _ := get(t, r.URL(srv.URL), 200)
		want := `<meta property="og:title" content="` + html.EscapeString(html.EscapeString(r.Title)) + ` | EUDA">`
		if !strings.Contains(body, want) {
			t.Errorf("%s lacks %s", r.Path, want)
		}
	}
	if n == 0 {
		t.Error("no EUDA title holds & or ', the double escaping goes untested")
	}
}
