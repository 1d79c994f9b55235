package ui

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// TestHostileReleaseStaysText shows the release whose title, summary, body
// and a tag hold <script> and <img onerror> on every page, the feed and the
// exports: it must come out as the characters it is, never as markup.
func TestHostileReleaseStaysText(t *testing.T) {
	pages := []string{
		"/",                        // among the newest releases
		"/search?q=markup",         // as a result with a snippet
		"/search?q=alert",          // the snippet around the script text
		"/search?tag=training",     // as a facet value and a result
		"/documents/" + xssID,      // in full
		"/search?q=seminar+police", // with its summary
	}
	for _, target := range pages {
		t.Run(target, func(t *testing.T) {
			body := getOK(t, target)
			doc := parseHTML(t, body)
			assertNoInjectedMarkup(t, doc)
			if !strings.Contains(doc.Text(), xssScript) && !strings.Contains(doc.Text(), "alert(1)") {
				t.Errorf("the hostile release is not on %s", target)
			}
			if strings.Contains(body, xssScript) || strings.Contains(body, xssImg) {
				t.Errorf("raw markup in the HTML of %s", target)
			}
		})
	}
	doc := page(t, "/documents/"+xssID)
	if got := doc.Find("article h1").Text(); got != "Markup test "+xssScript+" release" {
		t.Errorf("document title %q", got)
	}
	if got := doc.Find("article .summary").Text(); !strings.Contains(got, xssImg) {
		t.Errorf("summary %q does not show the img markup as text", got)
	}
}

// assertNoInjectedMarkup fails on any script but the site's own file and
// on any img, iframe or event-handler attribute.
func assertNoInjectedMarkup(t *testing.T, doc *goquery.Document) {
	t.Helper()
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		if src, ok := s.Attr("src"); !ok || !strings.HasPrefix(src, "/static/suggest.") {
			t.Errorf("unexpected script element %s", mustHTML(t, s))
		}
	})
	if n := doc.Find("img, iframe, object, embed, b").Length(); n != 0 {
		t.Errorf("%d injected elements", n)
	}
	doc.Find("*").Each(func(_ int, s *goquery.Selection) {
		for _, a := range s.Nodes[0].Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
				t.Errorf("element %s has attribute %s", goquery.NodeName(s), a.Key)
			}
		}
	})
}

func TestHostileReleaseInFeedAndExports(t *testing.T) {
	const filter = "?q=markup"
	t.Run("atom", func(t *testing.T) {
		body := getOK(t, "/search.atom"+filter)
		if strings.Contains(body, "<script") || strings.Contains(body, "<img") {
			t.Errorf("raw markup in the feed: %.500s", body)
		}
		var f atomFeed
		if err := xml.Unmarshal([]byte(body), &f); err != nil {
			t.Fatal(err)
		}
		e := findEntry(t, f, xssID)
		if e.Title.Text != "Markup test "+xssScript+" release" || e.Title.Type != "text" {
			t.Errorf("entry title %+v, want the text as written", e.Title)
		}
		if e.Summary == nil || !strings.Contains(e.Summary.Text, xssImg) || e.Summary.Type != "text" {
			t.Errorf("entry summary %+v", e.Summary)
		}
	})
	t.Run("csv", func(t *testing.T) {
		rows, err := csv.NewReader(strings.NewReader(getOK(t, "/search.csv"+filter))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range rows[1:] {
			if r[0] == xssID {
				found = r[4] == "Markup test "+xssScript+" release" && strings.Contains(r[8], xssImg)
			}
		}
		if !found {
			t.Errorf("the hostile release is not in the CSV as written: %v", rows)
		}
	})
	t.Run("json", func(t *testing.T) {
		var got apiExport
		if err := json.Unmarshal([]byte(getOK(t, "/search.json"+filter)), &got); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range got.Hits {
			if h.ID == xssID {
				found = h.Title == "Markup test "+xssScript+" release"
				if strings.Contains(h.Snippet, "<script") || strings.Contains(h.Snippet, "<img") {
					t.Errorf("snippet carries markup: %q", h.Snippet)
				}
			}
		}
		if !found {
			t.Error("the hostile release is not in the JSON export as written")
		}
	})
}

func findEntry(t *testing.T, f atomFeed, id string) atomEntry {
	t.Helper()
	for _, e := range f.Entries {
		if e.ID == "urn:jhasearch:document:"+id {
			return e
		}
	}
	t.Fatalf("no entry for %s among %d", id, len(f.Entries))
	return atomEntry{}
}
