package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
	"golang.org/x/net/html/charset"
)

// RejectError says why a fetched page is not a release (a listing, a cookie
// wall, a bot challenge, a page without a title or date). The crawler
// reports it as the page's failure instead of indexing the page.
type RejectError struct {
	Reason string
}

func (e *RejectError) Error() string { return "scraper: page rejected: " + e.Reason }

// Reject returns a RejectError whose reason is formatted as fmt.Sprintf does.
func Reject(format string, args ...any) error {
	return &RejectError{Reason: fmt.Sprintf(format, args...)}
}

// IsRejected reports whether err says the page is not a release.
func IsRejected(err error) bool {
	var r *RejectError
	return errors.As(err, &r)
}

// junk is removed before the body is taken: navigation, page furniture,
// forms, share blocks and cookie banners are never release text.
const junk = `script, style, noscript, template, iframe, nav, header, footer, aside, form,
	button, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],
	.share, [class*="share-"], [class*="-share"], [class*="social"], [class*="cookie"],
	[id*="cookie"], [class*="breadcrumb"], .visually-hidden, .sr-only, .element-invisible`

// Release turns a stored raw page into a release with the source's rules
// of today. It needs no network, so a rebuild re-extracts the whole
// archive. A page that is not a release fails with a RejectError.
func Release(src Rules, page jhasearch.Page) (jhasearch.Document, error) {
	canon, err := jhasearch.CanonicalURL(page.URL)
	if err != nil {
		return jhasearch.Document{}, fmt.Errorf("scraper: extract: %w", err)
	}
	base := jhasearch.Document{ID: jhasearch.DocumentID(canon), URL: canon, Agency: src.Name,
		FetchedAt: page.FetchedAt}
	if src.Europol && isJSON(page) {
		doc, err := src.extractEuropol(base, page.Content)
		src.facets(&doc, nil)
		return doc, err
	}
	d, err := ParseHTML(page.Content, page.ContentType)
	if err != nil {
		return base, fmt.Errorf("scraper: parse %s: %w", page.URL, err)
	}
	return src.extractHTML(base, d)
}

// ParseHTML parses an HTML page in the charset its Content-Type, byte
// order mark or meta tag names (UTF-8 when none does), so that a Latin-1
// page does not come out with broken letters.
func ParseHTML(content []byte, contentType string) (*goquery.Document, error) {
	r, err := charset.NewReader(bytes.NewReader(content), contentType)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return goquery.NewDocumentFromReader(bytes.NewReader(validUTF8(b)))
}

// validUTF8 replaces each byte that is no part of a UTF-8 sequence with
// U+FFFD, as the decoder of a declared UTF-8 page does: charset passes a
// page it only guesses to be UTF-8 through unchecked, and the invalid
// bytes would reach the document.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

func (src Rules) extractHTML(doc jhasearch.Document, d *goquery.Document) (jhasearch.Document, error) {
	if reason := Challenge(d); reason != "" {
		return doc, Reject("%s", reason)
	}
	if reason := cookieWall(d); reason != "" {
		return doc, Reject("%s", reason)
	}
	for _, sel := range src.Select.Remove {
		d.Find(sel).Remove()
	}
	published, dated := src.readMeta(&doc, d)
	scripted := !src.Rendered && hasScripts(d) // an empty page with scripts: a shell
	hadCookie := strings.Contains(strings.ToLower(d.Text()), "cookie")
	paras, err := src.bodyText(&doc, d)
	if err != nil {
		return doc, err
	}
	if !dated && len(paras) > 0 { // a dateline: "Warsaw, 12 March 2024 –"
		published, dated = src.FindDateIn(firstN(paras[0], 120))
	}
	switch {
	case len(paras) == 0 && scripted:
		return doc, Reject("%s", ScriptShell)
	case len(paras) == 0 && hadCookie:
		return doc, Reject("cookie wall: the page holds a cookie notice and no text")
	case len(paras) == 0:
		return doc, Reject("empty page: no text (the site may serve bots nothing or need JavaScript)")
	case doc.Title == "":
		return doc, Reject("no title found")
	case !dated:
		return doc, Reject("no publication date found")
	}
	doc.Published = published
	doc.Body = strings.Join(paras, "\n\n")
	return doc, nil
}

// readMeta fills the fields read from the whole page, before page
// furniture is removed, and returns the publication date if found.
func (src Rules) readMeta(doc *jhasearch.Document, d *goquery.Document) (time.Time, bool) {
	doc.Title = src.title(d)
	published, dated := src.date(d)
	doc.Summary = src.summary(d, doc.Title)
	doc.Tags = src.tags(d)
	doc.Language = src.language(d, doc.URL)
	doc.Translations = src.translations(d, doc.URL)
	doc.Aliases = src.aliases(d, doc.URL)
	src.facets(doc, d)
	return published, dated
}

// bodyText returns the release's paragraphs, with credit lines moved to
// doc.Credits and a trailing tag line to doc.Tags.
func (src Rules) bodyText(doc *jhasearch.Document, d *goquery.Document) ([]string, error) {
	d.Find(junk).Remove()
	body := src.body(d)
	if reason := src.listing(body, doc.URL); reason != "" {
		return nil, Reject("%s", reason)
	}
	// The title and tag links are fields of their own. An h1 that swallowed
	// the page (an unclosed tag) is left in, or the text would go with it.
	body.Find(`a[rel~="tag"]`).Remove()
	body.Find("h1").FilterFunction(func(_ int, h *goquery.Selection) bool { return len(PlainText(h)) <= 300 }).Remove()
	paras := src.dropDates(dropTitle(paragraphs(body), doc.Title))
	paras, doc.Credits = splitCredits(paras)
	if src.TagLine {
		var lineTags []string
		paras, lineTags = splitTagLine(paras)
		doc.Tags = Dedupe(append(doc.Tags, lineTags...))
	}
	return paras, nil
}

// body is the site's body selection, or else the largest of article, main
// and [role=main], or else the whole body.
func (src Rules) body(d *goquery.Document) *goquery.Selection {
	if src.Select.Body != "" {
		if sel := d.Find(src.Select.Body); sel.Length() > 0 {
			return sel
		}
	}
	best, size := d.Find("body"), -1
	d.Find("article, main, [role=main]").Each(func(_ int, s *goquery.Selection) {
		if n := len(PlainText(s)); n > size {
			best, size = s, n
		}
	})
	return best
}

// dropTitle removes the title when the body repeats it as its first line.
func dropTitle(paras []string, title string) []string {
	if len(paras) > 0 && strings.EqualFold(paras[0], title) {
		return paras[1:]
	}
	return paras
}

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
