package search

import (
	"slices"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/langtext"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/vocab"
)

// enrichedLanguageDocs are languageDocs enriched as cmd enriches them.
func enrichedLanguageDocs(t *testing.T, v *vocab.Vocabulary) []jhasearch.Document {
	docs := languageDocs(t)
	for i := range docs {
		e := v.Enrich(docs[i])
		docs[i].Topics, docs[i].Systems, docs[i].Countries, docs[i].Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
	}
	return docs
}

// TestConceptsAcrossLanguages: for every official language, the release
// written in it is found by the English name of the Schengen Information
// System, by its abbreviation, by the German and the French names, and by
// its own language's name; the system facet counts it.
func TestConceptsAcrossLanguages(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := openWithVocabulary(t, enrichedLanguageDocs(t, v), v)
	for _, s := range langtext.Samples {
		t.Run(s.Lang, func(t *testing.T) {
			for _, q := range []string{"Schengen Information System", "SIS", "Schengener Informationssystem",
				"système d'information Schengen", s.SIS} {
				got := ids(search(t, e, jhasearch.SearchRequest{Query: q}))
				if !slices.Contains(got, "lang-"+s.Lang) {
					t.Errorf("%q: got %v, want lang-%s", q, got, s.Lang)
				}
			}
		})
	}
	res := search(t, e, jhasearch.SearchRequest{Query: "SIS"})
	for _, f := range res.Facets[jhasearch.FacetSystem] {
		if f.Value == "Schengen Information System (SIS)" && f.Count < len(lang.Official) {
			t.Errorf("system facet counts %d releases, want at least %d", f.Count, len(lang.Official))
		}
	}
}

// TestMigrantSmugglingAcrossLanguages: the English name of the crime area
// finds the French and German releases, which name it in their words.
func TestMigrantSmugglingAcrossLanguages(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	e := openWithVocabulary(t, enrichedLanguageDocs(t, v), v)
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "migrant smuggling"}))
	for _, want := range []string{"lang-fr", "lang-de", "lang-en"} {
		if !slices.Contains(got, want) {
			t.Errorf("migrant smuggling: got %v, want %s", got, want)
		}
	}
	got = ids(search(t, e, jhasearch.SearchRequest{Query: "drug trafficking"}))
	if !slices.Contains(got, "lang-es") {
		t.Errorf("drug trafficking: got %v, want lang-es (tráfico de drogas)", got)
	}
}
