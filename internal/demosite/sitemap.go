package demosite

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapLoc `xml:"url"`
}

type sitemapLoc struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// eudaSitemapPages is how many pages EUDA's sitemap index points to.
const eudaSitemapPages = 2

// eudaTopics are the non-news pages listed in the sitemap, which a crawler
// must skip by the article URL pattern.
var eudaTopics = []string{"cannabis", "cocaine", "prevention", "harm-reduction", "drug-markets"}

// eudaSitemap serves the sitemap index at /euda/sitemap.xml and its pages
// at ?page=1 and ?page=2. Every lastmod is the day of a 2025 site
// migration, not a publication date.
func (s *site) eudaSitemap(w http.ResponseWriter, r *http.Request) {
	base := baseURL(r)
	q := r.URL.Query().Get("page")
	if q == "" {
		idx := sitemapIndex{NS: sitemapNS}
		for n := 1; n <= eudaSitemapPages; n++ {
			idx.Sitemaps = append(idx.Sitemaps, sitemapLoc{Loc: fmt.Sprintf("%s/euda/sitemap.xml?page=%d", base, n), LastMod: "2025-06-30T08:00:00+00:00"})
		}
		writeXML(w, "application/xml; charset=utf-8", idx)
		return
	}
	n, err := strconv.Atoi(q)
	if err != nil || n < 1 || n > eudaSitemapPages {
		http.Error(w, "Not Found", http.StatusNotFound)
		return
	}
	set := urlSet{NS: sitemapNS}
	if n == 1 {
		for _, t := range eudaTopics {
			set.URLs = append(set.URLs, sitemapLoc{Loc: base + "/euda/topics/" + t + "_en", LastMod: "2025-06-30"})
		}
	}
	rs := s.lists["euda"]
	half := (len(rs) + 1) / 2
	for i, rel := range rs {
		if (i < half) == (n == 1) {
			set.URLs = append(set.URLs, sitemapLoc{Loc: rel.URL(base), LastMod: "2025-06-30"})
		}
	}
	writeXML(w, "application/xml; charset=utf-8", set)
}

// eudaTopic serves a topic page: a real page, but not a news release.
func (s *site) eudaTopic(w http.ResponseWriter, r *http.Request) {
	a := euda
	p := newChrome(a, baseURL(r), r.URL.Path, "Topic: "+strings.TrimSuffix(r.PathValue("slug"), "_en"))
	s.render(w, http.StatusOK, "euda-topic", p)
}
