package search

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// matchingDocs: one release with the four words of the question, four that
// each lack one of them, and one with none. The one with every word is the
// oldest and its text the longest, so that neither date nor BM25 alone puts
// it first.
func matchingDocs() []jhasearch.Document {
	doc := func(id, date, title, body string) jhasearch.Document {
		return jhasearch.Document{ID: id, URL: "https://x.example/" + id, Agency: "EPPO", Language: "en",
			Published: day(date), Title: title, Body: body}
	}
	return []jhasearch.Document{
		doc("all", "2020-01-10", "Audit of a project", "The audit looked at an orchard, its irrigation and the canal that feeds it, among many other things the inspectors reviewed over several weeks of work in the region."),
		doc("no-orchard", "2024-02-01", "Irrigation canal audit", "An audit of an irrigation canal."),
		doc("no-irrigation", "2024-02-02", "Orchard canal audit", "An audit of an orchard canal."),
		doc("no-canal", "2024-02-03", "Orchard irrigation audit", "An audit of orchard irrigation."),
		doc("no-audit", "2024-02-04", "Orchard irrigation canal", "An orchard irrigation canal."),
		doc("none", "2024-02-05", "Customs fraud", "Textiles declared under a false origin."),
	}
}

func TestSomeWordsRankBelowAll(t *testing.T) {
	e, _ := openFixture(t, matchingDocs())
	const q = "orchard irrigation canal audit"
	some := []string{"no-audit", "no-canal", "no-irrigation", "no-orchard"}
	for _, sort := range []jhasearch.Sort{jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest} {
		res := search(t, e, jhasearch.SearchRequest{Query: q, Sort: sort})
		got := ids(res)
		if len(got) != 5 || got[0] != "all" {
			t.Fatalf("sort %s: got %v, want the release with every word first, then the four with three", sort, got)
		}
		rest := slices.Clone(got[1:])
		slices.Sort(rest)
		if diff := cmp.Diff(some, rest); diff != "" {
			t.Errorf("sort %s: releases with some words mismatch (-want +got):\n%s", sort, diff)
		}
		if res.Total != 5 || res.AllWords != 1 || res.SomeWords != 4 {
			t.Errorf("sort %s: Total %d, AllWords %d, SomeWords %d; want 5, 1, 4", sort, res.Total, res.AllWords, res.SomeWords)
		}
		if n := res.Facets[jhasearch.FacetAgency][0].Count; n != 5 {
			t.Errorf("sort %s: agency facet counts %d, want the 5 releases shown", sort, n)
		}
	}
	res := search(t, e, jhasearch.SearchRequest{Query: q, Match: jhasearch.MatchAll})
	if diff := cmp.Diff([]string{"all"}, ids(res)); diff != "" || res.Total != 1 || res.AllWords != 1 || res.SomeWords != 4 {
		t.Errorf("match=all: got %v, Total %d, AllWords %d, SomeWords %d; want [all], 1, 1, 4", ids(res), res.Total, res.AllWords, res.SomeWords)
	}
	if h := search(t, e, jhasearch.SearchRequest{Query: q}).Hits[0]; h.Score <= 0 || h.Score >= tierGap {
		t.Errorf("the first hit shows score %g; want its BM25 score, without the tier", h.Score)
	}
}

// Cursors walk across the boundary between the two tiers in every sort.
func TestSomeWordsCursor(t *testing.T) {
	e, _ := openFixture(t, matchingDocs())
	for _, sort := range []jhasearch.Sort{jhasearch.SortRelevance, jhasearch.SortNewest} {
		whole := ids(search(t, e, jhasearch.SearchRequest{Query: "orchard irrigation canal audit", Sort: sort}))
		var walked []string
		req := jhasearch.SearchRequest{Query: "orchard irrigation canal audit", Sort: sort, Page: 1, Size: 2}
		for range 10 {
			res, err := e.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			walked = append(walked, ids(res)...)
			if res.Cursor == "" {
				break
			}
			req.Cursor = res.Cursor
		}
		if diff := cmp.Diff(whole, walked); diff != "" {
			t.Errorf("sort %s: cursor walk mismatch (-want +got):\n%s", sort, diff)
		}
	}
}
