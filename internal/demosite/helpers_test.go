package demosite

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"testing"
)

// newServer serves Handler on a loopback port for the test's lifetime.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(Handler())
	t.Cleanup(srv.Close)
	return srv
}

// get fetches rawURL and fails the test unless the status is want.
func get(t *testing.T, rawURL string, want int) (string, *http.Response) {
	t.Helper()
	res, err := http.Get(rawURL)
	if err != nil {
		t.Fatalf("GET %s: %v", rawURL, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", rawURL, err)
	}
	if res.StatusCode != want {
		t.Fatalf("GET %s: status %d, want %d", rawURL, res.StatusCode, want)
	}
	return string(b), res
}

var hrefRE = regexp.MustCompile(`href="([^"]*)"`)

// links returns the absolute targets of every href on a page, in order.
func links(t *testing.T, page, body string) []string {
	t.Helper()
	base, err := url.Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range hrefRE.FindAllStringSubmatch(body, -1) {
		u, err := base.Parse(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatalf("%s: bad href %q: %v", page, m[1], err)
		}
		out = append(out, u.String())
	}
	return out
}

// releaseURLs returns the absolute URLs of one agency's releases.
func releaseURLs(base, agency string) map[string]bool {
	return urlsOf(agency, func(r Release) string { return r.URL(base) })
}

// listedURLs returns the URLs the agency's listing links: old addresses
// where the release has one.
func listedURLs(base, agency string) map[string]bool {
	return urlsOf(agency, func(r Release) string { return r.ListedURL(base) })
}

func urlsOf(agency string, url func(Release) string) map[string]bool {
	out := map[string]bool{}
	for _, r := range Releases() {
		if r.Agency == agency {
			out[url(r)] = true
		}
	}
	return out
}
