package search

import (
	"bytes"
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/vocab"
)

// conceptDocs are releases that name a system or an agency in one way
// only, enriched as cmd enriches them at build.
func conceptDocs(t testing.TB, v *vocab.Vocabulary) []jhasearch.Document {
	t.Helper()
	docs := []jhasearch.Document{
		{ID: "abbr", Agency: "eu-LISA", Published: day("2024-01-01"),
			Title: "Alerts in SIS rose", Body: "Alerts in SIS rose by nine per cent."},
		{ID: "full", Agency: "eu-LISA", Published: day("2024-01-02"),
			Title: "Schengen Information System statistics", Body: "The Schengen Information System answered eight billion queries."},
		{ID: "crisis", Agency: "Frontex", Published: day("2024-01-03"),
			Title: "The crisis and the fees", Body: "Sis said the visa rules applied vis-à-vis the crisis."},
		{ID: "euaa", Agency: "EUAA", Published: day("2024-01-04"),
			Title: "Asylum trends", Body: "The European Union Agency for Asylum published its asylum trends."},
		{ID: "easo", Agency: "Frontex", Published: day("2016-01-04"),
			Title: "Hotspots", Body: "Frontex and EASO officers worked side by side in the hotspots."},
		{ID: "emcdda", Agency: "EUDA", Published: day("2019-01-04"),
			Title: "European Drug Report", Body: "The EMCDDA presents its annual report."},
	}
	for i := range docs {
		docs[i].URL, docs[i].Language = "https://x.example/"+docs[i].ID, "en"
		e := v.Enrich(docs[i])
		docs[i].Topics, docs[i].Systems, docs[i].Countries, docs[i].Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
	}
	return docs
}

// openWithVocabulary builds docs and opens an engine that expands with v.
func openWithVocabulary(t testing.TB, docs []jhasearch.Document, v *vocab.Vocabulary) *Engine {
	t.Helper()
	dir := t.TempDir()
	if _, err := indexer.Build(context.Background(), dir, seq(docs), indexer.WithVocabulary(v.Fingerprint())); err != nil {
		t.Fatalf("Build: %v", err)
	}
	e, err := Open(dir, nil, WithVocabulary(v))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

func TestConceptExpansion(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := openWithVocabulary(t, conceptDocs(t, v), v)
	tests := []struct {
		q     string
		want  []string
		match string
	}{
		{"SIS", []string{"abbr", "full"}, ""},
		{"Schengen Information System", []string{"abbr", "full"}, ""},
		{`"Schengen Information System"`, []string{"abbr", "full"}, ""},
		{"SIS alerts", []string{"abbr"}, jhasearch.MatchAll},
		{"SIS alerts", []string{"abbr", "full"}, ""}, // issue 18: "full" has SIS only, ranked below
		{"sis", []string{"abbr", "crisis"}, ""},      // lower case names no system: the word is searched as typed
		{"VIS", []string{}, ""},                      // no release names VIS; "vis-à-vis" is not it
		{"crisis", []string{"crisis"}, ""},           // "crisis" holds "sis" but names nothing
		{"EASO", []string{"easo", "euaa"}, ""},
		{"European Asylum Support Office", []string{"easo", "euaa"}, ""},
		{"EUAA", []string{"easo", "euaa"}, ""},
		{"EUDA", []string{"emcdda"}, ""},
		{"SIS -EASO", []string{"abbr", "full"}, ""},
		{"Frontex -SIS", []string{"easo"}, ""}, // an exclusion is searched as typed, not expanded
		{"title:SIS", []string{"abbr"}, ""},    // nor is a field term
	}
	for _, tt := range tests {
		got := ids(search(t, e, jhasearch.SearchRequest{Query: tt.q, Match: tt.match}))
		slices.Sort(got)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tt.q, diff)
		}
	}
}

// Without a vocabulary the engine searches the words as typed.
func TestNoExpansionWithoutVocabulary(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	e, _ := openFixture(t, conceptDocs(t, v))
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "EASO"}))
	if diff := cmp.Diff([]string{"easo"}, got); diff != "" {
		t.Errorf("EASO without a vocabulary: mismatch (-want +got):\n%s", diff)
	}
}

// A generation enriched with another vocabulary is served, with a warning.
func TestWarnsOfAnotherVocabulary(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		builtWith string
		warn      bool
	}{{v.Fingerprint(), false}, {"0123456789abcdef", true}, {"", true}} {
		dir := t.TempDir()
		if _, err := indexer.Build(context.Background(), dir, seq(conceptDocs(t, v)), indexer.WithVocabulary(tt.builtWith)); err != nil {
			t.Fatal(err)
		}
		var log bytes.Buffer
		e, err := Open(dir, slog.New(slog.NewTextHandler(&log, nil)), WithVocabulary(v))
		if err != nil {
			t.Fatal(err)
		}
		e.Close()
		if got := strings.Contains(log.String(), "another vocabulary"); got != tt.warn {
			t.Errorf("built with %q: warned %v, want %v; log:\n%s", tt.builtWith, got, tt.warn, log.String())
		}
	}
}

// A cursor and the cached facet counts are bound to the vocabulary filters
// too: a cursor of a topic's search cannot continue the unfiltered one.
func TestRequestKeysCoverVocabularyFilters(t *testing.T) {
	base := jhasearch.SearchRequest{Query: "x"}
	for _, r := range []jhasearch.SearchRequest{
		{Query: "x", Filters: jhasearch.Filters{"topic": []string{"Cocaine"}}},
		{Query: "x", Filters: jhasearch.Filters{"system": []string{"Eurodac"}}},
		{Query: "x", Filters: jhasearch.Filters{"country": []string{"Italy"}}},
	} {
		if requestHash(&r) == requestHash(&base) {
			t.Errorf("requestHash ignores the filters of %+v", r)
		}
		if filterKey(&r) == filterKey(&base) {
			t.Errorf("filterKey ignores the filters of %+v", r)
		}
	}
}

// FuzzSearchWithVocabulary is FuzzSearch with query expansion: whatever
// names concepts, and however, the answer is a result or an EINVALID error.
func FuzzSearchWithVocabulary(f *testing.F) {
	v, err := vocab.Default()
	if err != nil {
		f.Fatal(err)
	}
	e := openWithVocabulary(f, conceptDocs(f, v), v)
	for _, q := range []string{"SIS", "Schengen Information System checks", `"EASO" OR Frontex`, "SIS II -SIS",
		"title:SIS Eurodac*", "European Union Agency for Asylum~1", "Papua New Guinea Guinea-Bissau", `"" SIS "`} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if !utf8.ValidString(q) {
			return // the HTTP layer refuses these before the engine
		}
		res, err := e.Search(context.Background(), jhasearch.SearchRequest{Query: q, Page: 1, Size: 5, Sort: jhasearch.SortRelevance})
		if err != nil {
			checkInvalid(t, err)
			return
		}
		if len(res.Hits) > 5 || res.Total < len(res.Hits) {
			t.Fatalf("%d hits of %d total for size 5", len(res.Hits), res.Total)
		}
	})
}
