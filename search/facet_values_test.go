package search

import (
	"fmt"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// TestMoreFacetValuesThanSixteenBits builds an archive of more distinct
// tags than 16 bits can number. Value numbers that wrapped made the tag
// filter select releases of another tag and the facets count them.
func TestMoreFacetValuesThanSixteenBits(t *testing.T) {
	const docs, tagsEach = 1400, jhasearch.MaxTags // 70,000 distinct tags
	var archive []jhasearch.Document
	for i := range docs {
		d := jhasearch.Document{
			ID: fmt.Sprintf("t%04d", i), URL: fmt.Sprintf("https://tags.example/t%04d", i),
			Agency: "Europol", Language: "en", Published: day("2024-01-01"),
			Title: "Release with many tags", Body: fmt.Sprintf("Every release of this archive carries tags of its own. Marker%04d.", i),
		}
		for j := range tagsEach {
			d.Tags = append(d.Tags, fmt.Sprintf("tag-%d-%d", i, j))
		}
		archive = append(archive, d)
	}
	e, _ := openFixture(t, archive)
	// tag-0-0 is value 0; the value numbered 65,536 is the 37th tag of
	// release 1310, which wrapped onto it.
	for _, tc := range []struct {
		doc int
		tag string
	}{{0, "tag-0-0"}, {1310, "tag-1310-36"}, {1399, "tag-1399-49"}} {
		res := search(t, e, jhasearch.SearchRequest{Filters: jhasearch.Filters{"tag": []string{tc.tag}}})
		if got := ids(res); len(got) != 1 || got[0] != fmt.Sprintf("t%04d", tc.doc) {
			t.Errorf("tag %q selects %v, want [t%04d]", tc.tag, got, tc.doc)
		}
		// The release's own tags, counted once each, and no other.
		res = search(t, e, jhasearch.SearchRequest{Query: fmt.Sprintf("marker%04d", tc.doc)})
		want := map[string]bool{}
		for j := range tagsEach {
			want[fmt.Sprintf("tag-%d-%d", tc.doc, j)] = true
		}
		for _, v := range res.Facets["tag"] {
			if !want[v.Value] || v.Count != 1 {
				t.Errorf("release %d: facet value %q counted %d, want only its own tags once", tc.doc, v.Value, v.Count)
			}
		}
		if len(res.Facets["tag"]) != tagsEach {
			t.Errorf("release %d: %d tag facet values, want %d", tc.doc, len(res.Facets["tag"]), tagsEach)
		}
	}
}
