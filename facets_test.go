package jhasearch

import (
	"slices"
	"testing"
)

// TestFacetTable checks what the consumers of the table rely on: unique
// names, a limit, a default among the choices, and a stored facet that
// gives back what it is given.
func TestFacetTable(t *testing.T) {
	seen := map[string]bool{}
	for i := range Facets {
		f := &Facets[i]
		if f.Name == "" || seen[f.Name] || f.Label == "" || f.Doc == "" || f.Limit <= 0 || f.Values == nil {
			t.Errorf("facet %d (%q): name, label, doc, limit and Values are required, the name once", i, f.Name)
		}
		seen[f.Name] = true
		if f.Default != "" && !f.Valid(f.Default) {
			t.Errorf("%s: default %q is not a choice", f.Name, f.Default)
		}
		if f.Set != nil {
			var d Document
			v := []string{"x"}
			if len(f.Choices) > 0 {
				v = []string{f.Choices[0].Value}
			}
			f.Set(&d, v)
			if got := f.Values(&d); !slices.Equal(got, v) {
				t.Errorf("%s: Set %v, Values %v", f.Name, v, got)
			}
		}
	}
	if f, _ := FacetNamed(FacetType); !slices.Equal(f.Of(&Document{}), []string{TypeOther}) || f.ChoiceLabel("press-release") != "Press release" {
		t.Errorf("type of a release without one: %v", f.Of(&Document{}))
	}
}

// TestFiltersKeyHoldsEveryFilter: each filtering facet of the table
// changes the key; order and case of values do not.
func TestFiltersKeyHoldsEveryFilter(t *testing.T) {
	base := Filters{}.Key()
	for _, f := range FilterFacets() {
		if (Filters{f.Name: {"v"}}).Key() == base {
			t.Errorf("filter %s leaves the key unchanged", f.Name)
		}
	}
	a := Filters{FacetAgency: {"Europol", "FRA"}, FacetTag: {"SIS"}}
	b := Filters{FacetTag: {"sis"}, FacetAgency: {"fra", "europol"}}
	if a.Key() != b.Key() {
		t.Errorf("keys differ: %q, %q", a.Key(), b.Key())
	}
	// Values are length-prefixed: no value can pass for two.
	if (Filters{FacetAgency: {"a\x01b"}}).Key() == (Filters{FacetAgency: {"a", "b"}}).Key() {
		t.Error("a value holding a separator has the key of two values")
	}
}
