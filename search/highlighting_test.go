package search

import (
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
)

// TestTokenizerGivesTermsWithoutTheLanguagePrefix checks the adapter from
// the index's analyzers to highlight: the same terms, offsets and
// positions as the analyzer's, a language's terms without its prefix.
func TestTokenizerGivesTermsWithoutTheLanguagePrefix(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	text := "Die Grenzkontrollen an den Grenzübergängen"
	for _, code := range []string{"en", "de"} {
		an := g.ix.Analyzer(code)
		want := an.Analyze([]byte(text))
		got := tokenizer{an}.Tokens(text)
		if len(got) != len(want) || len(got) < 2 {
			t.Fatalf("%s: %d tokens, the analyzer gives %d", code, len(got), len(want))
		}
		for i, w := range want {
			term, lang := indexer.StripTermPrefix(string(w.Term))
			if code == "de" && lang != "de" {
				t.Errorf("de: term %q has no language prefix: the test checks nothing", w.Term)
			}
			if g := got[i]; g.Term != term || g.Start != w.Start || g.End != w.End || g.Position != w.Position {
				t.Errorf("%s: token %d is %+v, want %q at %d-%d, position %d", code, i, g, term, w.Start, w.End, w.Position)
			}
		}
	}
}
