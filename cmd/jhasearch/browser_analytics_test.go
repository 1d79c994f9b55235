package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/jhasearch/jhasearch/internal/browsertest"
)

// TestBrowserAnalystViews drives the analyst views over the demo in
// Chromium: the characteristic words and the compare link of a results
// page, the /trends chart, its form and its points, and the last 30 days
// on the landing page.
func TestBrowserAnalystViews(t *testing.T) {
	b := browsertest.New(t, "demo-analytics")
	base := startDemo(t)

	b.Do(t, "search", chromedp.Navigate(base+"/search?q=smuggling"), chromedp.WaitVisible(chromedp.CSS("nav.terms li a")))
	words := browsertest.Run(t, b, "words", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("nav.terms li a")).map(a => a.getAttribute("href"))`))
	if len(words) == 0 || len(words) > 15 {
		t.Fatalf("%d characteristic words, want 1 to 15", len(words))
	}
	for _, w := range words {
		// A refining link asks for every word: one more word narrows.
		if !strings.HasPrefix(w, "/search?") || !strings.Contains(w, "q=smuggling+") || !strings.Contains(w, "match=all") {
			t.Errorf("word link %q does not refine the search", w)
		}
	}
	b.Screenshot(t, "results-words")

	b.Do(t, "refine by the first word", chromedp.Click(chromedp.CSS("nav.terms li:first-child a")),
		chromedp.WaitVisible(chromedp.CSS("h1.total")))
	shown := browsertest.Run(t, b, "count shown", chromedp.Evaluate[string](`document.title`))
	if !strings.Contains(shown, "smuggling ") {
		t.Errorf("refined search %q", shown)
	}

	b.Do(t, "compare over time", chromedp.Navigate(base+"/search?q=smuggling"),
		chromedp.Click(chromedp.CSS("p.compare a")), chromedp.WaitVisible(chromedp.CSS("figure.trendchart svg")))
	b.Do(t, "add a question and show shares",
		chromedp.SendKeys(chromedp.CSS("#q2"), "cybercrime"),
		chromedp.SetValue(chromedp.CSS("#normalize"), "share"),
		chromedp.Click(chromedp.CSS(".trendopts button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("figure.trendchart g.series.s1")))
	location := browsertest.Run(t, b, "location", chromedp.Location())
	if !strings.Contains(location, "q=cybercrime") || !strings.Contains(location, "normalize=share") {
		t.Errorf("the trend's state is not in its address: %s", location)
	}
	legend := browsertest.Run(t, b, "legend", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("ul.legend li")).map(e => e.textContent)`))
	if len(legend) != 2 || !strings.Contains(legend[0], "smuggling") || !strings.Contains(legend[1], "cybercrime") {
		t.Errorf("legend %q", legend)
	}
	dashes := browsertest.Run(t, b, "dash patterns", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("ul.legend path.line")).map(e => getComputedStyle(e).strokeDasharray)`))
	if len(dashes) != 2 || dashes[0] == dashes[1] {
		t.Errorf("the series' lines are told apart by colour only: dash patterns %q", dashes)
	}
	b.Screenshot(t, "trends")

	// The busiest period of the first series: its point links to the
	// search it counts, and that search finds as many.
	peak := browsertest.Run(t, b, "peak cell", chromedp.Evaluate[[]string](`(() => {
		let best = null;
		document.querySelectorAll("table.trendtable tbody tr td:nth-child(2) a").forEach(a => {
			if (!best || +a.textContent.replace(/,/g, "") > +best.textContent.replace(/,/g, "")) best = a;
		});
		return [best.getAttribute("href"), best.textContent];
	})()`))
	var points []string
	points = browsertest.Run(t, b, "points", chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll("figure.trendchart g.series.s0 a")).map(a => a.getAttribute("href"))`))
	found := false
	for _, p := range points {
		found = found || p == peak[0]
	}
	if !found {
		t.Errorf("no point of the chart links to %s", peak[0])
	}
	b.Do(t, "open the peak's search", chromedp.Click(chromedp.CSS(`figure.trendchart g.series.s0 a[href="`+peak[0]+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("h1.total")))
	total := browsertest.Run(t, b, "total", chromedp.Text(chromedp.CSS("h1.total")))
	if !strings.Contains(total, " "+peak[1]+" release") && !strings.HasPrefix(total, peak[1]+" release") {
		t.Errorf("the peak shows %s releases; its search says %q", peak[1], total)
	}
	b.Screenshot(t, "trends-peak-search")

	b.Do(t, "home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("section.rising")))
	n := browsertest.Run(t, b, "window releases", chromedp.Text(chromedp.CSS("section.rising p a")))
	href := browsertest.Run(t, b, "window link", chromedp.AttributeValue(chromedp.CSS("section.rising p a"), "href")).Value
	if _, err := strconv.Atoi(strings.Fields(n)[0]); err != nil || !strings.Contains(href, "from=") {
		t.Errorf("last 30 days: %q → %q", n, href)
	}
	b.Screenshot(t, "home-rising")

	b.Do(t, "phone size", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile),
		chromedp.Navigate(base+"/trends?q=smuggling&q=cybercrime&q=eurodac&interval=month&from=2024-01-01&to=2025-12-31&normalize=share"),
		chromedp.WaitVisible(chromedp.CSS("figure.trendchart svg")))
	if wide := browsertest.Run(t, b, "page width", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)); wide {
		t.Error("the trends page scrolls sideways on a phone")
	}
	b.Screenshot(t, "phone-trends")

	dialogs, problems := b.Seen()
	if len(dialogs) != 0 || len(problems) != 0 {
		t.Errorf("dialogs %q, console errors (CSP violations?) %q", dialogs, problems)
	}
}
