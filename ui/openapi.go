package ui

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
)

// The API document is openapi.json with its facets filled in from the
// table of facets (jhasearch.Facets) when the server starts: a facet
// added to the table is a parameter of every search endpoint, a key of
// the answer's facets and, for a facet a hit carries under "values", a
// property of the hit, without an edit here. The template marks where the
// filter parameters go with a reference to filterParamsRef, which no
// served document holds.

//go:embed openapi.json
var openAPITemplate []byte

// openAPIDocument is the served document.
var openAPIDocument = mustOpenAPI(openAPITemplate)

const (
	filterParamsRef = "#/components/parameters/facetFilters"
	paramRefPrefix  = "#/components/parameters/"
	facetValueRef   = "#/components/schemas/FacetValue"
)

// mustOpenAPI builds the document or stops the start: a broken template
// is a bug, found by the first test that starts a server.
func mustOpenAPI(tmpl []byte) []byte {
	b, err := buildOpenAPI(tmpl)
	if err != nil {
		panic(err)
	}
	return b
}

type jsonObject = map[string]any

// buildOpenAPI fills the template's facets in.
func buildOpenAPI(tmpl []byte) ([]byte, error) {
	var doc jsonObject
	if err := json.Unmarshal(tmpl, &doc); err != nil {
		return nil, fmt.Errorf("ui: openapi template: %w", err)
	}
	comps, _ := doc["components"].(jsonObject)
	params, _ := comps["parameters"].(jsonObject)
	schemas, _ := comps["schemas"].(jsonObject)
	paths, _ := doc["paths"].(jsonObject)
	if params == nil || schemas == nil || paths == nil {
		return nil, fmt.Errorf("ui: openapi template: no components.parameters, components.schemas or paths")
	}
	var refs []any
	for _, f := range jhasearch.FilterFacets() {
		if _, ok := params[f.Name]; ok {
			return nil, fmt.Errorf("ui: openapi template: parameter %s is made from the facet table; remove it", f.Name)
		}
		params[f.Name] = filterParam(f)
		refs = append(refs, jsonObject{"$ref": paramRefPrefix + f.Name})
	}
	for _, item := range paths {
		ops, _ := item.(jsonObject)
		for _, op := range ops {
			if o, ok := op.(jsonObject); ok {
				o["parameters"] = withFilterRefs(o["parameters"], refs)
			}
		}
	}
	if err := facetSchemas(schemas); err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("ui: openapi document: %w", err)
	}
	return append(b, '\n'), nil
}

// filterParam describes the filter parameter of a facet.
func filterParam(f *jhasearch.Facet) jsonObject {
	items := jsonObject{"type": "string"}
	if len(f.Choices) > 0 {
		items["enum"] = f.ChoiceValues()
	}
	return jsonObject{
		"name": f.Name, "in": "query", "required": false, "style": "form", "explode": true,
		"description": fmt.Sprintf("%s filter: %s Repeat for several (OR within the parameter, AND across filters); at most %d values.",
			f.Label, f.Doc, request.MaxFilterValues),
		"schema": jsonObject{"type": "array", "items": items, "maxItems": request.MaxFilterValues},
	}
}

// withFilterRefs replaces the placeholder of a parameter list by the
// filter parameters.
func withFilterRefs(list any, refs []any) any {
	l, _ := list.([]any)
	i := slices.IndexFunc(l, func(p any) bool {
		o, _ := p.(jsonObject)
		return o["$ref"] == filterParamsRef
	})
	if i < 0 {
		return list
	}
	return slices.Concat(l[:i], refs, l[i+1:])
}

// facetSchemas fills in the facets of SearchResult and the values of Hit.
func facetSchemas(schemas jsonObject) error {
	result, _ := schemas["SearchResult"].(jsonObject)
	props, _ := result["properties"].(jsonObject)
	facets, _ := props["facets"].(jsonObject)
	hit, _ := schemas["Hit"].(jsonObject)
	hitProps, _ := hit["properties"].(jsonObject)
	if facets == nil || hitProps == nil {
		return fmt.Errorf("ui: openapi template: no SearchResult.properties.facets or Hit.properties")
	}
	fprops := jsonObject{}
	var required []string
	values := jsonObject{}
	for i := range jhasearch.Facets {
		f := &jhasearch.Facets[i]
		fprops[f.Name] = jsonObject{"type": "array", "description": f.Doc, "items": jsonObject{"$ref": facetValueRef}}
		required = append(required, f.Name)
		if f.Hit {
			items := jsonObject{"type": "string"}
			if len(f.Choices) > 0 {
				items["enum"] = f.ChoiceValues()
			}
			values[f.Name] = jsonObject{"type": "array", "description": f.Doc, "items": items}
		}
	}
	facets["properties"], facets["required"] = fprops, required
	if len(values) > 0 {
		hitProps["values"] = jsonObject{"type": "object", "properties": values,
			"description": "The release's values of the facets that have no field of their own in a hit, by facet."}
	}
	return nil
}
