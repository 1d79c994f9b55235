package extract

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// ScriptShell is the reason given for a page that only a browser can read.
const ScriptShell = "the page is built by JavaScript (as sent it holds scripts and almost no text): " +
	"set \"fetch: browser\" on this source to load it in headless Chromium"

// BuiltByScript reports whether a page as sent is a JavaScript shell: it has
// scripts (or data for them) and, page furniture aside, almost no text, or a
// noscript notice that asks for JavaScript. Such a page is read with
// fetch: browser; the reason above says so.
func BuiltByScript(d *goquery.Document) bool {
	if !hasScripts(d) {
		return false
	}
	body := d.Find("body").Clone()
	body.Find(junk).Remove()
	text := len(PlainText(body))
	asks := strings.Contains(strings.ToLower(d.Find("noscript").Text()), "javascript")
	return text < 300 || asks && text < 1000
}

// hasScripts reports whether the page has scripts or data for them (JSON-LD
// metadata aside). Release asks it of every page, so it is cheap; an empty
// page with scripts is a JavaScript shell.
func hasScripts(d *goquery.Document) bool {
	return d.Find("script").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return !strings.EqualFold(strings.TrimSpace(s.AttrOr("type", "")), "application/ld+json")
	}).Length() > 0
}
