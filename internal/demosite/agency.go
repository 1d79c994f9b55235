package demosite

import (
	"fmt"
	"time"
)

// agency describes one demo newsroom: where it lives on the host and what
// it writes about.
type agency struct {
	key   string // path prefix without slashes
	name  string // source name and agency facet value
	full  string // full name, used in boilerplate and page chrome
	home  string // seat, used in datelines
	start int    // first year with releases
	count int    // composed releases, before the special ones
	// themes are the subjects the agency writes about.
	themes []theme
	// speakers are the people quoted in the agency's releases.
	speakers []string
	// about is the closing paragraph many releases end with.
	about []string
}

// agencies lists the demo newsrooms in the order of Sources and Releases.
var agencies = []*agency{eulisa, eurojust, frontex, eppo, eige, euda}

// articlePath returns the article path of a release in the agency's own URL
// scheme. Frontex appends a stable 6-character id; EUDA puts the year in the
// path and a language suffix at the end.
func (a *agency) articlePath(slug string, day time.Time, id string) string {
	switch a.key {
	case "eulisa":
		return "/eulisa/news-and-events/news/" + slug
	case "eurojust":
		return "/eurojust/news/" + slug
	case "frontex":
		return "/frontex/media-centre/news/news-release/" + slug + "-" + id
	case "eppo":
		return "/eppo/en/media/news/" + slug
	case "eige":
		return "/eige/newsroom/news/" + slug
	case "euda":
		return fmt.Sprintf("/euda/news/%d/%s_en", day.Year(), slug)
	}
	panic("demosite: unknown agency " + a.key)
}

// legacyPath returns the release's address on the agency's old SharePoint
// site, which now redirects to the new one: eu-LISA's pages that kept the
// old tag line, and Eurojust's releases from before 2016.
func (a *agency) legacyPath(r Release) string {
	switch {
	case a.key == "eulisa" && r.LegacyTags:
		return "/eulisa/Newsroom/News/Pages/" + titleWords(r.Title) + ".aspx"
	case a.key == "eurojust" && r.Published.Year() < 2016:
		return fmt.Sprintf("/eurojust/press/PressReleases/Pages/%d/%s.aspx", r.Published.Year(), titleWords(r.Title))
	}
	return ""
}

// dateline returns the place-and-date prefix the agency puts before the
// first paragraph, or "" when its releases carry none. Frontex uses one on
// about a third of its releases, EPPO on all of them.
func (a *agency) dateline(day time.Time, useIt bool) string {
	switch {
	case a.key == "frontex" && useIt:
		return fmt.Sprintf("%s, %d %s %d –", a.home, day.Day(), day.Month(), day.Year())
	case a.key == "eppo":
		return fmt.Sprintf("(%s, %d %s %d) -", a.home, day.Day(), day.Month(), day.Year())
	}
	return ""
}

// credits returns the photo lines the agency prints in a release body.
func (a *agency) credits(useIt bool) []string {
	if !useIt {
		return nil
	}
	switch a.key {
	case "eulisa":
		return []string{"Photo: eu-LISA"}
	case "eurojust":
		return []string{"Photos © Eurojust"}
	}
	return nil
}
