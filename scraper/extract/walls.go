package extract

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

var (
	// challengeTitle matches the titles of bot walls and challenge pages;
	// the generic phrases only as a whole title, so that a release about a
	// "security check" is never taken for one.
	challengeTitle = regexp.MustCompile(`(?i)just a moment|checking your browser|attention required|` +
		`verify (that )?you are (a )?human|not a (ro)?bot|are you a robot|bot (check|protection|verification)|` +
		`proof[ -]of[ -]work|ddos protection|^(access denied|security check|forbidden)\W*$`)
	// challengeScript matches scripts that solve a challenge in the browser.
	challengeScript = regexp.MustCompile(`(?i)proof[-_ ]?of[-_ ]?work|\bpow[-_]?challenge|hashcash|` +
		`challenge[-_]?(solver|platform|token)|captcha|anubis`)
)

// Challenge names a bot wall: some (FRA's proof-of-work wall) answer 200
// with a page that only solves a puzzle in JavaScript, and must not be
// indexed as a release. It returns "" for an ordinary page.
func Challenge(d *goquery.Document) string {
	text := PlainText(d.Find("body"))
	title := Collapse(d.Find("title").First().Text())
	if m := challengeTitle.FindString(title); m != "" && len(text) < 2000 {
		return "bot challenge page (" + strings.ToLower(m) + ")"
	}
	markers := d.Find("script").Text() + " " + d.Find("noscript").Text() + " " + text
	d.Find("script[src]").Each(func(_ int, s *goquery.Selection) { markers += " " + s.AttrOr("src", "") })
	if m := challengeScript.FindString(markers); m != "" && len(text) < 600 {
		return "bot challenge page (" + strings.ToLower(m) + " script and no content)"
	}
	return ""
}

// consentTitle matches the titles of cookie and consent walls.
var consentTitle = regexp.MustCompile(`(?i)^cookies?\b|cookie (consent|settings|policy|preferences|notice)|` +
	`privacy (choices|settings|preferences)|(manage|your) (cookie|consent)|consent (required|management)`)

// cookieWall names a page that is only a consent form: a consent title and
// little text, whatever the markup of the form.
func cookieWall(d *goquery.Document) string {
	title := Collapse(d.Find("title").First().Text())
	text := PlainText(d.Find("body"))
	if consentTitle.MatchString(title) && len(text) < 1500 && strings.Contains(strings.ToLower(text), "cookie") {
		return "cookie wall (" + title + ")"
	}
	return ""
}

// listing says why body looks like a listing of releases rather than one:
// several links to releases (with dates, as cards have) whose text makes
// up much of the page.
func (src Rules) listing(body *goquery.Selection, canon string) string {
	base, err := url.Parse(canon)
	if err != nil {
		return ""
	}
	links, linkText := map[string]bool{}, 0
	body.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		link, ok := src.ReleaseLink(base, a.AttrOr("href", ""))
		if !ok || link == canon {
			return
		}
		links[link] = true
		linkText += len(PlainText(a))
	})
	total, dates := len(PlainText(body)), body.Find("time").Length()
	n, share := len(links), float64(linkText)/float64(max(total, 1))
	// Many release links, or a few whose cards carry dates, that make up
	// much of the text: a short release with a few related links is kept.
	if n >= 3 && (share >= 0.5 || share >= 0.2 && (dates >= 3 || n >= 8)) {
		return "listing page: links to several releases instead of one release's text"
	}
	return ""
}
