package demosite

import (
	"fmt"
	"net/http"
	"strings"
)

// robots allows everything but /private/, and names EUDA's sitemap.
func (s *site) robots(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\n\nSitemap: %s/euda/sitemap.xml\n", baseURL(r))
}

// indexPage links the six newsrooms, for people who open the demo host.
type indexPage struct {
	Sites []homePage
}

// homePage is an agency's front page: a link to its newsroom.
type homePage struct {
	chrome
	List  string
	Count int
}

func (s *site) newHome(a *agency, r *http.Request) homePage {
	l := layouts[a.key]
	list := l.pageURL(l.firstPage)
	if a.key == "euda" {
		list = l.listPath
	}
	return homePage{chrome: newChrome(a, baseURL(r), "/"+a.key+"/", a.name),
		List: list, Count: len(s.lists[a.key])}
}

func (s *site) index(w http.ResponseWriter, r *http.Request) {
	var p indexPage
	for _, a := range agencies {
		p.Sites = append(p.Sites, s.newHome(a, r))
	}
	s.render(w, http.StatusOK, "index", p)
}

func (s *site) home(a *agency) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.render(w, http.StatusOK, "home", s.newHome(a, r))
	}
}

func (s *site) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusNotFound, "notfound", r.URL.Path)
}

// css is the one stylesheet all six sites share; the pages look plain but
// readable when the demo user opens them.
func (s *site) css(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write([]byte(strings.TrimSpace(`
body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem;line-height:1.5}
header,footer{border-bottom:1px solid #ccc;padding:.5rem 0}footer{border-top:1px solid #ccc}
nav ul{list-style:none;padding:0;display:flex;gap:1rem}.cookie-consent{background:#eef;padding:.5rem}
`)))
}
