package extract

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
)

// A page says its language in several places: <html lang>, og:locale, the
// hreflang of the alternate link that points to itself, and its address
// (a /de/ segment). The first that names an official language wins; the
// build then checks it against the text (lang.Decide), which overrules a
// page whose template says "en" around a German body.

// pageLanguage returns the language the page declares, "" when none.
func pageLanguage(d *goquery.Document, canon string) string {
	if l, ok := lang.Normalize(d.Find("html").AttrOr("lang", "")); ok {
		return l
	}
	if l, ok := lang.Normalize(d.Find(`meta[property="og:locale"]`).AttrOr("content", "")); ok {
		return l
	}
	found := ""
	d.Find(`link[rel~="alternate"][hreflang]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if u := resolveLink(canon, s.AttrOr("href", "")); u == canon {
			found, _ = lang.Normalize(s.AttrOr("hreflang", ""))
		}
		return found == ""
	})
	return found
}

// maxTranslations bounds the language versions read from a page.
const maxTranslations = 32

// translations returns the canonical URLs of the page's versions in other
// official languages, from its hreflang alternate links on the source's
// hosts ("x-default" and the page itself left out).
func (src Rules) translations(d *goquery.Document, canon string) []string {
	var out []string
	d.Find(`link[rel~="alternate"][hreflang]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if _, ok := lang.Normalize(s.AttrOr("hreflang", "")); !ok {
			return true
		}
		u := resolveLink(canon, s.AttrOr("href", ""))
		if pu, err := url.Parse(u); u == "" || u == canon || err != nil || !src.OwnsHost(pu.Hostname()) {
			return true
		}
		for _, o := range out {
			if o == u {
				return true
			}
		}
		out = append(out, u)
		return len(out) < maxTranslations
	})
	return out
}

// resolveLink returns the canonical URL of href read on the page at base,
// "" when it is none.
func resolveLink(base, href string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ""
	}
	ref, err := b.Parse(strings.TrimSpace(href))
	if err != nil {
		return ""
	}
	c, err := jhasearch.CanonicalURL(ref.String())
	if err != nil {
		return ""
	}
	return c
}
