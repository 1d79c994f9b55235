package demosite

import (
	"encoding/xml"
	"regexp"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestFeedListsEveryEIGERelease(t *testing.T) {
	srv := newServer(t)
	body, res := get(t, srv.URL+"/eige/newsroom/news/rss.xml", 200)
	if ct := res.Header.Get("Content-Type"); ct != "application/rss+xml; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	var doc struct {
		Items []struct {
			Title    string   `xml:"title"`
			Link     string   `xml:"link"`
			PubDate  string   `xml:"pubDate"`
			Category []string `xml:"category"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("parse feed: %v", err)
	}
	type item struct{ Title, Link, Date string }
	var want, got []item
	for _, r := range agencyReleases("EIGE") {
		want = append(want, item{r.Title, r.URL(srv.URL), r.Date()})
	}
	for _, it := range doc.Items {
		d, err := time.Parse(time.RFC1123Z, it.PubDate)
		if err != nil {
			t.Errorf("item %s: pubDate: %v", it.Link, err)
		}
		if len(it.Category) == 0 {
			t.Errorf("item %s has no category", it.Link)
		}
		got = append(got, item{it.Title, it.Link, d.UTC().Format("2006-01-02")})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("feed items mismatch (-want +got):\n%s", diff)
	}
}

func TestSitemapListsEveryEUDARelease(t *testing.T) {
	srv := newServer(t)
	body, _ := get(t, srv.URL+"/euda/sitemap.xml", 200)
	var idx struct {
		XMLName  xml.Name `xml:"sitemapindex"`
		Sitemaps []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal([]byte(body), &idx); err != nil {
		t.Fatalf("parse sitemap index: %v", err)
	}
	if len(idx.Sitemaps) != eudaSitemapPages {
		t.Fatalf("index lists %d sitemaps, want %d", len(idx.Sitemaps), eudaSitemapPages)
	}
	article := regexp.MustCompile(demoSources[5].article)
	got := map[string]bool{}
	others := 0
	for _, sm := range idx.Sitemaps {
		body, _ := get(t, sm, 200)
		var set struct {
			XMLName xml.Name `xml:"urlset"`
			URLs    []string `xml:"url>loc"`
		}
		if err := xml.Unmarshal([]byte(body), &set); err != nil {
			t.Fatalf("parse %s: %v", sm, err)
		}
		for _, u := range set.URLs {
			if !article.MatchString(u) {
				others++
				get(t, u, 200) // a topic page: real, but no release
				continue
			}
			if got[u] {
				t.Errorf("%s listed twice", u)
			}
			got[u] = true
		}
	}
	if diff := cmp.Diff(releaseURLs(srv.URL, "EUDA"), got); diff != "" {
		t.Errorf("sitemap releases mismatch (-want +got):\n%s", diff)
	}
	if others != len(eudaTopics) {
		t.Errorf("sitemap lists %d other pages, want %d", others, len(eudaTopics))
	}
}
