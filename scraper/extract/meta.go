package extract

import (
	"html"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// title is the site's title selection, or og:title without its " | site"
// suffix, or the main or article h1, or any h1, or <title>.
func (src Rules) title(d *goquery.Document) string {
	if src.Select.Title != "" {
		if t := PlainText(d.Find(src.Select.Title).First()); t != "" {
			return t
		}
	}
	if og, ok := d.Find(`meta[property="og:title"]`).Attr("content"); ok && Collapse(og) != "" {
		return stripSiteSuffix(unescapeTwice(og))
	}
	for _, sel := range []string{"main h1, article h1, [role=main] h1", "h1"} {
		if t := PlainText(d.Find(sel).First()); t != "" {
			return t
		}
	}
	return stripSiteSuffix(Collapse(d.Find("title").First().Text()))
}

// stripSiteSuffix removes a trailing " | Site name" (EUDA's og:title).
func stripSiteSuffix(t string) string {
	t = Collapse(t)
	if i := strings.LastIndex(t, " | "); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// unescapeTwice undoes the double escaping some sites put in meta values
// ("&amp;#039;" arrives as "&#039;" once parsed).
func unescapeTwice(s string) string {
	return html.UnescapeString(s)
}

// date is the site's date selection, or article:published_time, or JSON-LD
// datePublished, or the first time[datetime] of the article outside boxes
// of related items (whose dates are other releases').
func (src Rules) date(d *goquery.Document) (time.Time, bool) {
	if src.Select.Date != "" {
		var t time.Time
		var ok bool
		d.Find(src.Select.Date).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			t, ok = src.dateOf(s)
			return !ok
		})
		if ok {
			return t, true
		}
	}
	metas := `meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="dcterms.date"]`
	if v, ok := d.Find(metas).First().Attr("content"); ok {
		if t, ok := src.ParseDate(v); ok {
			return t, true
		}
	}
	for _, v := range jsonLD(d, "datePublished") {
		if t, ok := src.ParseDate(v); ok {
			return t, true
		}
	}
	inArticle := d.Find("article time[datetime], main time[datetime]").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.Closest(`aside, nav, footer, [class*="related"], [class*="suggested"], [class*="teaser"]`).Length() == 0
	})
	if v, ok := inArticle.First().Attr("datetime"); ok {
		return src.ParseDate(v)
	}
	return time.Time{}, false
}

// dateOf reads a date from an element's datetime or content attribute, or
// else its text.
func (src Rules) dateOf(s *goquery.Selection) (time.Time, bool) {
	for _, attr := range []string{"datetime", "content"} {
		if v, ok := s.Attr(attr); ok {
			if t, ok := src.ParseDate(v); ok {
				return t, true
			}
		}
	}
	return src.ParseDate(PlainText(s))
}

// summary is the site's lead, or meta description, or og:description.
func (src Rules) summary(d *goquery.Document, title string) string {
	s := ""
	if src.Select.Summary != "" {
		s = PlainText(d.Find(src.Select.Summary).First())
	}
	for _, sel := range []string{`meta[name="description"]`, `meta[property="og:description"]`} {
		if s == "" {
			s = Collapse(unescapeTwice(d.Find(sel).AttrOr("content", "")))
		}
	}
	if strings.EqualFold(s, title) {
		return ""
	}
	return s
}

// tags are the site's tag links, or else article:tag metas, JSON-LD
// keywords and rel=tag links.
func (src Rules) tags(d *goquery.Document) []string {
	var tags []string
	if src.Select.Tags != "" {
		d.Find(src.Select.Tags).Each(func(_ int, s *goquery.Selection) {
			tags = append(tags, PlainText(s))
		})
		if len(tags) > 0 {
			return Dedupe(tags)
		}
	}
	d.Find(`meta[property="article:tag"]`).Each(func(_ int, s *goquery.Selection) {
		tags = append(tags, s.AttrOr("content", ""))
	})
	for _, k := range jsonLD(d, "keywords") {
		tags = append(tags, strings.Split(k, ",")...)
	}
	d.Find(`a[rel~="tag"]`).Each(func(_ int, s *goquery.Selection) {
		tags = append(tags, PlainText(s))
	})
	return Dedupe(tags)
}

// Dedupe drops empty and repeated values (ignoring case), keeping order.
func Dedupe(vals []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range vals {
		v = Collapse(v)
		if k := strings.ToLower(v); v != "" && !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}
