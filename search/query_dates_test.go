package search

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// roundups are monthly roundups with the same text, published in
// different months; the id of the one of May 2025 sorts last, so that no
// tie puts it first.
func roundups() []jhasearch.Document {
	var docs []jhasearch.Document
	for _, d := range []struct{ id, date string }{
		{"a-april-2025", "2025-04-30"}, {"b-june-2025", "2025-06-02"}, {"c-may-2024", "2024-05-15"},
		{"d-march-2026", "2026-03-10"}, {"z-may-2025", "2025-05-14"}, {"y-may-2025-late", "2025-05-28"},
	} {
		docs = append(docs, jhasearch.Document{ID: d.id, URL: "https://x.example/" + d.id, Agency: "Frontex", Language: "en",
			Published: day(d.date), Title: "Monthly roundup of border operations",
			Body: "The roundup lists the joint operations at the external borders and the officers deployed."})
	}
	docs = append(docs, jhasearch.Document{ID: "text-only", URL: "https://x.example/t", Agency: "EUAA", Language: "en",
		Published: day("2026-01-05"), Title: "Asylum trends", Body: "Applications fell after May 2025, the report says."})
	return docs
}

func TestDateInQueryRanksItsPeriodFirst(t *testing.T) {
	e, _ := openFixture(t, roundups())
	for _, q := range []string{
		"monthly roundup May 2025", "monthly roundup mai 2025", "monthly roundup maj 2025", "roundup maggio 2025",
		"monthly roundup toukokuu 2025", "monthly roundup Μάιος 2025", "roundup 2025-05",
	} {
		got := ids(search(t, e, jhasearch.SearchRequest{Query: q}))
		if len(got) < 6 {
			t.Errorf("%q: %v; want every roundup found", q, got)
			continue
		}
		first := map[string]bool{got[0]: true, got[1]: true}
		if !first["z-may-2025"] || !first["y-may-2025-late"] {
			t.Errorf("%q: %v; want the two roundups of May 2025 first", q, got)
		}
	}
	for q, want := range map[string]string{
		"roundup 14 May 2025": "z-may-2025", "roundup May 28, 2025": "y-may-2025-late", "roundup 2025-05-14": "z-may-2025",
		"roundup 14.05.2025": "z-may-2025", "roundup 28/05/2025": "y-may-2025-late", "roundup 2024": "c-may-2024",
		"roundup 2026": "d-march-2026",
	} {
		if got := ids(search(t, e, jhasearch.SearchRequest{Query: q})); len(got) == 0 || got[0] != want {
			t.Errorf("%q: %v; want %s first", q, got, want)
		}
	}
	// The text may say the date too: a release that writes "May 2025"
	// matches, though published later.
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "May 2025 asylum"}))
	if len(got) == 0 || got[0] != "text-only" {
		t.Errorf("%q: %v; want the release whose text says May 2025 first", "May 2025 asylum", got)
	}
}

// A query that is only a date browses its period, newest first.
func TestDateOnlyQueryBrowsesThePeriod(t *testing.T) {
	e, _ := openFixture(t, roundups())
	res := search(t, e, jhasearch.SearchRequest{Query: "May 2025"})
	if diff := cmp.Diff([]string{"y-may-2025-late", "z-may-2025"}, ids(res)); diff != "" {
		t.Errorf("May 2025: mismatch (-want +got):\n%s", diff)
	}
	res = search(t, e, jhasearch.SearchRequest{Query: "2025", Sort: jhasearch.SortOldest})
	if diff := cmp.Diff([]string{"a-april-2025", "z-may-2025", "y-may-2025-late", "b-june-2025"}, ids(res)); diff != "" {
		t.Errorf("2025 oldest first: mismatch (-want +got):\n%s", diff)
	}
	// Within the filters' dates only.
	res = search(t, e, jhasearch.SearchRequest{Query: "2025", From: day("2025-05-20")})
	if diff := cmp.Diff([]string{"b-june-2025", "y-may-2025-late"}, ids(res)); diff != "" {
		t.Errorf("2025 from 2025-05-20: mismatch (-want +got):\n%s", diff)
	}
	// Paging by cursor.
	var walked []string
	req := jhasearch.SearchRequest{Query: "2025", Sort: jhasearch.SortRelevance, Page: 1, Size: 3}
	for range 5 {
		r, err := e.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		walked = append(walked, ids(r)...)
		if r.Cursor == "" {
			break
		}
		req.Cursor = r.Cursor
	}
	if diff := cmp.Diff([]string{"b-june-2025", "y-may-2025-late", "z-may-2025", "a-april-2025"}, walked); diff != "" {
		t.Errorf("2025 by cursor: mismatch (-want +got):\n%s", diff)
	}
}
