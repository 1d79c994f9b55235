package demosite

import (
	"fmt"
	"time"
)

// layout is how one agency's newsroom pages its listing and writes dates.
type layout struct {
	listPath  string // path of the paged listing
	query     string // fixed query parameters before the page number
	pageParam string // name of the page number parameter
	firstPage int    // 0 for Drupal sites, 1 for Frontex
	pageSize  int
	// repeatLast makes a page number past the end answer with the last
	// page again, as the Frontex CMS does.
	repeatLast bool
	listDate   func(time.Time) string // date text on listing cards
	pageDate   func(time.Time) string // date text on article pages
}

var layouts = map[string]layout{
	"eulisa": {listPath: "/eulisa/news-and-events", query: "ts=&tp=77&", pageParam: "page",
		pageSize: 12, listDate: longDate, pageDate: longDate},
	"eurojust": {listPath: "/eurojust/media-and-events/press-releases-and-news", pageParam: "page",
		pageSize: 10, listDate: paddedDate, pageDate: paddedDate},
	"frontex": {listPath: "/frontex/media-centre/news/news-release/", pageParam: "p", firstPage: 1,
		pageSize: 15, repeatLast: true, listDate: isoDate, pageDate: isoDate},
	"eppo": {listPath: "/eppo/media/news_en", pageParam: "page",
		pageSize: 10, listDate: longDate, pageDate: longDate},
	"eige": {listPath: "/eige/newsroom/news", pageParam: "page",
		pageSize: 20, listDate: shortDate, pageDate: shortDate},
	"euda": {listPath: "/euda/news", pageParam: "page",
		pageSize: 20, listDate: dottedDate, pageDate: dottedDate},
}

// pageURL returns the root-relative listing URL of a page number.
func (l layout) pageURL(n int) string {
	return fmt.Sprintf("%s?%s%s=%d", l.listPath, l.query, l.pageParam, n)
}

func isoDate(t time.Time) string    { return t.Format("2006-01-02") }
func longDate(t time.Time) string   { return t.Format("2 January 2006") }
func paddedDate(t time.Time) string { return t.Format("02 January 2006") }
func dottedDate(t time.Time) string { return t.Format("02.01.2006") }

// shortDate writes "15 Feb 2024" but "15 Sept 2024", as EIGE does: the
// four-letter September is a trap for parsers that know only Go's "Jan".
func shortDate(t time.Time) string {
	if t.Month() == time.September {
		return fmt.Sprintf("%d Sept %d", t.Day(), t.Year())
	}
	return t.Format("2 Jan 2006")
}

// stamp is the moment a release went online: its day at 10:30 UTC. Feeds,
// meta tags and Last-Modified use it; the date part is the release's date.
func stamp(r Release) time.Time { return r.Published.Add(10*time.Hour + 30*time.Minute) }
