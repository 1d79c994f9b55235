package ui

import (
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// unit is what a search counts: a release, or a joint release shown once
// with the agencies of all its members. The corpus has one joint release,
// the three "jha-2024-plan-*" documents.
type unit struct {
	agencies []string
	doc      jhasearch.Document
}

func units(t *testing.T) []unit {
	t.Helper()
	var out []unit
	var joint *unit
	for _, d := range corpus {
		if strings.HasPrefix(d.ID, "jha-2024-plan-") {
			if joint == nil {
				out = append(out, unit{doc: d})
				joint = &out[len(out)-1]
			}
			joint.agencies = append(joint.agencies, d.Agency)
			continue
		}
		out = append(out, unit{agencies: []string{d.Agency}, doc: d})
	}
	return out
}

// count is the number of units that match.
func count(t *testing.T, match func(u unit) bool) int {
	t.Helper()
	n := 0
	for _, u := range units(t) {
		if match(u) {
			n++
		}
	}
	return n
}

func anyIn(have []string, want ...string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

func TestAPISearchFilters(t *testing.T) {
	year := func(y string) func(u unit) bool {
		return func(u unit) bool { return u.doc.Published.Format("2006") == y }
	}
	tests := []struct {
		name  string
		query string
		want  func(u unit) bool
	}{
		{"everything", "", func(unit) bool { return true }},
		{"one agency", "agency=Frontex", func(u unit) bool { return anyIn(u.agencies, "Frontex") }},
		{"joint release found by each agency", "agency=Eurojust", func(u unit) bool { return anyIn(u.agencies, "Eurojust") }},
		{"OR within agency", "agency=Frontex&agency=EPPO", func(u unit) bool { return anyIn(u.agencies, "Frontex", "EPPO") }},
		{"AND across filters", "agency=Europol&tag=cybercrime", func(u unit) bool {
			return anyIn(u.agencies, "Europol") && anyIn(u.doc.Tags, "cybercrime")
		}},
		{"OR within tag", "tag=drugs&tag=fraud", func(u unit) bool { return anyIn(u.doc.Tags, "drugs", "fraud") }},
		{"language", "language=de", func(u unit) bool { return u.doc.Language == "de" }},
		{"date range inclusive", "from=2024-01-01&to=2024-12-31", year("2024")},
		{"single day", "from=2024-02-15&to=2024-02-15", func(u unit) bool { return u.doc.ID == eurodacID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := apiSearch(t, tt.query+"&size=100")
			if want := count(t, tt.want); got.Total != want || len(got.Hits) != want {
				t.Errorf("%s: total %d with %d hits, want %d", tt.query, got.Total, len(got.Hits), want)
			}
		})
	}
}

func TestAPISearchOrderAndPaging(t *testing.T) {
	newest := apiSearch(t, "size=100")
	oldest := apiSearch(t, "sort=oldest&size=100")
	if !sort.SliceIsSorted(newest.Hits, func(i, j int) bool { return newest.Hits[i].Published > newest.Hits[j].Published }) {
		t.Errorf("browsing is not newest first: %v", published(newest.Hits))
	}
	if !sort.SliceIsSorted(oldest.Hits, func(i, j int) bool { return oldest.Hits[i].Published < oldest.Hits[j].Published }) {
		t.Errorf("sort=oldest is not oldest first: %v", published(oldest.Hits))
	}
	p2 := apiSearch(t, "size=5&page=2")
	if p2.Page != 2 || p2.Size != 5 || len(p2.Hits) != 5 {
		t.Fatalf("page 2 of size 5: page %d size %d hits %d", p2.Page, p2.Size, len(p2.Hits))
	}
	if diff := cmp.Diff(ids(newest.Hits[5:10]), ids(p2.Hits)); diff != "" {
		t.Errorf("page 2 is not hits 6-10 mismatch (-want +got):\n%s", diff)
	}
	// The cursor of page 1 continues where it ended.
	p1 := apiSearch(t, "size=5")
	if p1.Cursor == "" {
		t.Fatal("page 1 has no cursor")
	}
	next := apiSearch(t, "size=5&cursor="+url.QueryEscape(p1.Cursor))
	if diff := cmp.Diff(ids(p2.Hits), ids(next.Hits)); diff != "" {
		t.Errorf("cursor page mismatch (-want +got):\n%s", diff)
	}
}

func TestAPISearchQuery(t *testing.T) {
	got := apiSearch(t, "q=Eurodac")
	if got.Total == 0 || got.Hits[0].ID != eurodacID {
		t.Fatalf("q=Eurodac: first hit %v, want %s", ids(got.Hits), eurodacID)
	}
	h := got.Hits[0]
	if !strings.Contains(h.Snippet, "<mark>") {
		t.Errorf("snippet %q has no <mark>", h.Snippet)
	}
	want := corpusDoc(t, eurodacID)
	if h.Title != want.Title || h.URL != want.URL || h.Published != "2024-02-15" || h.Agency != "eu-LISA" || h.Language != "en" {
		t.Errorf("hit %+v does not describe %s", h, eurodacID)
	}
	if diff := cmp.Diff(want.Tags, h.Tags); diff != "" {
		t.Errorf("tags mismatch (-want +got):\n%s", diff)
	}
	if h.Score <= 0 || got.TookMS < 0 {
		t.Errorf("score %v, took_ms %v", h.Score, got.TookMS)
	}
}

func TestAPISearchFacets(t *testing.T) {
	all := apiSearch(t, "")
	for _, f := range jhasearch.Facets {
		if name := f.Name; len(all.Facets[name]) == 0 {
			t.Errorf("facet %s is empty", name)
		}
	}
	frontex := facetCount(all.Facets["agency"], "Frontex")
	if want := count(t, func(u unit) bool { return anyIn(u.agencies, "Frontex") }); frontex != want {
		t.Errorf("agency facet Frontex = %d, want %d", frontex, want)
	}
	if got := facetCount(all.Facets["year"], "2024"); got != count(t, func(u unit) bool { return u.doc.Published.Year() == 2024 }) {
		t.Errorf("year facet 2024 = %d", got)
	}
	// Disjunctive: filtering by Europol keeps Frontex's own count in the
	// agency facet, while the tag facet counts Europol's releases only.
	europol := apiSearch(t, "agency=Europol")
	if got := facetCount(europol.Facets["agency"], "Frontex"); got != frontex {
		t.Errorf("with agency=Europol, agency facet Frontex = %d, want %d (disjunctive)", got, frontex)
	}
	if got, want := facetCount(europol.Facets["tag"], "cybercrime"), count(t, func(u unit) bool {
		return anyIn(u.agencies, "Europol") && anyIn(u.doc.Tags, "cybercrime")
	}); got != want {
		t.Errorf("with agency=Europol, tag facet cybercrime = %d, want %d", got, want)
	}
}

func TestAPISearchInvalid(t *testing.T) {
	// The engine refuses a cursor it did not make.
	cases := append(invalidRequests[:len(invalidRequests):len(invalidRequests)],
		struct{ name, query, mention string }{"forged cursor", "cursor=garbage", "cursor"})
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got apiError
			getJSON(t, "/api/v1/search?"+tt.query, http.StatusBadRequest, &got)
			if got.Error.Code != jhasearch.EINVALID {
				t.Errorf("code %q, want %q", got.Error.Code, jhasearch.EINVALID)
			}
			if !strings.Contains(got.Error.Message, tt.mention) {
				t.Errorf("message %q does not mention %q", got.Error.Message, tt.mention)
			}
		})
	}
}

