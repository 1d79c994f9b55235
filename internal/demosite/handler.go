package demosite

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"log"
	"net/http"
	"strconv"
)

//go:embed templates/*.html
var templateFS embed.FS

// site serves the newsrooms; it is read-only after Handler builds it.
type site struct {
	tmpl   *template.Template
	byPath map[string]*agency // article path to its agency
	moved  map[string]string  // old path to article path
	lists  map[string][]Release
}

// Handler serves every demo agency's newsroom on one host: listings,
// articles, feeds, sitemaps and robots.txt. The embedded templates are
// parsed here; a broken template is a bug in this package and panics.
func Handler() http.Handler {
	s := &site{
		tmpl:   template.Must(template.ParseFS(templateFS, "templates/*.html")),
		byPath: map[string]*agency{},
		moved:  map[string]string{},
		lists:  map[string][]Release{},
	}
	for _, a := range agencies {
		s.lists[a.key] = agencyReleases(a.name)
		for _, r := range s.lists[a.key] {
			s.byPath[r.Path] = a
			if r.Alias != "" {
				s.moved[r.Alias] = r.Path
			}
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /robots.txt", s.robots)
	for _, a := range agencies {
		mux.HandleFunc("GET "+layouts[a.key].listPath, s.listing(a))
		mux.HandleFunc("GET /"+a.key+"/{$}", s.home(a))
		mux.HandleFunc("GET /"+a.key+"/assets/site.css", s.css)
	}
	for _, p := range []string{"/eulisa/news-and-events/news/{slug}", "/eurojust/news/{slug}",
		"/frontex/media-centre/news/news-release/{slug}", "/eppo/en/media/news/{slug}",
		"/eige/newsroom/news/{slug}", "/euda/news/{year}/{slug}"} {
		mux.HandleFunc("GET "+p, s.article)
	}
	mux.HandleFunc("GET /eulisa/Newsroom/News/Pages/{page}", s.redirect)
	mux.HandleFunc("GET /eurojust/press/PressReleases/Pages/{year}/{page}", s.redirect)
	mux.HandleFunc("GET /eige/newsroom/news/rss.xml", s.eigeFeed)
	mux.HandleFunc("GET /euda/sitemap.xml", s.eudaSitemap)
	mux.HandleFunc("GET /euda/topics/{slug}", s.eudaTopic)
	addScriptNewsroom(mux)
	return mux
}

// render executes a template into memory first, so that a failing template
// never leaves half a page on the wire.
func (s *site) render(w http.ResponseWriter, status int, name string, data any) {
	body, err := s.execute(name, data)
	if err != nil {
		log.Printf("demosite: render %s: %v", name, err)
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body)
}

func (s *site) execute(name string, data any) ([]byte, error) {
	var buf bytes.Buffer
	err := s.tmpl.ExecuteTemplate(&buf, name, data)
	return buf.Bytes(), err
}

// article serves a release page with an ETag and Last-Modified, answering
// conditional requests with 304 Not Modified, so that re-crawls are cheap.
func (s *site) article(w http.ResponseWriter, r *http.Request) {
	a, ok := s.byPath[r.URL.Path]
	if !ok {
		s.notFound(w, r)
		return
	}
	rs := s.lists[a.key]
	i := 0
	for rs[i].Path != r.URL.Path {
		i++
	}
	p := newArticle(a, baseURL(r), rs, i)
	body, err := s.execute(a.key+"-article", p)
	if err != nil {
		log.Printf("demosite: render %s: %v", r.URL.Path, err)
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	sum := sha256.Sum256(body)
	w.Header().Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	http.ServeContent(w, r, "", p.Modified, bytes.NewReader(body))
}

// redirect sends an old SharePoint address to the release's new page.
func (s *site) redirect(w http.ResponseWriter, r *http.Request) {
	to, ok := s.moved[r.URL.Path]
	if !ok {
		s.notFound(w, r)
		return
	}
	http.Redirect(w, r, to, http.StatusMovedPermanently)
}

// listing serves one page of an agency's paged listing, newest first.
func (s *site) listing(a *agency) http.HandlerFunc {
	l := layouts[a.key]
	return func(w http.ResponseWriter, r *http.Request) {
		if a.key == "euda" && r.URL.Query().Has(l.pageParam) {
			// EUDA's firewall blocks paged listings; crawlers use the sitemap.
			http.Error(w, "Forbidden", http.StatusForbidden)
			return
		}
		rs := s.lists[a.key]
		last := (len(rs)-1)/l.pageSize + l.firstPage
		n, err := strconv.Atoi(r.URL.Query().Get(l.pageParam))
		if err != nil || n < l.firstPage {
			n = l.firstPage // Drupal and the Frontex CMS ignore a bad number
		}
		if n > last && l.repeatLast {
			n = last
		}
		p := listPage{chrome: newChrome(a, baseURL(r), l.pageURL(n), "News"), Number: n - l.firstPage + 1}
		p.Description = "Press releases and news of " + a.full + "."
		from := (n - l.firstPage) * l.pageSize
		for i := from; i < from+l.pageSize && i < len(rs); i++ {
			p.Items = append(p.Items, newCard(a, rs[i]))
		}
		if n > l.firstPage && n <= last {
			p.Prev = l.pageURL(n - 1)
		}
		if n < last {
			p.Next = l.pageURL(n + 1)
		}
		s.render(w, http.StatusOK, a.key+"-list", p)
	}
}

func baseURL(r *http.Request) string { return "http://" + r.Host }
