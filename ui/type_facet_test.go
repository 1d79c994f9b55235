package ui

import (
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
)

// typeOf is a release's value of the type facet: its type, or other.
func typeOf(d jhasearch.Document) string {
	if d.Type == "" {
		return jhasearch.TypeOther
	}
	return d.Type
}

// typeIDs are the ids of the releases of the corpus of the given types,
// in the order /search lists them (newest first).
func typeIDs(t *testing.T, types ...string) []string {
	t.Helper()
	var out []string
	for _, u := range units(t) {
		if slices.Contains(types, typeOf(u.doc)) {
			out = append(out, u.doc.ID)
		}
	}
	return out
}

// TestTypeFacetAPI: the API counts every release under its type (other
// when it has none), with the types' labels, filters by type (several
// values are OR), shows each hit's type and refuses a value that is no
// type, naming the parameter and the values it takes.
func TestTypeFacetAPI(t *testing.T) {
	all := apiSearch(t, "size=100")
	for _, ty := range []string{"press-release", "news", "event", "speech", "other"} {
		want := len(typeIDs(t, ty))
		if want == 0 {
			t.Fatalf("the corpus has no release of type %s", ty)
		}
		if got := facetCount(all.Facets["type"], ty); got != want {
			t.Errorf("type facet %s = %d, want %d", ty, got, want)
		}
	}
	for _, v := range all.Facets["type"] {
		f, _ := jhasearch.FacetNamed(jhasearch.FacetType)
		if v.Label != f.ChoiceLabel(v.Value) || v.Label == v.Value {
			t.Errorf("type %s has label %q", v.Value, v.Label)
		}
	}
	for _, h := range all.Hits {
		if got := h.Values["type"]; len(got) != 1 || got[0] != typeOf(corpusDoc(t, h.ID)) {
			t.Errorf("hit %s values %v, want its type %s", h.ID, h.Values, typeOf(corpusDoc(t, h.ID)))
		}
	}
	got := apiSearch(t, "type=speech&type=event&size=100")
	if diff := cmp.Diff(typeIDs(t, "speech", "event"), ids(got.Hits), sortedIDs); diff != "" {
		t.Errorf("type=speech&type=event mismatch (-want +got):\n%s", diff)
	}
	other := apiSearch(t, "type=other&size=100")
	if diff := cmp.Diff(typeIDs(t, "other"), ids(other.Hits), sortedIDs); diff != "" {
		t.Errorf("type=other mismatch (-want +got):\n%s", diff)
	}
	res, body := get(t, "/api/v1/search?type=blog")
	if res.StatusCode != http.StatusBadRequest || !strings.Contains(body, `Parameter type is \"blog\"; allowed values are press-release, news, event, speech, publication, other.`) {
		t.Errorf("type=blog: %d %s", res.StatusCode, body)
	}
}

var sortedIDs = cmp.Transformer("sortedIDs", func(in []string) []string { return slices.Sorted(slices.Values(in)) })

// TestTypeFacetPage: the results page has a filter group for the type,
// its values labelled and counted, the selected one ticked; its links keep
// the filter (permalinks), and each hit shows its type.
func TestTypeFacetPage(t *testing.T) {
	_, body := get(t, "/search?type=news")
	doc := parseHTML(t, body)
	group := doc.Find(`fieldset.facet[data-facet="type"]`)
	if group.Length() != 1 {
		t.Fatalf("no type filter group on the page")
	}
	if legend := strings.TrimSpace(group.Find("legend").Text()); !strings.Contains(legend, "Type") {
		t.Errorf("legend %q", legend)
	}
	box := group.Find(`input[name="type"][value="news"]`)
	if _, checked := box.Attr("checked"); box.Length() != 1 || !checked {
		t.Errorf("news is not a ticked checkbox: %d", box.Length())
	}
	if !strings.Contains(group.Text(), "Press release") {
		t.Errorf("the group does not show the label Press release: %q", group.Text())
	}
	if n := doc.Find(`.hit .facet-value[data-facet="type"]`).Length(); n == 0 || n != doc.Find(".hit").Length() {
		t.Errorf("%d hits show a type, of %d", n, doc.Find(".hit").Length())
	}
	for _, s := range doc.Find(`.hit .facet-value[data-facet="type"]`).EachIter() {
		if strings.TrimSpace(s.Text()) != "News" {
			t.Errorf("hit type %q, want News", s.Text())
		}
	}
	atom, ok := doc.Find(`link[type="application/atom+xml"]`).Attr("href")
	if !ok || !strings.Contains(atom, "type=news") {
		t.Errorf("feed link %q does not keep the type filter", atom)
	}
	req, err := request.Parse(mustQuery(t, "type=news&type=event&agency=Europol"), request.SearchParams)
	if err != nil {
		t.Fatal(err)
	}
	again, err := request.Parse(request.Values(req), request.SearchParams)
	if err != nil || !slices.Equal(again.Filters.Get("type"), []string{"news", "event"}) {
		t.Errorf("permalink %v gives %v (%v)", request.Values(req), again.Filters, err)
	}
}

// TestTypeFacetAtomAndCSV: the feed carries each entry's type as a
// category with the facet's scheme and the type's label, and the CSV
// export has a type column.
func TestTypeFacetAtomAndCSV(t *testing.T) {
	_, body := get(t, "/search.atom?type=speech")
	entries := parseXML(t, body).children("entry")
	if want := len(typeIDs(t, "speech")); len(entries) != want {
		t.Fatalf("%d entries, want %d", len(entries), want)
	}
	for _, e := range entries {
		found := false
		for _, c := range e.children("category") {
			if c.attr("scheme") == "urn:jhasearch:facet:type" {
				found = c.attr("term") == "speech" && c.attr("label") == "Speech"
			}
		}
		if !found {
			t.Errorf("entry %s has no type category speech", e.child("id").Text)
		}
	}
	_, body = get(t, "/search.csv?type=event&sort=oldest")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "type")
	if col < 0 || !slices.Equal(rows[0], []string{"id", "published", "agency", "agencies", "title", "tags", "language", "url", "summary", "type"}) {
		t.Fatalf("header %q", rows[0])
	}
	if len(rows)-1 != len(typeIDs(t, "event")) {
		t.Errorf("%d rows, want %d", len(rows)-1, len(typeIDs(t, "event")))
	}
	for _, r := range rows[1:] {
		if r[col] != "event" {
			t.Errorf("row %s type %q", r[0], r[col])
		}
	}
}
