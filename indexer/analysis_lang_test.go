package indexer

import (
	"testing"

	"github.com/jhasearch/jhasearch/internal/langtext"
	"github.com/jhasearch/jhasearch/lang"
)

func terms(t *testing.T, code, text string) []string {
	t.Helper()
	a := NewMapping().AnalyzerNamed(AnalyzerOf(code))
	if a == nil {
		t.Fatalf("no analyzer for %s", code)
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return out
}

// TestLanguageAnalysis checks, for every official language, that the
// release's form of a word and the query's form give the same term, and
// that the term carries the language's prefix (none for English).
func TestLanguageAnalysis(t *testing.T) {
	for _, s := range langtext.Samples {
		t.Run(s.Lang, func(t *testing.T) {
			a, b := terms(t, s.Lang, s.Indexed), terms(t, s.Lang, s.Query)
			if len(a) != 1 || len(b) != 1 || a[0] != b[0] {
				t.Fatalf("%q gives %q, %q gives %q: want one and the same term", s.Indexed, a, s.Query, b)
			}
			if w, code := StripTermPrefix(a[0]); code != TermPrefix(s.Lang) && code+termSeparator != TermPrefix(s.Lang) || w == "" {
				t.Errorf("term %q: language %q, want prefix %q", a[0], code, TermPrefix(s.Lang))
			}
			if AnalysisOf(s.Lang).Stemming && s.Indexed == s.Query {
				t.Errorf("a stemmed language needs two forms")
			}
			if _, ok := lang.Get(s.Lang); !ok {
				t.Errorf("not an official language")
			}
		})
	}
}

func TestStripTermPrefix(t *testing.T) {
	for _, c := range []struct{ term, word, code string }{
		{"grenz", "grenz", ""}, {"de\x1fgrenz", "grenz", "de"}, {"", "", ""},
	} {
		if w, code := StripTermPrefix(c.term); w != c.word || code != c.code {
			t.Errorf("StripTermPrefix(%q) = %q, %q", c.term, w, code)
		}
	}
}

func TestEnglishTermsUnprefixed(t *testing.T) {
	if got := terms(t, "en", "Borders"); len(got) != 1 || got[0] != "border" {
		t.Errorf("English: %q", got)
	}
	if got := terms(t, "el", "Σύνορα σύνορα"); len(got) != 2 || got[0] != got[1] || got[0] != "el\x1fσυνορα" {
		t.Errorf("Greek: %q", got)
	}
}
