package demosite

import (
	"fmt"
	"net/url"
	"strings"
)

// source is one entry of the scraper's sources file for the demo host.
type source struct {
	name, kind, start, article, next string
	// sel holds the select: keys in output order; remove goes last.
	sel        [][2]string
	remove     []string
	dateLayout string
	timezone   string
	// tagLine says the body may end with eu-LISA's legacy "; " tag line.
	tagLine bool
	// types are the rules of the type facet (facets: type:), YAML flow
	// mappings, first match first.
	types []string
}

// demoSources are the scraper rules for the six demo newsrooms. Paths are
// relative to the base URL; article patterns are anchored at the end so
// that listing, feed and sitemap URLs never match, and take in the old
// SharePoint addresses that eu-LISA's and Eurojust's listings still link.
var demoSources = []source{{
	name: "eu-LISA", kind: "html", start: layouts["eulisa"].pageURL(0),
	article: `/eulisa/(news-and-events/news/[^/?#]+|Newsroom/(News|PressRelease)/Pages/[^/?#]+\.aspx)$`, next: `li.pager__item--next a`,
	sel: [][2]string{{"title", `h1.page-title`}, {"date", `.node__meta time[datetime]`},
		{"summary", `.field--name-field-summary`}, {"body", `.field--name-body`},
		{"tags", `.field--name-field-tags a`}},
	remove: []string{`.share-block`, `.suggested-reads`}, timezone: "Europe/Tallinn", tagLine: true,
	types: []string{`{url: '/PressRelease/', value: press-release}`, `{selector: h1, text: conference, value: event}`,
		`{selector: h1, text: workshop, value: event}`, `{url: '/news-and-events/news/', value: news}`},
}, {
	name: "Eurojust", kind: "html", start: layouts["eurojust"].pageURL(0),
	article: `/eurojust/(news/[^/?#]+|press/PressReleases/Pages/\d{4}/[^/?#]+\.aspx)$`, next: `li.pager__item--next a`,
	sel: [][2]string{{"title", `h1.page-title`}, {"date", `.field--name-field-date`},
		{"body", `.field--name-body`}, {"tags", `.field--name-field-crime-types a`}},
	remove: []string{`.social-share`, `.field--name-field-related-content`}, dateLayout: "02 January 2006",
	types: []string{`{url: '/press/PressReleases/', value: press-release}`, `{selector: h1, text: report, value: publication}`,
		`{url: '/news/', value: news}`},
}, {
	name: "Frontex", kind: "html", start: layouts["frontex"].pageURL(1),
	article: `/frontex/media-centre/news/news-release/[a-z0-9-]+-[A-Za-z0-9]{6}$`, next: `.pagination a.next`,
	sel: [][2]string{{"title", `h1.news-release__title`}, {"date", `.news-release__header span.date`},
		{"body", `div.text-content`}, {"tags", `.news-release__tags a`}},
	remove: []string{`.related-news`}, dateLayout: "2006-01-02",
	types: []string{`{url: '/news-release/', value: press-release}`},
}, {
	name: "EPPO", kind: "html", start: layouts["eppo"].pageURL(0),
	article: `/eppo/en/media/news/[^/?#]+$`, next: `.ecl-pagination__item--next a`,
	sel: [][2]string{{"title", `h1.ecl-page-header__title`}, {"date", `.ecl-page-header__meta-item:last-child`},
		{"body", `.ecl-col-l-9 .ecl`}, {"tags", `.ecl-tag-set a.ecl-tag`}},
	remove: []string{`.ecl-related`}, dateLayout: "2 January 2006",
	types: []string{`{selector: h1, text: address, value: speech}`, `{selector: h1, text: report, value: publication}`,
		`{url: '/media/news/', value: news}`},
}, {
	// EIGE writes "15 Feb 2024" but "15 Sept 2024": no Go layout covers
	// both, so the scraper's generic date parser must.
	name: "EIGE", kind: "feed", start: "/eige/newsroom/news/rss.xml",
	article: `/eige/newsroom/news/[a-z0-9-]+$`,
	sel: [][2]string{{"title", `h1.page-title`}, {"date", `.news-date`},
		{"summary", `.field--name-field-summary`}, {"body", `.field--name-body`},
		{"tags", `.field--name-field-topics a`}},
	remove: []string{`.related-news`},
	// EIGE's other releases keep the type other.
	types: []string{`{selector: h1, text: event, value: event}`, `{selector: h1, text: report, value: publication}`},
}, {
	// EUDA relies on the generic rules: og:title without " | EUDA" and
	// article:published_time.
	name: "EUDA", kind: "sitemap", start: "/euda/sitemap.xml",
	article: `/euda/news/[0-9]{4}/[a-z0-9-]+_en$`,
	sel: [][2]string{{"summary", `.news-article__lead`}, {"body", `.field--name-body`},
		{"tags", `.news-article__topics a`}},
	remove: []string{`.related`},
	types:  []string{`{selector: 'title', text: report, value: publication}`, `{url: '/news/', value: news}`},
}}

// Sources returns the sources file (YAML) that points the scraper at a
// Handler served at baseURL, e.g. "http://127.0.0.1:43567". The host of
// baseURL is allowed explicitly, because the scraper refuses loopback
// addresses otherwise, and the rate is 1ms so the crawl takes seconds.
func Sources(baseURL string) []byte {
	base := strings.TrimRight(baseURL, "/")
	host := ""
	if u, err := url.Parse(base); err == nil {
		host = u.Hostname()
	}
	var b strings.Builder
	b.WriteString("# Sources for the jhasearch demo newsroom (internal/demosite).\nsources:\n")
	for _, s := range demoSources {
		fmt.Fprintf(&b, "  - name: %s\n    kind: %s\n    start:\n      - %s\n", quote(s.name), s.kind, quote(base+s.start))
		fmt.Fprintf(&b, "    article: %s\n", quote(s.article))
		if s.next != "" {
			fmt.Fprintf(&b, "    next: %s\n", quote(s.next))
		}
		b.WriteString("    select:\n")
		for _, kv := range s.sel {
			fmt.Fprintf(&b, "      %s: %s\n", kv[0], quote(kv[1]))
		}
		fmt.Fprintf(&b, "      remove: [%s]\n", quoteList(s.remove))
		if s.dateLayout != "" {
			fmt.Fprintf(&b, "    date_layout: %s\n", quote(s.dateLayout))
		}
		if s.timezone != "" {
			fmt.Fprintf(&b, "    timezone: %s\n", s.timezone)
		}
		if s.tagLine {
			b.WriteString("    tag_line: true\n")
		}
		if len(s.types) > 0 {
			b.WriteString("    facets:\n      type:\n")
			for _, r := range s.types {
				fmt.Fprintf(&b, "        - %s\n", r)
			}
		}
		// The scraper reads "0s" as "no rate given" and falls back to its
		// default gap of a second; 1ms keeps the demo crawl to seconds.
		fmt.Fprintf(&b, "    language: en\n    rate: 1ms\n    allow_hosts: [%s]\n", quote(host))
	}
	return []byte(b.String())
}

// quote writes a YAML single-quoted scalar, in which only ' needs escaping.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = quote(s)
	}
	return strings.Join(q, ", ")
}
