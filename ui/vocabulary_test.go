package ui

import (
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The vocabulary's facets and filters through the API, checked against
// counts computed here from the corpus (enriched in TestMain as cmd
// enriches at build).

// vocabularyFacet names a facet, its filter parameter and a unit's values.
type vocabularyFacet struct {
	name string
	vals func(u unit) []string
}

var vocabularyFacets = []vocabularyFacet{
	{"topic", func(u unit) []string { return u.doc.Topics }},
	{"system", func(u unit) []string { return u.doc.Systems }},
	{"country", func(u unit) []string { return u.doc.Countries }},
	{"agency", func(u unit) []string { return u.agencies }},
}

// expectedFacets counts, for each facet, the units that pass every filter
// of sel but the facet's own (disjunctive facets).
func expectedFacets(t *testing.T, sel map[string][]string) (int, map[string][]apiFacetValue) {
	t.Helper()
	counts := map[string]map[string]int{}
	total := 0
	for _, u := range units(t) {
		fails := map[string]bool{}
		for _, f := range vocabularyFacets {
			if len(sel[f.name]) > 0 && !anyIn(f.vals(u), sel[f.name]...) {
				fails[f.name] = true
			}
		}
		for _, f := range vocabularyFacets {
			if len(fails) == 0 || len(fails) == 1 && fails[f.name] {
				if counts[f.name] == nil {
					counts[f.name] = map[string]int{}
				}
				for _, v := range f.vals(u) {
					counts[f.name][v]++
				}
			}
		}
		if len(fails) == 0 {
			total++
		}
	}
	out := map[string][]apiFacetValue{}
	for _, f := range vocabularyFacets {
		for v, n := range counts[f.name] {
			out[f.name] = append(out[f.name], apiFacetValue{Value: v, Count: n})
		}
		sort.Slice(out[f.name], func(i, j int) bool {
			a, b := out[f.name][i], out[f.name][j]
			return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
		})
	}
	return total, out
}

func TestAPIVocabularyFiltersAndFacets(t *testing.T) {
	tests := []map[string][]string{
		{},
		{"topic": {"Asylum"}},
		{"topic": {"Border management", "Cyber-attacks"}},
		{"system": {"Schengen Information System (SIS)"}},
		{"country": {"Italy", "Greece"}},
		{"topic": {"Asylum"}, "country": {"Italy"}},
		{"agency": {"eu-LISA", "Europol"}, "system": {"Schengen Information System (SIS)", "Eurodac"}, "topic": {"Fundamental rights", "Border management"}},
	}
	for _, sel := range tests {
		var params []string
		for name, vals := range sel {
			for _, v := range vals {
				params = append(params, name+"="+strings.ReplaceAll(v, " ", "+"))
			}
		}
		sort.Strings(params)
		query := strings.Join(params, "&")
		t.Run(query, func(t *testing.T) {
			total, want := expectedFacets(t, sel)
			if total == 0 {
				t.Fatal("the case matches nothing; it would prove little")
			}
			got := apiSearch(t, query+"&size=100")
			if got.Total != total || len(got.Hits) != total {
				t.Errorf("total %d with %d hits, want %d", got.Total, len(got.Hits), total)
			}
			for _, f := range vocabularyFacets {
				if diff := cmp.Diff(want[f.name], got.Facets[f.name], cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("facet %s mismatch (-want +got):\n%s", f.name, diff)
				}
			}
		})
	}
}

// mentions returns the ids of the units whose title, summary or body
// matches any of the patterns: what a query naming a concept must find.
func mentions(t *testing.T, patterns ...string) []string {
	t.Helper()
	var out []string
	for _, u := range units(t) {
		text := u.doc.Title + "\n" + u.doc.Summary + "\n" + u.doc.Body
		if slices.ContainsFunc(patterns, func(p string) bool { return regexp.MustCompile(p).MatchString(text) }) {
			out = append(out, u.doc.ID)
		}
	}
	sort.Strings(out)
	return out
}

func hitIDs(r apiSearchResult) []string {
	out := []string{}
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	sort.Strings(out)
	return out
}

func TestAPISynonyms(t *testing.T) {
	sis := mentions(t, `\bSIS\b`, `(?i)\bschengen information system\b`)
	euaa := mentions(t, `\bEASO\b`, `\bEUAA\b`, `(?i)\beuropean union agency for asylum\b`, `(?i)\beuropean asylum support office\b`)
	for _, id := range []string{"eul-2024-sis-queries", "eup-2024-sis-alerts", "fra-2019-data", "eul-2023-sis"} {
		if !slices.Contains(sis, id) {
			t.Fatalf("corpus: %s does not name SIS; the test would prove little", id)
		}
	}
	tests := []struct {
		query string
		want  []string
	}{
		// Each finds the releases that only use the other name:
		// eup-2024-sis-alerts and fra-2019-data say only "SIS",
		// eul-2024-sis-queries only "Schengen Information System".
		{"q=Schengen+Information+System", sis},
		{"q=%22Schengen+Information+System%22", sis},
		{"q=SIS", sis},
		// ftx-2019-hotspots says EASO, euaa-2024-mandate the agency's full name.
		{"q=EASO", euaa},
		{"q=European+Union+Agency+for+Asylum", euaa},
		{"q=crisis", mentions(t, `(?i)\bcrisis\b`)},
	}
	for _, tt := range tests {
		got := apiSearch(t, tt.query+"&size=100")
		if diff := cmp.Diff(tt.want, hitIDs(got)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", tt.query, diff)
		}
	}
	if got := hitIDs(apiSearch(t, "q=EASO&agency=EUAA")); !slices.Contains(got, "euaa-2024-mandate") {
		t.Errorf("EASO among EUAA's releases: %v, want euaa-2024-mandate", got)
	}
	for _, id := range hitIDs(apiSearch(t, "q=crisis&size=100")) {
		if slices.Contains(sis, id) {
			t.Errorf("crisis found %s, a release about SIS", id)
		}
	}
}

// The feed and the exports take the vocabulary filters like tag.
func TestExportsAndFeedTakeVocabularyFilters(t *testing.T) {
	const filter = "topic=Asylum&country=Greece"
	want := apiSearch(t, filter).Total
	if want == 0 {
		t.Fatal("the filter matches nothing; the test would prove little")
	}
	var export struct {
		Total int `json:"total"`
	}
	getJSON(t, "/search.json?"+filter, http.StatusOK, &export)
	if export.Total != want {
		t.Errorf("export total %d, want %d", export.Total, want)
	}
	res, body := get(t, "/search.atom?"+filter)
	if res.StatusCode != http.StatusOK || strings.Count(body, "<entry>") != want {
		t.Errorf("feed: status %d with %d entries, want 200 and %d", res.StatusCode, strings.Count(body, "<entry>"), want)
	}
	if res, _ := get(t, "/search.csv?system=Eurodac"); res.StatusCode != http.StatusOK {
		t.Errorf("csv export with a system filter: status %d", res.StatusCode)
	}
}
