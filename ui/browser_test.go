package ui

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/internal/browsertest"
)

// TestBrowser drives the real app in Chromium as a person would: filter
// with a facet checkbox and the Apply button, open a document, and check
// that the hostile release never runs.
func TestBrowser(t *testing.T) {
	b := browsertest.New(t, "ui-browser")
	srv := httptest.NewServer(testApp)
	defer srv.Close()

	b.Do(t, "open results", chromedp.Navigate(srv.URL+"/search?tag=training"),
		chromedp.WaitVisible(chromedp.CSS("ol.hits li.hit")))
	before := browsertest.Run(t, b, "total", chromedp.Text(chromedp.CSS("h1.total")))
	b.Screenshot(t, "results")

	b.Do(t, "tick CEPOL and apply",
		chromedp.Click(chromedp.CSS(`input[name=agency][value=CEPOL]`)),
		chromedp.Click(chromedp.CSS(`.apply button[type=submit]`)),
		// The server renders the ticked box with the checked attribute.
		chromedp.WaitVisible(chromedp.CSS(`input[name=agency][value=CEPOL][checked]`)))
	after := browsertest.Run(t, b, "total after", chromedp.Text(chromedp.CSS("h1.total")))
	agencies := browsertest.Run(t, b, "agencies", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("li.hit .agencies")).map(e => e.textContent)`))
	location := browsertest.Run(t, b, "location", chromedp.Location())
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
	b.Screenshot(t, "results-filtered")

	b.Do(t, "open the hostile release", chromedp.Click(chromedp.CSS(`a[href="/documents/`+xssID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("article.document h1")))
	title := browsertest.Run(t, b, "title", chromedp.Text(chromedp.CSS("article h1")))
	imgs := browsertest.Run(t, b, "count img", chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	scripts := browsertest.Run(t, b, "count scripts", chromedp.Evaluate[int](`document.querySelectorAll("script:not([src])").length`))
	if title != "Markup test "+xssScript+" release" || imgs != 0 || scripts != 0 {
		t.Errorf("document page: title %q, %d img, %d inline scripts", title, imgs, scripts)
	}
	b.Screenshot(t, "document-hostile")

	b.Do(t, "open a document with partners", chromedp.Navigate(srv.URL+"/documents/"+jointEulID),
		chromedp.WaitVisible(chromedp.CSS("section.joint")))
	b.Screenshot(t, "document-joint")

	// Keyboard: the first Tab reaches the skip link, which then shows.
	b.Do(t, "tab to the skip link", chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.KeyEvent(kb.Tab))
	focus := browsertest.Run(t, b, "focused element", chromedp.Evaluate[[]string](`(() => {
		const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
		return [e.className, String(r.top >= 0 && r.bottom > 0), s.outlineStyle];
	})()`))
	if diff := cmp.Diff([]string{"skip", "true", "solid"}, focus); diff != "" {
		t.Errorf("first Tab: focused element mismatch (-want +got):\n%s", diff)
	}
	b.Screenshot(t, "home-skip-link")

	b.Do(t, "type for suggestions", chromedp.Navigate(srv.URL+"/"),
		chromedp.SendKeys(chromedp.CSS("#q"), "euro"),
		chromedp.WaitReady(chromedp.CSS("datalist option")))

	b.Do(t, "phone size", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(srv.URL+"/search?q=markup"), chromedp.WaitVisible(chromedp.CSS("li.hit")))
	wide := browsertest.Run(t, b, "page width", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if wide {
		t.Error("the results page scrolls sideways on a phone")
	}
	b.Screenshot(t, "phone-results")

	dialogs, problems := b.Seen()
	if len(dialogs) != 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if len(problems) != 0 {
		t.Errorf("console errors (CSP violations?): %q", problems)
	}
}
