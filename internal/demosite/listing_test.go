package demosite

import (
	"html"
	"regexp"
	"testing"
)

// nextLinks find each listing's next-page link in the markup, the way the
// CSS selector of Sources does.
var nextLinks = map[string]*regexp.Regexp{
	"eu-LISA":  regexp.MustCompile(`pager__item--next"><a href="([^"]+)"`),
	"Eurojust": regexp.MustCompile(`pager__item--next"><a href="([^"]+)"`),
	"Frontex":  regexp.MustCompile(`<a class="next" href="([^"]+)"`),
	"EPPO":     regexp.MustCompile(`ecl-pagination__item--next"><a href="([^"]+)"`),
	"EIGE":     regexp.MustCompile(`pager__item--next"><a href="([^"]+)"`),
}

func TestListingsPaginateToTheEnd(t *testing.T) {
	srv := newServer(t)
	for i, src := range demoSources {
		next, ok := nextLinks[src.name]
		if !ok {
			continue
		}
		if agencies[i].name != src.name {
			t.Fatalf("source %d is %s, agency %d is %s", i, src.name, i, agencies[i].name)
		}
		// EIGE is crawled through its feed, but people page its listing.
		l := layouts[agencies[i].key]
		src.start = l.pageURL(l.firstPage)
		t.Run(src.name, func(t *testing.T) {
			article := regexp.MustCompile(src.article)
			want := listedURLs(srv.URL, src.name)
			seen := map[string]int{}
			pages := 0
			for page := srv.URL + src.start; page != ""; pages++ {
				if pages > 50 {
					t.Fatal("more than 50 pages: the next link never ends")
				}
				body, _ := get(t, page, 200)
				onPage := map[string]bool{}
				for _, l := range links(t, page, body) {
					if article.MatchString(l) {
						onPage[l] = true
					}
				}
				if len(onPage) == 0 || len(onPage) > 20 {
					t.Errorf("%s: %d articles on the page, want 1 to 20", page, len(onPage))
				}
				for l := range onPage {
					seen[l]++
				}
				page = ""
				if m := next.FindStringSubmatch(body); m != nil {
					page = links(t, srv.URL+src.start, `href="`+m[1]+`"`)[0]
				}
			}
			for u, n := range seen {
				if !want[u] || n != 1 {
					t.Errorf("%s linked %d times; a release of %s: %v", u, n, src.name, want[u])
				}
			}
			if len(seen) != len(want) {
				t.Errorf("listing links %d releases, want %d", len(seen), len(want))
			}
		})
	}
}

func TestListingOutOfRange(t *testing.T) {
	srv := newServer(t)
	// Frontex answers a page past the end with the last page again.
	last, _ := get(t, srv.URL+"/frontex/media-centre/news/news-release/?p=5", 200)
	again, _ := get(t, srv.URL+"/frontex/media-centre/news/news-release/?p=99", 200)
	if last != again {
		t.Error("Frontex page 99 differs from the last page")
	}
	// Drupal answers with an empty view.
	body, _ := get(t, srv.URL+"/eulisa/news-and-events?ts=&tp=77&page=99", 200)
	if !regexp.MustCompile(`No results found`).MatchString(body) {
		t.Error("eu-LISA page 99 is not empty")
	}
	// EUDA's firewall refuses paged listings.
	get(t, srv.URL+"/euda/news?page=1", 403)
}

func TestListingShowsDates(t *testing.T) {
	srv := newServer(t)
	body, _ := get(t, srv.URL+"/eurojust/media-and-events/press-releases-and-news?page=0", 200)
	r := agencyReleases("Eurojust")[0]
	want := html.EscapeString(r.Published.Format("02 January 2006")) + "|"
	if !regexp.MustCompile(regexp.QuoteMeta(want) + `(PRESS RELEASE|NEWS)`).MatchString(body) {
		t.Errorf("first Eurojust card lacks %q", want)
	}
}
