package ui

import (
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/view"
)

// The API's answer types are its own, not the domain's: the wire format
// stays put when a domain type grows a field, and the OpenAPI document
// describes exactly these structs.

// apiSearchResult is the answer of /api/v1/search.
type apiSearchResult struct {
	Total int `json:"total"`
	// Versions counts the language versions that matched: a release in
	// three languages is one of Total and up to three of Versions.
	Versions   int                        `json:"versions"`
	Page       int                        `json:"page"`
	Size       int                        `json:"size"`
	TookMS     float64                    `json:"took_ms"`
	Hits       []apiHit                   `json:"hits"`
	Facets     map[string][]apiFacetValue `json:"facets"`
	Suggestion string                     `json:"suggestion,omitempty"`
	Cursor     string                     `json:"cursor,omitempty"`
	// AllWords and SomeWords: how many releases have every word of the
	// query, and how many more have only some (ranked below them, or not
	// found with match=all).
	AllWords  int `json:"all_words"`
	SomeWords int `json:"some_words"`
}

// apiHit is one result: a document without its body, with a snippet.
type apiHit struct {
	ID        string   `json:"id"`
	URL       string   `json:"url"`
	Agency    string   `json:"agency"`
	Agencies  []string `json:"agencies"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Tags      []string `json:"tags"`
	Language  string   `json:"language"`
	Summary   string   `json:"summary"`
	Snippet   string   `json:"snippet"`
	Score     float64  `json:"score"`
	// Translations are the release's versions in other languages.
	Translations []apiVersion `json:"translations,omitempty"`
	// Values holds the release's values of the facets that have no field
	// of their own in a hit (jhasearch.Facet.Hit), by facet name.
	Values map[string][]string `json:"values,omitempty"`
}

// apiVersion is a language version of a release.
type apiVersion struct {
	ID       string `json:"id"`
	Language string `json:"language"`
	Title    string `json:"title"`
}

type apiFacetValue struct {
	Value string `json:"value"`
	// Label is a language's name with its code, "Deutsch (de)", on the
	// language facet; with lang, a concept's label in that language on
	// the topic, system and country facets.
	Label string `json:"label,omitempty"`
	Count int    `json:"count"`
}

// apiDocument is the answer of /api/v1/documents/{id}.
type apiDocument struct {
	ID        string     `json:"id"`
	URL       string     `json:"url"`
	Aliases   []string   `json:"aliases"`
	Agency    string     `json:"agency"`
	Agencies  []string   `json:"agencies"`
	Title     string     `json:"title"`
	Published string     `json:"published"`
	Summary   string     `json:"summary"`
	Body      string     `json:"body"`
	Tags      []string   `json:"tags"`
	Language  string     `json:"language"`
	Credits   []string   `json:"credits"`
	FetchedAt *time.Time `json:"fetched_at"`
	Group     string     `json:"group,omitempty"`
	// Joint lists the other documents of the joint-release group.
	Joint []apiDocumentRef `json:"joint"`
}

// apiDocumentRef names another document.
type apiDocumentRef struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Agency    string `json:"agency"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
}

type apiRelated struct {
	ID   string   `json:"id"`
	Hits []apiHit `json:"hits"`
}

type apiSuggestions struct {
	Query       string   `json:"query"`
	Suggestions []string `json:"suggestions"`
}

type apiStats struct {
	Documents  int             `json:"documents"`
	Generation string          `json:"generation"`
	BuiltAt    *time.Time      `json:"built_at"`
	Agencies   []apiFacetValue `json:"agencies"`
	Oldest     string          `json:"oldest"`
	Newest     string          `json:"newest"`
}

type apiStatus struct {
	Status string `json:"status"`
}

func toAPIResult(r *jhasearch.SearchResult) apiSearchResult {
	out := apiSearchResult{
		Total: r.Total, Versions: r.Versions, Page: r.Page, Size: r.Size,
		TookMS:     float64(r.Took.Microseconds()) / 1000,
		Hits:       make([]apiHit, 0, len(r.Hits)),
		Facets:     make(map[string][]apiFacetValue, len(jhasearch.Facets)),
		Suggestion: r.Suggestion, Cursor: r.Cursor,
		AllWords: r.AllWords, SomeWords: r.SomeWords,
	}
	for _, h := range r.Hits {
		out.Hits = append(out.Hits, toAPIHit(h))
	}
	// Every facet of the table is in every answer, even when empty, so
	// clients need not test for a missing key. A language, and a value of
	// a closed list, carry a label.
	for i := range jhasearch.Facets {
		f := &jhasearch.Facets[i]
		vals := toAPIFacet(r.Facets[f.Name])
		if f.Name == jhasearch.FacetLanguage || len(f.Choices) > 0 {
			for j := range vals {
				vals[j].Label = view.ValueLabel(f, vals[j].Value)
			}
		}
		out.Facets[f.Name] = vals
	}
	return out
}

// apiHitOf is toAPIHit for those that take any JSON value (a trend's
// peak, package analyst).
func apiHitOf(h jhasearch.Hit) any {
	a := toAPIHit(h)
	return &a
}

func toAPIHit(h jhasearch.Hit) apiHit {
	d := h.Document
	return apiHit{
		ID: d.ID, URL: d.URL, Agency: d.Agency, Agencies: agenciesOf(h),
		Title: d.Title, Published: formatDate(d.Published), Tags: nonNil(d.Tags),
		Language: d.Language, Summary: d.Summary, Snippet: view.SafeSnippet(h.Snippet), Score: h.Score,
		Translations: toAPIVersions(h.Translations), Values: hitValues(&d),
	}
}

// hitValues returns a release's values of the facets a hit carries under
// "values"; nil when there is none.
func hitValues(d *jhasearch.Document) map[string][]string {
	var out map[string][]string
	for i := range jhasearch.Facets {
		if f := &jhasearch.Facets[i]; f.Hit {
			if out == nil {
				out = map[string][]string{}
			}
			out[f.Name] = nonNil(f.Of(d))
		}
	}
	return out
}

func toAPIVersions(vs []jhasearch.Version) []apiVersion {
	var out []apiVersion
	for _, v := range vs {
		out = append(out, apiVersion{ID: v.ID, Language: v.Language, Title: v.Title})
	}
	return out
}

func toAPIFacet(vals []jhasearch.FacetValue) []apiFacetValue {
	out := make([]apiFacetValue, 0, len(vals))
	for _, v := range vals {
		out = append(out, apiFacetValue{Value: v.Value, Count: v.Count})
	}
	return out
}

func toAPIRef(d jhasearch.Document) apiDocumentRef {
	return apiDocumentRef{ID: d.ID, URL: d.URL, Agency: d.Agency, Title: d.Title,
		Published: formatDate(d.Published), Language: d.Language}
}

// agenciesOf lists every agency of a hit, its own first, even when the
// engine left the list empty for a release that stands alone.
func agenciesOf(h jhasearch.Hit) []string {
	if len(h.Agencies) > 0 {
		return h.Agencies
	}
	return []string{h.Document.Agency}
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(jhasearch.DateLayout)
}

func optionalTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
