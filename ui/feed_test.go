package ui

import (
	"bytes"
	"encoding/xml"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestFeedIsAtom reads the feed with encoding/xml, element by element, and
// checks what RFC 4287 requires of a feed and of each entry.
func TestFeedIsAtom(t *testing.T) {
	res, body := get(t, "/search.atom?agency=Europol")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("status %d, type %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	root := parseXML(t, body)
	if root.XMLName.Space != "http://www.w3.org/2005/Atom" || root.XMLName.Local != "feed" {
		t.Fatalf("root element %v, want Atom feed", root.XMLName)
	}
	for _, name := range []string{"id", "title", "updated"} {
		if root.child(name) == nil || strings.TrimSpace(root.child(name).Text) == "" {
			t.Errorf("feed has no %s", name)
		}
	}
	checkDate(t, "feed updated", root.child("updated").Text)
	if self := root.link("self"); self != "https://search.example/search.atom?agency=Europol" {
		t.Errorf("self link %q", self)
	}
	feedAuthor := root.child("author") != nil
	entries := root.children("entry")
	api := apiSearch(t, "agency=Europol&size=100")
	if len(entries) != min(api.Total, DefaultFeedSize) {
		t.Fatalf("%d entries, want %d", len(entries), api.Total)
	}
	last := ""
	for i, e := range entries {
		for _, name := range []string{"id", "title", "updated"} {
			if e.child(name) == nil || strings.TrimSpace(e.child(name).Text) == "" {
				t.Errorf("entry %d has no %s", i, name)
			}
		}
		updated := e.child("updated").Text
		checkDate(t, "entry updated", updated)
		if last != "" && updated > last {
			t.Errorf("entry %d (%s) is newer than the one before (%s): not newest first", i, updated, last)
		}
		last = updated
		if !feedAuthor && e.child("author") == nil {
			t.Errorf("entry %d has no author and the feed has none", i)
		}
		if alt := e.link("alternate"); !strings.HasPrefix(alt, "https://search.example/documents/") {
			t.Errorf("entry %d alternate link %q", i, alt)
		}
	}
	if entries[0].child("author").child("name").Text == "" {
		t.Error("entry author has no name")
	}
}

func TestFeedRefusesPaging(t *testing.T) {
	for _, q := range []string{"page=2", "sort=oldest", "size=5"} {
		var got apiError
		getJSON(t, "/search.atom?"+q, http.StatusBadRequest, &got)
		if !strings.Contains(got.Error.Message, strings.Split(q, "=")[0]) {
			t.Errorf("%s: message %q", q, got.Error.Message)
		}
	}
}

func TestSearchPageLinksFeed(t *testing.T) {
	doc := page(t, "/search?q=fraud&tag=VAT&page=1&sort=newest")
	href := doc.Find(`head link[rel=alternate][type="application/atom+xml"]`).AttrOr("href", "")
	if href != "/search.atom?q=fraud&tag=VAT" {
		t.Errorf("feed link %q, want the search without order and paging", href)
	}
	if res, _ := get(t, href); res.StatusCode != http.StatusOK {
		t.Errorf("the linked feed answers %d", res.StatusCode)
	}
}

// xmlNode is a generic XML element, so the test reads what is really in
// the document and not what the server's own structs expect.
type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []xmlNode  `xml:",any"`
}

func parseXML(t *testing.T, body string) *xmlNode {
	t.Helper()
	var n xmlNode
	dec := xml.NewDecoder(bytes.NewReader([]byte(body)))
	if err := dec.Decode(&n); err != nil {
		t.Fatalf("parse feed: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		t.Fatalf("content after the root element: %v", err)
	}
	return &n
}

func (n *xmlNode) children(local string) []*xmlNode {
	var out []*xmlNode
	for i := range n.Nodes {
		c := &n.Nodes[i]
		if c.XMLName.Local == local && c.XMLName.Space == "http://www.w3.org/2005/Atom" {
			out = append(out, c)
		}
	}
	return out
}

func (n *xmlNode) child(local string) *xmlNode {
	if n == nil {
		return nil
	}
	if c := n.children(local); len(c) > 0 {
		return c[0]
	}
	return nil
}

func (n *xmlNode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *xmlNode) link(rel string) string {
	for _, l := range n.children("link") {
		if l.attr("rel") == rel {
			return l.attr("href")
		}
	}
	return ""
}

func checkDate(t *testing.T, what, s string) {
	t.Helper()
	if _, err := time.Parse(time.RFC3339, s); err != nil {
		t.Errorf("%s %q is not an RFC 3339 date: %v", what, s, err)
	}
}
