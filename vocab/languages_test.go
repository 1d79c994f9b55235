package vocab

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// missingLanguages lists, as "concept: language", every concept of v
// with neither names nor the same-as-English marker in an official
// language other than English.
func missingLanguages(v *Vocabulary) []string {
	var out []string
	for _, c := range v.concepts {
		for _, lang := range Languages {
			if l, ok := c.Langs[lang]; lang != "en" && (!ok || l.empty()) {
				out = append(out, c.ID+": "+lang)
			}
		}
	}
	return out
}

// Every concept has names in each of the 23 languages other than
// English, or the explicit marker that the language uses the English ones.
func TestEveryConceptInEveryLanguage(t *testing.T) {
	v := mustDefault(t)
	if missing := missingLanguages(v); len(missing) > 0 {
		t.Errorf("%d concept languages without names or %q, first %v", len(missing), SameAsEnglish, missing[:min(len(missing), 20)])
	}
	perLang, same := map[string]int{}, map[string]int{}
	for _, c := range v.concepts {
		for lang, l := range c.Langs {
			if !slices.Contains(Languages, lang) {
				t.Errorf("concept %q: %q is not an official EU language", c.ID, lang)
			}
			if l.Same && len(l.Names)+len(l.CasedNames)+len(l.Only) == 0 {
				same[lang]++
			}
		}
		for _, f := range c.Forms() {
			perLang[f.Lang]++
		}
	}
	t.Logf("forms per language (\"\" is English): %v", perLang)
	t.Logf("concepts named as in English, per language: %v", same)
}

// The check above does find a concept left with English names only.
func TestMissingLanguagesFound(t *testing.T) {
	v, err := Load([]byte("concepts:\n- {id: a, type: topic, label: A, langs: {de: [Ah], fr: \"=\"}}"), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := missingLanguages(v)
	if len(got) != 21 || slices.Contains(got, "a: de") || slices.Contains(got, "a: fr") || !slices.Contains(got, "a: pl") {
		t.Errorf("missingLanguages = %v; want the 21 languages other than en, de and fr", got)
	}
}

// englishOnly is v without the names of other languages.
func englishOnly(t testing.TB, v *Vocabulary) *Vocabulary {
	t.Helper()
	b := newBuilder()
	for _, c := range v.concepts {
		cp := c.clone()
		cp.Langs = nil
		if err := b.addNew(cp, v.at[c.ID]); err != nil {
			t.Fatal(err)
		}
	}
	en, err := b.build()
	if err != nil {
		t.Fatal(err)
	}
	return en
}

// The names of other languages add nothing to English text: no foreign
// name is an English word that would give a false hit. Checked on the
// labelled releases always, and with -scifact on the 5,183 English
// abstracts of SciFact (JHASEARCH_EVAL or ../../shared/eval).
func TestForeignNamesInEnglishText(t *testing.T) {
	v := mustDefault(t)
	en := englishOnly(t, v)
	docs := []jhasearch.Document{}
	for _, l := range readLabelled(t, "testdata/labelled.jsonl") {
		d := l.document()
		docs = append(docs, d, jhasearch.Document{Title: d.Title, Body: d.Body, Language: "en"})
	}
	if *scifactVocab {
		docs = append(docs, readSciFact(t)...)
	}
	hits := 0
	for _, d := range docs {
		want, got := en.Enrich(d).Concepts, v.Enrich(d).Concepts
		if diff := cmp.Diff(want, got); diff != "" {
			hits++
			t.Errorf("%s %.60q: the other languages' names change the concepts (-English only +all):\n%s", d.ID, d.Title, diff)
			for _, m := range v.Mentions(d.Title + "\n" + d.Body) {
				if en.Mentions(m.Text) == nil {
					t.Logf("  foreign name %q (%s)", m.Text, m.Concept)
				}
			}
		}
	}
	t.Logf("%d English documents, %d changed by foreign names", len(docs), hits)
}

var scifactVocab = flag.Bool("scifact", false, "also check foreign names against the SciFact abstracts")

func readSciFact(t testing.TB) []jhasearch.Document {
	t.Helper()
	dir := os.Getenv("JHASEARCH_EVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "eval")
	}
	f, err := os.Open(filepath.Join(dir, "scifact", "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []jhasearch.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, jhasearch.Document{ID: "scifact-" + r.ID, Title: r.Title, Body: r.Text, Language: "en"})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// A negative context given in a language hides the form it contains.
func TestLanguageNegativeContext(t *testing.T) {
	v := mustDefault(t)
	for _, body := range []string{"Der Europäische Gerichtshof für Menschenrechte", "ein Europäischer Gerichtshof für Menschenrechte",
		"Urteil des Europäischen Gerichtshofs für Menschenrechte"} {
		if got := v.Enrich(jhasearch.Document{Language: "de", Body: body}).Concepts; got != nil {
			t.Errorf("Enrich(%q) = %v; want none", body, got)
		}
	}
	doc := jhasearch.Document{Language: "de", Body: "Urteil des Europäischen Gerichtshofs vom Dienstag"}
	if got := v.Enrich(doc).Concepts; !slices.Equal(got, []string{"cjeu"}) {
		t.Errorf("Enrich(%q) = %v; want cjeu", doc.Body, got)
	}
}

// English names that are case-sensitive because their lower case is a
// word (Turkey, China, Malta, Chile) must not come back case-insensitive
// through another language's spelling: Latvian Maltā and Irish Catar fold
// to malta and catar. Such a name is cased or restricted in the data.
func TestForeignNamesKeepEnglishCase(t *testing.T) {
	v := mustDefault(t)
	fold := func(s string) string {
		_, f := splitForm(s)
		return strings.Join(f, " ")
	}
	for _, c := range v.concepts {
		cased := map[string]bool{}
		for _, f := range c.Forms() {
			if f.Lang == "" && f.CaseSensitive && !isAbbreviation(f.Text) {
				cased[fold(f.Text)] = true
			}
		}
		for _, f := range c.Forms() {
			if f.Lang != "" && !f.CaseSensitive && !f.Only && cased[fold(f.Text)] {
				t.Errorf("concept %q: %s name %q matches any case, as the case-sensitive English one does not", c.ID, f.Lang, f.Text)
			}
		}
	}
}
