package scraper

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch/scraper/extract"
)

type rssFeed struct {
	Items []struct {
		Link    string `xml:"link"`
		GUID    string `xml:"guid"`
		Title   string `xml:"title"`
		PubDate string `xml:"pubDate"`
	} `xml:"channel>item"`
}

type atomFeed struct {
	Entries []struct {
		Links []struct {
			Href string `xml:"href,attr"`
			Rel  string `xml:"rel,attr"`
		} `xml:"link"`
		Title     string `xml:"title"`
		Published string `xml:"published"`
		Updated   string `xml:"updated"`
	} `xml:"entry"`
}

type sitemap struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// xmlRoot names the root element of an XML document.
func xmlRoot(body []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = passCharset
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", fmt.Errorf("not an XML document: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// passCharset lets Latin-1 declarations through: the feeds' text that
// matters (URLs) is ASCII.
func passCharset(_ string, r io.Reader) (io.Reader, error) { return r, nil }

func decodeXML(body []byte, v any) error {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = passCharset
	dec.Strict = false
	return dec.Decode(v)
}

// FeedLinks returns the releases of an RSS 2.0 or Atom feed, in feed order.
func FeedLinks(src Source, body []byte, base *url.URL) ([]Link, error) {
	root, err := xmlRoot(body)
	if err != nil {
		return nil, fmt.Errorf("scraper: feed: %w", err)
	}
	var out []Link
	rules := src.rules()
	add := func(href, title, date string) {
		if l, ok := src.newLink(base, strings.TrimSpace(href)); ok {
			l.Title = clipHint(extract.Collapse(title))
			l.Date, _ = rules.ParseDate(date)
			out = append(out, l)
		}
	}
	switch root {
	case "rss", "RDF":
		var f rssFeed
		if err := decodeXML(body, &f); err != nil {
			return nil, fmt.Errorf("scraper: rss feed: %w", err)
		}
		for _, it := range f.Items {
			href := it.Link
			if href == "" {
				href = it.GUID
			}
			add(href, it.Title, it.PubDate)
		}
	case "feed":
		var f atomFeed
		if err := decodeXML(body, &f); err != nil {
			return nil, fmt.Errorf("scraper: atom feed: %w", err)
		}
		for _, e := range f.Entries {
			for _, l := range e.Links {
				if l.Rel == "" || l.Rel == "alternate" {
					add(l.Href, e.Title, e.Published)
					break
				}
			}
		}
	default:
		return nil, fmt.Errorf("scraper: feed: root element <%s> is neither RSS nor Atom", root)
	}
	return dedupeLinks(out), nil
}

// SitemapLinks returns the releases of a urlset sitemap, or the child
// sitemaps of a sitemapindex.
func SitemapLinks(src Source, body []byte, base *url.URL) (links []Link, children []string, err error) {
	root, err := xmlRoot(body)
	if err != nil {
		return nil, nil, fmt.Errorf("scraper: sitemap: %w", err)
	}
	if root != "urlset" && root != "sitemapindex" {
		return nil, nil, fmt.Errorf("scraper: sitemap: root element <%s> is neither urlset nor sitemapindex", root)
	}
	var sm sitemap
	if err := decodeXML(body, &sm); err != nil {
		return nil, nil, fmt.Errorf("scraper: sitemap: %w", err)
	}
	for _, u := range sm.URLs {
		if l, ok := src.newLink(base, strings.TrimSpace(u.Loc)); ok {
			l.Modified, _ = time.Parse(time.RFC3339, strings.TrimSpace(u.LastMod))
			if l.Modified.IsZero() {
				l.Modified, _ = time.Parse(time.DateOnly, strings.TrimSpace(u.LastMod))
			}
			links = append(links, l)
		}
	}
	for _, s := range sm.Sitemaps {
		if ref, err := base.Parse(strings.TrimSpace(s.Loc)); err == nil && src.ownsHost(ref.Hostname()) {
			children = append(children, ref.String())
		}
	}
	return dedupeLinks(links), children, nil
}

func dedupeLinks(links []Link) []Link {
	seen := map[string]bool{}
	out := links[:0]
	for _, l := range links {
		if !seen[l.canon] {
			seen[l.canon] = true
			out = append(out, l)
		}
	}
	return out
}