// TestAPIPlainText checks that JSON carries titles as written: the
// encoder's HTML escaping (\u003c) is off.
func TestAPIPlainText(t *testing.T) {
	res, body := get(t, "/api/v1/search?q=markup&size=100")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if !strings.Contains(body, `"title":"Markup test `+xssScript+` release"`) {
		t.Errorf("title is not plain text in %.500s", body)
	}
	if strings.Contains(body, `\u003c`) {
		t.Errorf("JSON is HTML-escaped: %.300s", body)
	}
	var got apiSearchResult
	getJSON(t, "/api/v1/search?q=markup", http.StatusOK, &got)
	for _, h := range got.Hits {
		if h.ID == xssID && (strings.Contains(h.Snippet, "<script") || strings.Contains(h.Snippet, "<img")) {
			t.Errorf("snippet carries live markup: %q", h.Snippet)
		}
	}
}

func facetCount(vals []apiFacetValue, value string) int {
	for _, v := range vals {
		if v.Value == value {
			return v.Count
		}
	}
	return 0
}

func ids(hits []apiHit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func published(hits []apiHit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Published
	}
	return out
}

// TestAPISearchOddQueries sends queries a person may well type: each gets
// results or a 400 that explains, never a 500.
func TestAPISearchOddQueries(t *testing.T) {
	for _, q := range []string{`"unclosed`, `-`, `*`, `Europl~5`, `(`, `title:`, `agency:`, `OR`, `-Eurodac`,
		`a*b*c*d*`, `/regex.*/`, `"" ""`, `tag:"large-scale IT"`, "\x00", `title:<script>`} {
		res, body := get(t, "/api/v1/search?q="+url.QueryEscape(q))
		switch res.StatusCode {
		case http.StatusOK:
		case http.StatusBadRequest:
			if !strings.Contains(body, `"code":"invalid"`) {
				t.Errorf("q=%q: 400 without code invalid: %s", q, body)
			}
		default:
			t.Errorf("q=%q: status %d: %s", q, res.StatusCode, body)
		}
	}
}
