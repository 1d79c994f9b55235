package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/langtext"
	"github.com/jhasearch/jhasearch/lang"
)

// languageDocs are the English fixture plus one release per official
// language (internal/langtext), each with the language the build's
// pipeline decides from its text alone, as for an import without one.
func languageDocs(t testing.TB) []jhasearch.Document {
	docs := fixtureDocs()
	for _, s := range langtext.Samples {
		code := lang.Decide("", s.Title, s.Body)
		if code != s.Lang {
			t.Fatalf("%s sample recognised as %q", s.Lang, code)
		}
		docs = append(docs, jhasearch.Document{ID: "lang-" + s.Lang, URL: "https://example.org/sample/" + s.Lang + "1",
			Agency: "Europol", Language: code, Published: day("2025-06-01"), Title: s.Title, Body: s.Body})
	}
	return docs
}

// TestEveryLanguageStemmed: in each official language, the query's form
// of a word finds the release written with another form of it (the same
// form in another case where the language gets no stemmer).
func TestEveryLanguageStemmed(t *testing.T) {
	e, _ := openFixture(t, languageDocs(t))
	for _, s := range langtext.Samples {
		t.Run(s.Lang, func(t *testing.T) {
			got := ids(search(t, e, jhasearch.SearchRequest{Query: s.Query}))
			if !slices.Contains(got, "lang-"+s.Lang) {
				t.Errorf("%q (release writes %q): got %v, want lang-%s", s.Query, s.Indexed, got, s.Lang)
			}
			if indexer.AnalysisOf(s.Lang).Stemming && strings.EqualFold(s.Query, s.Indexed) {
				t.Errorf("the test needs two forms of the word")
			}
		})
	}
}

func TestGermanAndFrenchPlurals(t *testing.T) {
	e, _ := openFixture(t, languageDocs(t))
	for q, want := range map[string]string{
		"Grenzkontrolle": "lang-de", "frontière": "lang-fr", "sospettato": "lang-it",
		// A stop word of German does not keep German releases out.
		"die Grenzkontrolle": "lang-de",
		// A phrase is matched in the release's language.
		`"Schengener Informationssystem"`: "lang-de",
		`"controlli alle frontiere"`:      "lang-it",
	} {
		if got := ids(search(t, e, jhasearch.SearchRequest{Query: q})); !slices.Contains(got, want) {
			t.Errorf("%s: got %v, want %s", q, got, want)
		}
	}
}

// TestNoEnglishStemInOtherLanguages: the English stem of "informing"
// ("inform") is also the French stem of "informations", which the French
// release holds; the English analysis must not find it, nor the French
// analysis of the English word.
func TestNoEnglishStemInOtherLanguages(t *testing.T) {
	e, _ := openFixture(t, languageDocs(t))
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "informing"}))
	if slices.Contains(got, "lang-fr") {
		t.Errorf("informing found the French release: %v", got)
	}
	if !slices.Contains(got, "lang-en") {
		t.Errorf("informing: got %v, want lang-en (information)", got)
	}
}

func TestLanguageFilter(t *testing.T) {
	e, _ := openFixture(t, languageDocs(t))
	res := search(t, e, jhasearch.SearchRequest{Query: "Europol", Filters: jhasearch.Filters{"language": []string{"de"}}})
	if got := ids(res); len(got) != 1 || got[0] != "lang-de" {
		t.Errorf("language=de: got %v", got)
	}
}

func TestSnippetInTheReleaseLanguage(t *testing.T) {
	e, _ := openFixture(t, languageDocs(t))
	res := search(t, e, jhasearch.SearchRequest{Query: "Grenzübergang"})
	for _, h := range res.Hits {
		if h.Document.ID == "lang-de" {
			if !strings.Contains(h.Snippet, "<mark>Grenzübergängen</mark>") {
				t.Errorf("snippet: %s", h.Snippet)
			}
			return
		}
	}
	t.Errorf("Grenzübergang: no German hit in %v", ids(res))
}
