package main

import (
	"context"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/jhasearch/jhasearch/internal/browsertest"
	"github.com/jhasearch/jhasearch/internal/demosite"
)

var demoReady = regexp.MustCompile(`open (http://\S+/) in a browser`)

// startDemo runs `jhasearch demo` in this process on a random port and
// returns the UI's base URL once the sample newsroom is crawled and served.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	done := make(chan int, 1)
	go func() { done <- runEnv(ctx, []string{"demo", "--addr", "127.0.0.1:0"}, e) }()
	t.Cleanup(func() { cancel(); <-done })
	var base string
	waitFor(t, "the demo", 2*time.Minute, func() bool {
		select {
		case code := <-done:
			t.Fatalf("demo exited %d: %s%s", code, stdout.String(), stderr.String())
		default:
		}
		if m := demoReady.FindStringSubmatch(stdout.String()); m != nil {
			base = strings.TrimSuffix(m[1], "/")
		}
		return base != ""
	})
	return base
}

// TestBrowserOverTheDemo drives the demo as a person would, in Chromium:
// search, tick an agency, open a release, and open the release whose title
// holds markup, which must show as text and never run; then find a release
// in six languages once, choose its German version and open its French one.
func TestBrowserOverTheDemo(t *testing.T) {
	b := browsertest.New(t, "demo-browser")
	base := startDemo(t)

	b.Do(t, "search", chromedp.Navigate(base+"/search?q=border"), chromedp.WaitVisible(chromedp.CSS("ol.hits li.hit")))
	before := browsertest.Run(t, b, "total", chromedp.Text(chromedp.CSS("h1.total")))
	frontex := browsertest.Run(t, b, "Frontex count", chromedp.Text(chromedp.CSS(
		`fieldset[data-facet=agency] input[value=Frontex] + label .count`)))
	if _, err := strconv.Atoi(strings.ReplaceAll(frontex, ",", "")); err != nil {
		t.Fatalf("the Frontex facet count %q is not a number", frontex)
	}
	b.Screenshot(t, "results")

	b.Do(t, "tick Frontex and apply",
		chromedp.Click(chromedp.CSS(`input[name=agency][value=Frontex]`)),
		chromedp.Click(chromedp.CSS(`.apply button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name=agency][value=Frontex][checked]`)))
	after := browsertest.Run(t, b, "total after", chromedp.Text(chromedp.CSS("h1.total")))
	agencies := browsertest.Run(t, b, "agencies", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("li.hit .agencies")).map(e => e.textContent)`))
	location := browsertest.Run(t, b, "location", chromedp.Location())
	if before == after || !strings.Contains(after, " "+frontex+" release") {
		t.Errorf("total %q → %q; want the %s Frontex releases the facet promised", before, after, frontex)
	}
	for _, a := range agencies {
		if !strings.Contains(a, "Frontex") {
			t.Errorf("a result of %q after ticking Frontex", a)
		}
	}
	if len(agencies) == 0 || !strings.Contains(location, "agency=Frontex") {
		t.Errorf("%d results at %s; want Frontex results and the filter in the URL", len(agencies), location)
	}
	b.Screenshot(t, "results-frontex")

	b.Do(t, "open the first release", chromedp.Click(chromedp.CSS(`li.hit h3 a`)),
		chromedp.WaitVisible(chromedp.CSS("article.document h1")))
	body := browsertest.Run(t, b, "body", chromedp.Text(chromedp.CSS("article.document")))
	if !strings.Contains(strings.ToLower(body), "border") {
		t.Errorf("the release found for border does not mention it:\n%.300s", body)
	}
	b.Screenshot(t, "document")

	b.Do(t, "find the markup release",
		chromedp.Navigate(base+"/search?q="+url.QueryEscape(`title:onerror`)),
		chromedp.WaitVisible(chromedp.CSS("li.hit h3 a")))
	b.Screenshot(t, "results-markup")
	b.Do(t, "open it", chromedp.Click(chromedp.CSS(`li.hit h3 a`)), chromedp.WaitVisible(chromedp.CSS("article.document h1")))
	title := browsertest.Run(t, b, "title", chromedp.Text(chromedp.CSS("article.document h1")))
	imgs := browsertest.Run(t, b, "img", chromedp.Evaluate[int](`document.querySelectorAll("img").length`))
	inline := browsertest.Run(t, b, "scripts", chromedp.Evaluate[int](`document.querySelectorAll("script:not([src])").length`))
	if title != demosite.ScriptTitle || imgs != 0 || inline != 0 {
		t.Errorf("markup release: title %q (want %q), %d img, %d inline scripts", title, demosite.ScriptTitle, imgs, inline)
	}
	b.Screenshot(t, "document-markup")

	// The release in six languages: one hit for a German word, with links
	// to its other versions; ticking Deutsch (de) shows the German one.
	b.Do(t, "search in German",
		chromedp.Navigate(base+"/search?q="+url.QueryEscape("Grenzkontrollen")+"&agency=Frontex"),
		chromedp.WaitVisible(chromedp.CSS("li.hit p.also-in")))
	also := browsertest.Run(t, b, "also in", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("li.hit p.also-in a")).map(e => e.textContent)`))
	if len(also) != 5 {
		t.Errorf("also in %q, want the five other languages of the release", also)
	}
	label := browsertest.Run(t, b, "German label", chromedp.Text(chromedp.CSS(
		`fieldset[data-facet=language] input[value=de] + label .value`)))
	if label != "Deutsch (de)" {
		t.Errorf("language facet shows %q, want Deutsch (de)", label)
	}
	b.Screenshot(t, "results-languages")
	b.Do(t, "tick Deutsch and apply",
		chromedp.Click(chromedp.CSS(`input[name=language][value=de]`)),
		chromedp.Click(chromedp.CSS(`.apply button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name=language][value=de][checked]`)))
	langs := browsertest.Run(t, b, "hit languages", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("li.hit")).map(e => e.lang)`))
	if len(langs) != 1 || langs[0] != "de" {
		t.Errorf("hits in %q after ticking Deutsch, want the German version", langs)
	}
	b.Do(t, "open the French version", chromedp.Click(chromedp.CSS(`li.hit p.also-in a[hreflang=fr]`)),
		chromedp.WaitVisible(chromedp.CSS("article.document h1")))
	if h := browsertest.Run(t, b, "French title", chromedp.Text(chromedp.CSS("article.document h1"))); !strings.Contains(h, "frontières") {
		t.Errorf("the FR link opened %q", h)
	}

	dialogs, problems := b.Seen()
	if len(dialogs) != 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	if len(problems) != 0 {
		t.Errorf("console errors: %q", problems)
	}
	t.Logf("%s → %s", before, after)
}
