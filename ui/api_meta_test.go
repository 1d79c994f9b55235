package ui

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search"
)

func TestAPIDocument(t *testing.T) {
	var got apiDocument
	getJSON(t, "/api/v1/documents/"+eurodacID, http.StatusOK, &got)
	want := corpusDoc(t, eurodacID)
	if got.Body != want.Body || got.URL != want.URL || got.Title != want.Title {
		t.Errorf("document %s: body, url or title differ from the corpus", eurodacID)
	}
	if diff := cmp.Diff(want.Aliases, got.Aliases); diff != "" {
		t.Errorf("aliases mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want.Credits, got.Credits); diff != "" {
		t.Errorf("credits mismatch (-want +got):\n%s", diff)
	}
	if got.FetchedAt == nil || !got.FetchedAt.Equal(want.FetchedAt) {
		t.Errorf("fetched_at %v, want %v", got.FetchedAt, want.FetchedAt)
	}
	if len(got.Joint) != 0 || got.Group != "" {
		t.Errorf("a release that stands alone has group %q and joint %v", got.Group, got.Joint)
	}
}

func TestAPIDocumentJoint(t *testing.T) {
	var got apiDocument
	getJSON(t, "/api/v1/documents/"+jointEulID, http.StatusOK, &got)
	if got.Group == "" {
		t.Fatalf("joint release %s has no group", jointEulID)
	}
	var others []string
	for _, j := range got.Joint {
		others = append(others, j.ID)
	}
	sort := cmpopts.SortSlices(func(a, b string) bool { return a < b })
	if diff := cmp.Diff([]string{"jha-2024-plan-euj", "jha-2024-plan-eup"}, others, sort); diff != "" {
		t.Errorf("joint members mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"eu-LISA", "Eurojust", "Europol"}, got.Agencies, sort); diff != "" || got.Agencies[0] != "eu-LISA" {
		t.Errorf("agencies %v: want eu-LISA first, then the others", got.Agencies)
	}
}

func TestAPINotFound(t *testing.T) {
	for _, target := range []string{"/api/v1/documents/no-such-id", "/api/v1/documents/no-such-id/related", "/api/v1/nothing"} {
		var got apiError
		getJSON(t, target, http.StatusNotFound, &got)
		if got.Error.Code != jhasearch.ENOTFOUND || got.Error.Message == "" {
			t.Errorf("%s: error %+v", target, got.Error)
		}
	}
}

func TestAPIRelated(t *testing.T) {
	var got apiRelated
	getJSON(t, "/api/v1/documents/"+eurodacID+"/related?size=3", http.StatusOK, &got)
	if got.ID != eurodacID || len(got.Hits) == 0 || len(got.Hits) > 3 {
		t.Fatalf("related: id %q, %d hits", got.ID, len(got.Hits))
	}
	for _, h := range got.Hits {
		if h.ID == eurodacID {
			t.Errorf("a document is related to itself")
		}
	}
	var bad apiError
	getJSON(t, "/api/v1/documents/"+eurodacID+"/related?size=21", http.StatusBadRequest, &bad)
	if !strings.Contains(bad.Error.Message, "size") {
		t.Errorf("message %q does not name size", bad.Error.Message)
	}
}

func TestAPISuggest(t *testing.T) {
	var got apiSuggestions
	getJSON(t, "/api/v1/suggest?q=euro", http.StatusOK, &got)
	if got.Query != "euro" || len(got.Suggestions) == 0 {
		t.Fatalf("suggest euro: %+v", got)
	}
	for _, s := range got.Suggestions {
		if !strings.HasPrefix(strings.ToLower(s), "euro") && !strings.Contains(strings.ToLower(s), " euro") {
			t.Errorf("suggestion %q does not complete euro", s)
		}
	}
	getJSON(t, "/api/v1/suggest?q=", http.StatusOK, &got)
	if len(got.Suggestions) != 0 {
		t.Errorf("empty prefix: suggestions %v", got.Suggestions)
	}
	tests := []struct{ query, mention string }{
		{"q=euro&size=0", "size"}, {"q=euro&size=21", "size"}, {"q=euro&n=3", "n"},
		{"q=" + strings.Repeat("x", 101), "q"},
	}
	for _, tt := range tests {
		var bad apiError
		getJSON(t, "/api/v1/suggest?"+tt.query, http.StatusBadRequest, &bad)
		if !strings.Contains(bad.Error.Message, tt.mention) {
			t.Errorf("%s: message %q does not name %s", tt.query, bad.Error.Message, tt.mention)
		}
	}
}

func TestAPIStats(t *testing.T) {
	var got apiStats
	getJSON(t, "/api/v1/stats", http.StatusOK, &got)
	if got.Documents != len(corpus) && got.Documents != len(units(t)) {
		t.Errorf("documents %d, want %d (or %d releases)", got.Documents, len(corpus), len(units(t)))
	}
	if got.Oldest != "2019-04-11" || got.Newest != "2025-05-20" {
		t.Errorf("oldest %s newest %s, want 2019-04-11 and 2025-05-20", got.Oldest, got.Newest)
	}
	if got.Generation == "" || len(got.Agencies) != 10 {
		t.Errorf("generation %q, %d agencies", got.Generation, len(got.Agencies))
	}
}

// TestReadiness serves an index directory that has no generation yet:
// healthz answers, readyz and every search answer 503 until a build.
func TestReadiness(t *testing.T) {
	dir := t.TempDir()
	eng, err := search.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
	h := New(eng, Config{}, slog.New(slog.DiscardHandler)).Handler()

	if res, _ := getFrom(t, h, "/healthz"); res.StatusCode != http.StatusOK {
		t.Errorf("healthz: status %d, want 200", res.StatusCode)
	}
	for _, target := range []string{"/readyz", "/api/v1/search?q=x", "/api/v1/stats", "/search.csv", "/api/v1/documents/" + eurodacID} {
		res, body := getFrom(t, h, target)
		if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, `"code":"unavailable"`) {
			t.Errorf("%s before a build: status %d body %.200s, want 503 unavailable", target, res.StatusCode, body)
		}
		if res.Header.Get("Retry-After") == "" {
			t.Errorf("%s: 503 without Retry-After", target)
		}
	}
	for _, target := range []string{"/", "/search?q=x"} {
		res, body := getFrom(t, h, target)
		doc := parseHTML(t, body)
		if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(doc.Find("h1").Text(), "being built") {
			t.Errorf("%s before a build: status %d, heading %q", target, res.StatusCode, doc.Find("h1").Text())
		}
	}

	if _, err := indexer.Build(context.Background(), dir, seq(corpus[:3])); err != nil {
		t.Fatal(err)
	}
	if _, err := eng.Reload(); err != nil {
		t.Fatal(err)
	}
	if res, body := getFrom(t, h, "/readyz"); res.StatusCode != http.StatusOK {
		t.Errorf("readyz after a build: status %d %s", res.StatusCode, body)
	}
}
