package indexer

import (
	"errors"
	"slices"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// TestTableHoldsEveryFacet builds a real generation: each entry holds the
// values of every facet of the table, in its order, as the facet gives
// them (a type, or other; the group's agencies for agency).
func TestTableHoldsEveryFacet(t *testing.T) {
	in := docs(3, "f")
	in[0].Type = "speech"
	_, tab := buildTable(t, in)
	if !slices.Equal(tab.FacetNames, facetNames()) {
		t.Errorf("facet names %v, want %v", tab.FacetNames, facetNames())
	}
	for i, e := range tab.Entries {
		if len(e.Facets) != len(jhasearch.Facets) {
			t.Fatalf("entry %d holds %d facets, want %d", i, len(e.Facets), len(jhasearch.Facets))
		}
		for k := range jhasearch.Facets {
			f := &jhasearch.Facets[k]
			want := f.Of(&in[i])
			if f.Joint {
				want = e.Agencies
			}
			if !slices.Equal(e.Values(k), want) {
				t.Errorf("entry %d facet %s = %q, want %q", i, f.Name, e.Values(k), want)
			}
		}
	}
	if got := tab.Entries[0].Values(jhasearch.FacetIndex(jhasearch.FacetType)); !slices.Equal(got, []string{"speech"}) {
		t.Errorf("type %q, want speech", got)
	}
}

// TestTableOfOtherFacetsIsOutdated: a generation built when the table had
// other facets lacks the values of the new ones; reading it says it is
// outdated, as for a mapping of another version, so that it is rebuilt.
func TestTableOfOtherFacetsIsOutdated(t *testing.T) {
	g, tab := buildTable(t, docs(2, "o"))
	tab.FacetNames = tab.FacetNames[:len(tab.FacetNames)-1]
	if err := writeTableAs(g.TablePath(), tab); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadTable(g); !errors.Is(err, ErrOutdated) {
		t.Errorf("ReadTable = %v, want ErrOutdated", err)
	}
}
