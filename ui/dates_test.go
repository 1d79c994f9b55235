package ui

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search"
)

// farApp serves an index of releases dated far outside int64 nanoseconds
// (1678 to 2262), all matching "chronicle".
func farApp(t *testing.T) http.Handler {
	t.Helper()
	var docs []jhasearch.Document
	for _, d := range []struct{ id, day string }{{"old-1500", "1500-01-01"}, {"now-2024", "2024-02-15"}, {"far-9999", "9999-12-31"}} {
		p, err := time.Parse(jhasearch.DateLayout, d.day)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, jhasearch.Document{ID: d.id, URL: "https://example.org/" + d.id, Agency: "Europol", Language: "en",
			Published: p, Title: "Chronicle of " + d.day, Body: "A chronicle written for the test of " + d.day + "."})
	}
	dir := t.TempDir()
	if _, err := indexer.Build(context.Background(), dir, seq(docs)); err != nil {
		t.Fatal(err)
	}
	e, err := search.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return New(e, Config{BaseURL: "https://search.example"}, slog.New(slog.DiscardHandler)).Handler()
}

func TestDatesOfEveryAcceptedYear(t *testing.T) {
	app := farApp(t)
	apiIDs := func(query string) []string {
		t.Helper()
		res, body := getFrom(t, app, "/api/v1/search?"+query)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d: %s", query, res.StatusCode, body)
		}
		var out apiSearchResult
		if err := json.Unmarshal([]byte(body), &out); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range out.Hits {
			got = append(got, h.ID+" "+h.Published)
		}
		return got
	}
	for query, want := range map[string][]string{
		"to=9999-12-31":                             {"far-9999 9999-12-31", "now-2024 2024-02-15", "old-1500 1500-01-01"},
		"q=chronicle&to=9999-12-31&sort=oldest":     {"old-1500 1500-01-01", "now-2024 2024-02-15", "far-9999 9999-12-31"},
		"from=2300-01-01":                           {"far-9999 9999-12-31"},
		"q=chronicle&from=2300-01-01&to=9999-12-30": nil,
		"from=1000-01-01&to=1599-12-31":             {"old-1500 1500-01-01"},
	} {
		if diff := cmp.Diff(want, apiIDs(query)); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", query, diff)
		}
	}
	for _, bad := range []string{"from=0999-12-31", "to=0001-01-01", "from=0000-01-01"} {
		res, body := getFrom(t, app, "/api/v1/search?"+bad)
		if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "1000-01-01 to 9999-12-31") {
			t.Errorf("%s: status %d, body %s; want 400 naming the accepted dates", bad, res.StatusCode, body)
		}
	}

	var doc apiDocument
	if res, body := getFrom(t, app, "/api/v1/documents/old-1500"); res.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &doc) != nil || doc.Published != "1500-01-01" {
		t.Errorf("API document: status %d, published %q", res.StatusCode, doc.Published)
	}
	_, page := getFrom(t, app, "/documents/old-1500")
	d, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if tm := d.Find("time").First(); tm.AttrOr("datetime", "") != "1500-01-01" || tm.Text() != "1 January 1500" {
		t.Errorf("document page shows <time datetime=%q>%s</time>", tm.AttrOr("datetime", ""), tm.Text())
	}
	_, page = getFrom(t, app, "/search?q=chronicle&sort=oldest")
	d, err = goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var shown []string
	d.Find("time[datetime]").Each(func(_ int, s *goquery.Selection) { shown = append(shown, s.AttrOr("datetime", "")) })
	if diff := cmp.Diff([]string{"1500-01-01", "2024-02-15", "9999-12-31"}, shown); diff != "" {
		t.Errorf("results page dates mismatch (-want +got):\n%s", diff)
	}
	_, feed := getFrom(t, app, "/search.atom?q=chronicle")
	var stamps []string
	for _, e := range parseXML(t, feed).children("entry") {
		stamps = append(stamps, e.child("published").Text)
	}
	if diff := cmp.Diff([]string{"9999-12-31T00:00:00Z", "2024-02-15T00:00:00Z", "1500-01-01T00:00:00Z"}, stamps); diff != "" {
		t.Errorf("Atom dates mismatch (-want +got):\n%s", diff)
	}
	_, body := getFrom(t, app, "/search.csv?q=chronicle&sort=oldest")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, r := range rows[1:] {
		cells = append(cells, r[1])
	}
	if diff := cmp.Diff([]string{"1500-01-01", "2024-02-15", "9999-12-31"}, cells); diff != "" {
		t.Errorf("CSV dates mismatch (-want +got):\n%s", diff)
	}
}
