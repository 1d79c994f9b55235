package demosite

import (
	"encoding/xml"
	"net/http"
	"time"
)

// rss is the RSS 2.0 document EIGE publishes for its news.
type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Description string    `xml:"description"`
	Language    string    `xml:"language"`
	Self        rssSelf   `xml:"atom:link"`
	Items       []rssItem `xml:"item"`
}

type rssSelf struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	Description string   `xml:"description"`
	PubDate     string   `xml:"pubDate"`
	GUID        rssGUID  `xml:"guid"`
	Categories  []string `xml:"category"`
}

type rssGUID struct {
	Value       string `xml:",chardata"`
	IsPermaLink bool   `xml:"isPermaLink,attr"`
}

// vilnius is EIGE's UTC offset in winter; a fixed zone keeps the feed the
// same on machines without time zone data. 10:30 UTC is 12:30 there, so
// the date part never changes.
var vilnius = time.FixedZone("EET", 2*60*60)

// eigeFeed lists every EIGE release, newest first. Unlike the real feed it
// holds the whole archive, so that the feed alone discovers every release.
func (s *site) eigeFeed(w http.ResponseWriter, r *http.Request) {
	base := baseURL(r)
	doc := rss{Version: "2.0", Atom: "http://www.w3.org/2005/Atom", Channel: rssChannel{
		Title: "EIGE news", Link: base + "/eige/newsroom/news", Language: "en",
		Description: "News from the European Institute for Gender Equality",
		Self:        rssSelf{Href: base + "/eige/newsroom/news/rss.xml", Rel: "self", Type: "application/rss+xml"},
	}}
	for _, rel := range s.lists["eige"] {
		doc.Channel.Items = append(doc.Channel.Items, rssItem{
			Title: rel.Title, Link: rel.URL(base), Description: rel.Summary,
			PubDate:    stamp(rel).In(vilnius).Format(time.RFC1123Z),
			GUID:       rssGUID{Value: rel.Slug + " at " + base, IsPermaLink: false},
			Categories: rel.Tags,
		})
	}
	writeXML(w, "application/rss+xml; charset=utf-8", doc)
}

// writeXML marshals first, so that an error never sends half a document.
func writeXML(w http.ResponseWriter, contentType string, v any) {
	body, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "Internal Server Error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.Write([]byte(xml.Header))
	w.Write(body)
}
