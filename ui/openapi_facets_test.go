package ui

import (
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestOpenAPIFacetsFromTable reads the served document: every facet of
// the table that filters is a parameter of the search endpoints, with its
// closed list of values when it has one, and every facet is a required key
// of the answer's facets.
func TestOpenAPIFacetsFromTable(t *testing.T) {
	var doc struct {
		Paths      map[string]map[string]apiOp `json:"paths"`
		Components struct {
			Parameters map[string]struct {
				Name   string `json:"name"`
				Schema struct {
					Items struct {
						Enum []string `json:"enum"`
					} `json:"items"`
				} `json:"schema"`
			} `json:"parameters"`
			Schemas map[string]struct {
				Properties map[string]struct {
					Required   []string       `json:"required"`
					Properties map[string]any `json:"properties"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	getJSON(t, "/api/v1/openapi.json", http.StatusOK, &doc)
	var names []string
	for _, f := range jhasearch.FilterFacets() {
		p, ok := doc.Components.Parameters[f.Name]
		if !ok || p.Name != f.Name {
			t.Errorf("no parameter %s in the document", f.Name)
		}
		if diff := cmp.Diff(f.ChoiceValues(), p.Schema.Items.Enum, cmp.Comparer(func(a, b []string) bool { return strings.Join(a, ",") == strings.Join(b, ",") })); diff != "" {
			t.Errorf("parameter %s values mismatch (-table +document):\n%s", f.Name, diff)
		}
	}
	for _, f := range jhasearch.Facets {
		names = append(names, f.Name)
	}
	facets := doc.Components.Schemas["SearchResult"].Properties["facets"]
	if diff := cmp.Diff(names, facets.Required); diff != "" {
		t.Errorf("facets of an answer mismatch (-table +document):\n%s", diff)
	}
	if _, ok := doc.Components.Parameters["facetFilters"]; ok {
		t.Error("the placeholder facetFilters is served")
	}
	for path, ops := range doc.Paths {
		for _, op := range ops {
			for _, p := range op.Parameters {
				if p.Ref == filterParamsRef {
					t.Errorf("%s: the placeholder is served", path)
				}
			}
		}
	}
}

// TestOpenAPITemplateRefusesFacetParams: a facet's parameter written by
// hand in the template would drift from the table; the build refuses it.
func TestOpenAPITemplateRefusesFacetParams(t *testing.T) {
	tmpl := `{"paths": {}, "components": {"parameters": {"agency": {}}, "schemas": {}}}`
	if _, err := buildOpenAPI([]byte(tmpl)); err == nil || !strings.Contains(err.Error(), "agency") {
		t.Errorf("err = %v, want one naming agency", err)
	}
}
