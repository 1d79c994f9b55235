package demosite

import (
	"html"
	"strings"
	"time"
)

// chrome is what every page's head, header and footer need.
type chrome struct {
	Key, Name, Full string
	Title           string // <title> before the site name
	Description     string
	Canonical       string // absolute URL
	OGTitle         string
	Published       string // article:published_time, empty on listings
	Tags            []string
	// Lang is the page's <html lang>; Alternates its hreflang links.
	Lang       string
	Alternates []alternate
}

// listPage is one page of an agency's paged listing.
type listPage struct {
	chrome
	Items      []card
	Number     int // 1-based, for people
	Prev, Next string
}

// card is a release as listings and related-items boxes show it.
type card struct {
	Href, Title, ISO, Date, Summary, Kind string
}

// articlePage is a release's own page.
type articlePage struct {
	chrome
	R        Release
	ISO      string // machine-readable date for time[datetime]
	Date     string // the agency's date text
	Kind     string
	Paras    []string
	TagLine  string // legacy "; "-separated tag line, or empty
	Related  []card
	Modified time.Time
}

func newChrome(a *agency, base, path, title string) chrome {
	// Full names start with "the" to read well inside sentences; page
	// chrome shows them on their own.
	full := strings.ToUpper(a.full[:1]) + a.full[1:]
	return chrome{Key: a.key, Name: a.name, Full: full, Title: title,
		OGTitle: title, Canonical: base + path, Lang: "en"}
}

func newCard(a *agency, r Release) card {
	l := layouts[a.key]
	href := r.Path
	if r.Alias != "" {
		href = r.Alias
	}
	return card{Href: href, Title: r.Title, ISO: stamp(r).Format(time.RFC3339),
		Date: l.listDate(r.Published), Summary: r.Summary, Kind: kind(r)}
}

// newArticle builds the view of release i of the agency's list rs.
func newArticle(a *agency, base string, rs []Release, i int) articlePage {
	r := rs[i]
	p := articlePage{chrome: newChrome(a, base, r.Path, r.Title), R: r,
		ISO: stamp(r).Format(time.RFC3339), Date: layouts[a.key].pageDate(r.Published),
		Kind: kind(r), Paras: append([]string(nil), r.Paragraphs...), Modified: stamp(r)}
	p.Description, p.Published, p.Tags = r.Summary, p.ISO, r.Tags
	p.Lang, p.Alternates = r.Lang(), alternates(base, r)
	if r.PageLanguage != "" {
		p.Lang = r.PageLanguage
	}
	if a.key == "euda" {
		// EUDA's CMS escapes the title once before the template does.
		p.OGTitle = html.EscapeString(r.Title) + " | EUDA"
	}
	if r.Dateline != "" && len(p.Paras) > 0 {
		p.Paras[0] = r.Dateline + " " + p.Paras[0]
	}
	if r.LegacyTags {
		p.TagLine = strings.Join(r.Tags, "; ")
	}
	// Related boxes show the neighbours, whose dates differ from the
	// page's own: a scraper must not take its date from them.
	for j := i + 1; j < len(rs) && len(p.Related) < 3; j++ {
		p.Related = append(p.Related, newCard(a, rs[j]))
	}
	return p
}

// kind is the type label Eurojust and EPPO print next to the date.
func kind(r Release) string {
	switch r.Tags[0] {
	case "Management Board", "JHA Agencies Network", "Annual report":
		return "News"
	}
	return "Press release"
}
