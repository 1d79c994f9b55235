package ui

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/ui/analyst"
	"github.com/jhasearch/jhasearch/ui/request"
)

// openAPI is the part of an OpenAPI 3.1 document the test reads.
type openAPI struct {
	OpenAPI    string                      `json:"openapi"`
	Paths      map[string]map[string]apiOp `json:"paths"`
	Components struct {
		Parameters map[string]apiParam  `json:"parameters"`
		Schemas    map[string]apiSchema `json:"schemas"`
	} `json:"components"`
}

type apiOp struct {
	Parameters []apiParam             `json:"parameters"`
	Responses  map[string]apiResponse `json:"responses"`
}

type apiParam struct {
	Ref  string `json:"$ref"`
	Name string `json:"name"`
	In   string `json:"in"`
}

type apiResponse struct {
	Content map[string]struct {
		Schema apiSchema `json:"schema"`
	} `json:"content"`
}

type apiSchema struct {
	Ref      string   `json:"$ref"`
	Required []string `json:"required"`
}

// pageRoutes are the routes for people, outside the API document.
var pageRoutes = map[string]bool{"/": true, "/search": true, "/documents/{id}": true, "/static/{name}": true, "/trends": true}

// documentedParams are the parameter sets the handlers accept, by path.
var documentedParams = map[string][]string{
	"/api/v1/search": request.SearchParams, "/api/v1/documents/{id}": noParams,
	"/api/v1/documents/{id}/related": relatedParams, "/api/v1/suggest": suggestParams,
	"/api/v1/stats": noParams, "/api/v1/openapi.json": noParams,
	"/search.atom": request.FeedParams, "/search.csv": request.ExportParams, "/search.json": request.ExportParams,
	"/healthz": noParams, "/readyz": noParams,
	"/api/v1/trends": analyst.TrendsParams, "/api/v1/trends.csv": analyst.TrendsParams, "/api/v1/terms": analyst.TermsParams,
	"/api/v1/rising": analyst.RisingParams,
}

func loadOpenAPI(t *testing.T) openAPI {
	t.Helper()
	var doc openAPI
	getJSON(t, "/api/v1/openapi.json", http.StatusOK, &doc)
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi %q, want 3.1.0", doc.OpenAPI)
	}
	return doc
}

// TestOpenAPIMatchesRouter walks the real router: every API route is in the
// document with the parameters its handler accepts, and nothing else is.
func TestOpenAPIMatchesRouter(t *testing.T) {
	doc := loadOpenAPI(t)
	srv := New(testEngine, Config{}, slog.New(slog.DiscardHandler))
	var routed []string
	for _, r := range srv.echo.Routes() {
		p := openAPIPath(r.Path)
		if !pageRoutes[p] {
			routed = append(routed, r.Method+" "+p)
		}
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	sort.Strings(routed)
	sort.Strings(documented)
	if diff := cmp.Diff(routed, documented); diff != "" {
		t.Errorf("router and OpenAPI paths differ (-router +document):\n%s", diff)
	}
	for p, ops := range doc.Paths {
		var query, path []string
		for _, prm := range ops["get"].Parameters {
			prm = doc.resolveParam(t, prm)
			if prm.In == "path" {
				path = append(path, prm.Name)
			} else {
				query = append(query, prm.Name)
			}
		}
		want, ok := documentedParams[p]
		if !ok {
			t.Errorf("%s: the test does not know the handler's parameters", p)
		}
		if diff := cmp.Diff(sorted(want), sorted(query)); diff != "" {
			t.Errorf("%s: query parameters differ (-handler +document):\n%s", p, diff)
		}
		if strings.Contains(p, "{id}") != slices.Contains(path, "id") {
			t.Errorf("%s: path parameters %v", p, path)
		}
	}
}

// TestOpenAPIResponses fetches each documented endpoint from the real app
// and checks the answer has every required top-level field.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	for p, ops := range doc.Paths {
		t.Run(p, func(t *testing.T) {
			target := strings.ReplaceAll(p, "{id}", eurodacID)
			if p == "/api/v1/suggest" {
				target += "?q=euro"
			}
			res, body := get(t, target)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %.200s", res.StatusCode, body)
			}
			for ctype, c := range ops["get"].Responses["200"].Content {
				if !strings.HasPrefix(res.Header.Get("Content-Type"), ctype) {
					t.Errorf("type %q, documented %q", res.Header.Get("Content-Type"), ctype)
				}
				if ctype != "application/json" {
					continue
				}
				var fields map[string]json.RawMessage
				if err := json.Unmarshal([]byte(body), &fields); err != nil {
					t.Fatal(err)
				}
				for _, name := range doc.resolveSchema(t, c.Schema).Required {
					if _, ok := fields[name]; !ok {
						t.Errorf("answer lacks the documented field %q", name)
					}
				}
			}
		})
	}
}

func (d openAPI) resolveParam(t *testing.T, p apiParam) apiParam {
	if p.Ref == "" {
		return p
	}
	r, ok := d.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
	if !ok {
		t.Fatalf("unresolved %s", p.Ref)
	}
	return r
}

func (d openAPI) resolveSchema(t *testing.T, s apiSchema) apiSchema {
	if s.Ref == "" {
		return s
	}
	r, ok := d.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")]
	if !ok {
		t.Fatalf("unresolved %s", s.Ref)
	}
	return r
}

// openAPIPath writes Echo's /documents/:id as /documents/{id}.
func openAPIPath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		if strings.HasPrefix(s, ":") {
			parts[i] = "{" + s[1:] + "}"
		}
	}
	return strings.Join(parts, "/")
}

func sorted(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}
