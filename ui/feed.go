package ui

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
	"github.com/labstack/echo/v4"
)

// Atom 1.0 (RFC 4287) elements, as far as the feed uses them. Text
// constructs are type="text": encoding/xml escapes them, so a title holding
// markup reaches the reader as the characters it is.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   atomText    `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Authors    []atomPerson   `xml:"author"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

// atomCategory is a value of a facet (jhasearch.Facet.Category): the
// scheme names the facet, the label is a closed list's label.
type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

// facetScheme is the Atom category scheme of a facet's values.
const facetScheme = "urn:jhasearch:facet:"

// handleFeed serves any search as an Atom feed of its newest releases, so a
// saved search becomes an alert in a feed reader.
func (s *Server) handleFeed(c echo.Context) error {
	req, err := request.Parse(c.QueryParams(), request.FeedParams)
	if err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	req.Sort, req.Page, req.Size = jhasearch.SortNewest, 1, s.cfg.FeedSize
	res, err := s.search.Search(c.Request().Context(), req)
	if err != nil {
		return err
	}
	feed := s.newFeed(s.baseURL(c), req, res)
	body, err := xml.MarshalIndent(feed, "", "  ")
	if err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "application/atom+xml; charset=utf-8", append([]byte(xml.Header), body...))
}

func (s *Server) newFeed(base string, req jhasearch.SearchRequest, res *jhasearch.SearchResult) atomFeed {
	self := base + request.URL("/search.atom", request.FilterOnly(req, false))
	title := "jhasearch: newest releases"
	if req.Query != "" {
		title = "jhasearch: " + req.Query
	}
	f := atomFeed{
		ID: self, Title: atomText{Type: "text", Text: title},
		Author: atomPerson{Name: "jhasearch"}, Gen: "jhasearch",
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: base + request.URL("/search", request.FilterOnly(req, false))},
		},
	}
	var newest time.Time
	for _, h := range res.Hits {
		f.Entries = append(f.Entries, newEntry(base, h))
		if h.Document.Published.After(newest) {
			newest = h.Document.Published
		}
	}
	if newest.IsZero() {
		newest = time.Now()
	}
	f.Updated = newest.UTC().Format(time.RFC3339)
	return f
}

func newEntry(base string, h jhasearch.Hit) atomEntry {
	d := h.Document
	stamp := d.Published.UTC().Format(time.RFC3339)
	e := atomEntry{
		// A URN keeps entry ids stable when the site moves to another host.
		ID:        "urn:jhasearch:document:" + d.ID,
		Title:     atomText{Type: "text", Text: view.DisplayTitle(d.Title)},
		Updated:   stamp,
		Published: stamp,
		Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: base + "/documents/" + url.PathEscape(d.ID)}},
	}
	if d.URL != "" {
		e.Links = append(e.Links, atomLink{Rel: "via", Type: "text/html", Href: d.URL})
	}
	for _, a := range agenciesOf(h) {
		e.Authors = append(e.Authors, atomPerson{Name: a})
	}
	for i := range jhasearch.Facets {
		f := &jhasearch.Facets[i]
		if !f.Category {
			continue
		}
		for _, v := range f.Of(&d) {
			c := atomCategory{Term: v, Scheme: facetScheme + f.Name}
			if l := f.ChoiceLabel(v); l != v {
				c.Label = l
			}
			e.Categories = append(e.Categories, c)
		}
	}
	if d.Summary != "" {
		e.Summary = &atomText{Type: "text", Text: d.Summary}
	}
	return e
}

// baseURL is the public address for absolute links: the configured one, or
// the one the request came to.
func (s *Server) baseURL(c echo.Context) string {
	if s.cfg.BaseURL != "" {
		return s.cfg.BaseURL
	}
	return c.Scheme() + "://" + c.Request().Host
}
