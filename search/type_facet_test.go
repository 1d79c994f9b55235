package search

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// typedDocs are the fixture's releases, some given a type: the others
// count as other.
func typedDocs() []jhasearch.Document {
	docs := fixtureDocs()
	for i := range docs {
		switch i % 4 {
		case 0:
			docs[i].Type = "press-release"
		case 1:
			docs[i].Type = "news"
		case 2:
			docs[i].Type = "event"
		}
	}
	// d01 and d02 are one joint release, shown and counted once as d01.
	docs[1].Type = docs[0].Type
	return docs
}

// TestTypeFacet builds a real index: the type facet counts every release
// (those without a type as other), filters disjunctively, combines with
// other filters and with words, and its values come back on the hits.
func TestTypeFacet(t *testing.T) {
	docs := typedDocs()
	e, _ := openFixture(t, docs)
	want := map[string]int{}
	byType := map[string][]string{}
	for _, d := range docs {
		if d.ID == "d02" {
			continue // collapsed into d01
		}
		ty := d.Type
		if ty == "" {
			ty = jhasearch.TypeOther
		}
		want[ty]++
		byType[ty] = append(byType[ty], d.ID)
	}
	res := search(t, e, jhasearch.SearchRequest{})
	got := map[string]int{}
	for _, v := range res.Facets[jhasearch.FacetType] {
		got[v.Value] = v.Count
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("type facet mismatch (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		name string
		sel  []string
	}{{"news", []string{"news"}}, {"other", []string{"other"}}, {"two", []string{"event", "press-release"}}} {
		t.Run(tc.name, func(t *testing.T) {
			res := search(t, e, jhasearch.SearchRequest{Filters: jhasearch.Filters{jhasearch.FacetType: tc.sel}, Sort: jhasearch.SortNewest})
			var wantIDs []string
			for _, s := range tc.sel {
				wantIDs = append(wantIDs, byType[s]...)
			}
			if diff := cmp.Diff(wantIDs, ids(res), sortStrings); diff != "" {
				t.Errorf("filter %v mismatch (-want +got):\n%s", tc.sel, diff)
			}
			// Disjunctive: the facet's own filter does not narrow its counts.
			if n := len(res.Facets[jhasearch.FacetType]); n != len(want) {
				t.Errorf("filtered type facet has %d values, want all %d", n, len(want))
			}
			for _, h := range res.Hits {
				f, _ := jhasearch.FacetNamed(jhasearch.FacetType)
				if v := f.Of(&h.Document)[0]; !contains(tc.sel, v) {
					t.Errorf("hit %s of type %s", h.Document.ID, v)
				}
			}
		})
	}
	// With a word and another facet's filter, the type counts are those
	// of the releases the word and the filter find.
	res = search(t, e, jhasearch.SearchRequest{Query: "operation", Filters: jhasearch.Filters{jhasearch.FacetType: {"news"}}})
	all := search(t, e, jhasearch.SearchRequest{Query: "operation"})
	news := 0
	for _, h := range all.Hits {
		if h.Document.Type == "news" {
			news++
		}
	}
	if res.Total != news {
		t.Errorf("operation and type news: %d, want %d", res.Total, news)
	}
}

var sortStrings = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
