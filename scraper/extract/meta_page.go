package extract

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
)

// langPart finds a language in a URL: a /xx/ path segment or an _xx suffix.
var langPart = regexp.MustCompile(`/(bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv)(?:/|$)|_(bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv)$`)

// language is what the page declares (<html lang>, og:locale, its own
// hreflang link: language.go), or another <html lang> as written, or a
// language part of the URL, or the source's language, or "und"
// (undetermined).
func (src Rules) language(d *goquery.Document, canon string) string {
	if l := pageLanguage(d, canon); l != "" {
		return l
	}
	if l := strings.ToLower(strings.TrimSpace(d.Find("html").AttrOr("lang", ""))); l != "" {
		return strings.SplitN(strings.ReplaceAll(l, "_", "-"), "-", 2)[0]
	}
	if m := langPart.FindStringSubmatch(canon); m != nil {
		return m[1] + m[2]
	}
	if src.Language != "" {
		return src.Language
	}
	return "und"
}

// aliases is the page's rel=canonical URL when it names another address of
// the same source: the release's other URL after a site migration.
func (src Rules) aliases(d *goquery.Document, canon string) []string {
	href, ok := d.Find(`link[rel="canonical"]`).Attr("href")
	if !ok {
		return nil
	}
	u, err := url.Parse(canon)
	if err != nil {
		return nil
	}
	ref, err := u.Parse(strings.TrimSpace(href))
	if err != nil || !src.OwnsHost(ref.Hostname()) {
		return nil
	}
	other, err := jhasearch.CanonicalURL(ref.String())
	if err != nil || other == canon {
		return nil
	}
	return []string{other}
}
