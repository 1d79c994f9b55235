package scraper

import (
	"net/url"
	"regexp"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper/extract"
)

// Link is a release found on a listing, feed or sitemap, with what the
// listing says of it. Title and Date are hints for reports and tests; the
// document is always built from the release's own page.
type Link struct {
	URL   string    `json:"url"`
	Title string    `json:"title,omitempty"`
	Date  time.Time `json:"date,omitzero"`
	// Modified is a sitemap's lastmod: a change hint, never a publication date.
	Modified time.Time `json:"modified,omitzero"`

	canon string
	known *jhasearch.Page
	// strikes counts the 404 and 410 answers in a row the release gave in
	// earlier crawls, as remembered in the Store's Notebook.
	strikes int
}

// genericText matches link texts that say nothing of the release.
var genericText = regexp.MustCompile(`(?i)^(read more|more|read the (full )?(story|article|news|press release)|` +
	`continue reading|learn more|find out more|details|view|see more)?[\s.…»›→>]*$`)

// ListingLinks returns the releases linked from an HTML listing page, in
// page order, each once. A link whose text is generic ("Read More") takes
// its title from the heading of its card.
func ListingLinks(src Source, d *goquery.Document, base *url.URL) []Link {
	rules := src.rules()
	var out []Link
	at := map[string]int{}
	d.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		l, ok := src.newLink(base, a.AttrOr("href", ""))
		if !ok {
			return
		}
		card := a
		l.Title = extract.PlainText(a)
		if h := a.Find("h1, h2, h3, h4, h5").First(); h.Length() > 0 {
			l.Title = extract.PlainText(h) // a card that is all one link
		}
		if genericText.MatchString(l.Title) {
			l.Title, card = cardTitle(a)
		}
		l.Title = clipHint(l.Title)
		l.Date = cardDate(rules, card)
		if i, dup := at[l.canon]; dup {
			if out[i].Title == "" {
				out[i].Title = l.Title
			}
			return
		}
		at[l.canon] = len(out)
		out = append(out, l)
	})
	return out
}

// maxURLBytes is the longest URL the crawler follows; longer links are
// not releases (real ones are a few hundred bytes) and would make the sets
// of URLs a crawl keeps grow without bound.
const maxURLBytes = 2048

// maxHintBytes bounds a Link's title hint.
const maxHintBytes = 512

// newLink resolves href against base and keeps it when it is a release.
func (src Source) newLink(base *url.URL, href string) (Link, bool) {
	if len(href) > maxURLBytes {
		return Link{}, false
	}
	ref, err := base.Parse(href)
	if err != nil {
		return Link{}, false
	}
	ref.Fragment = ""
	if !src.ownsHost(ref.Hostname()) || !src.IsArticle(ref.String()) {
		return Link{}, false
	}
	canon, err := jhasearch.CanonicalURL(ref.String())
	if err != nil || len(ref.String()) > maxURLBytes {
		return Link{}, false
	}
	return Link{URL: ref.String(), canon: canon}, true
}

// cardTitle finds the heading of the card around a, looking a few levels
// up; it returns the card too, for its date.
func cardTitle(a *goquery.Selection) (string, *goquery.Selection) {
	p := a.Parent()
	for i := 0; i < 5 && p.Length() > 0; i++ {
		h := p.Find("h1, h2, h3, h4, h5, [class*='title']").FilterFunction(func(_ int, s *goquery.Selection) bool {
			t := extract.PlainText(s)
			return t != "" && !genericText.MatchString(t)
		}).First()
		if h.Length() > 0 {
			return extract.PlainText(h), p
		}
		p = p.Parent()
	}
	return "", a
}

// cardDate is the date shown next to a listing link, if any.
func cardDate(src extract.Rules, card *goquery.Selection) time.Time {
	for p, i := card, 0; i < 4 && p.Length() > 0; i, p = i+1, p.Parent() {
		if tm := p.Find("time[datetime]").First(); tm.Length() > 0 {
			if t, ok := src.ParseDate(tm.AttrOr("datetime", "")); ok {
				return t
			}
		}
		if p.Find("a[href]").Length() > 1 {
			break // left the card: a date further up is another release's
		}
		if t, ok := src.FindDateIn(extract.PlainText(p)); ok {
			return t
		}
	}
	return time.Time{}
}

// clipHint cuts a title hint to maxHintBytes, on a character boundary.
func clipHint(s string) string {
	if len(s) <= maxHintBytes {
		return s
	}
	cut := maxHintBytes
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// nextPage is the absolute URL of a listing's next page, or "".
func (src Source) nextPage(d *goquery.Document, base *url.URL) string {
	href, ok := d.Find(src.Next).First().Attr("href")
	if !ok || len(href) > maxURLBytes {
		return ""
	}
	ref, err := base.Parse(href)
	if err != nil || !src.ownsHost(ref.Hostname()) || (ref.Scheme != "http" && ref.Scheme != "https") {
		return ""
	}
	ref.Fragment = ""
	return ref.String()
}

// NextPage is the absolute URL of an HTML listing's next page, or "" on
// the last page.
func NextPage(src Source, d *goquery.Document, base *url.URL) string {
	return src.nextPage(d, base)
}
