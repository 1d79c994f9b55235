package indexer

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/google/go-cmp/cmp"
)

// TextAnalyzer gives exactly the tokens of Bleve's English analyzer, the
// first time it stems a word and every time after.
func TestTextAnalyzerIsEnglish(t *testing.T) {
	cache := registry.NewCache()
	ours, err := cache.AnalyzerNamed(TextAnalyzer)
	if err != nil {
		t.Fatal(err)
	}
	bleves, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The agencies' officers were trained; the agency's trainers' reports followed.",
		"Smugglers smuggled SMUGGLING networks — relational, generalizations, hopefulness",
		"Über Straße déjà-vu 3.5% 1,000 e.g. U.S. can't won't it's",
		"",
		strings.Repeat("running runner runs ran ", 3),
	}
	for round := range 2 {
		for _, text := range texts {
			want, got := terms(bleves.Analyze([]byte(text))), terms(ours.Analyze([]byte(text)))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("round %d, %q mismatch (-bleve +ours):\n%s", round, text, diff)
			}
		}
	}
}

// tokenView is what a token carries that the index uses.
type tokenView struct {
	Term       string
	Position   int
	Start, End int
}

func terms(ts analysis.TokenStream) []tokenView {
	out := []tokenView{}
	for _, t := range ts {
		out = append(out, tokenView{string(t.Term), t.Position, t.Start, t.End})
	}
	return out
}

// FuzzTextAnalyzer compares TextAnalyzer with Bleve's English analyzer on
// any text.
func FuzzTextAnalyzer(f *testing.F) {
	for _, s := range []string{"Forged passports", "generalizations' hopefulness", "1,000.5 e.g", "naïve café"} {
		f.Add(s)
	}
	cache := registry.NewCache()
	ours, err := cache.AnalyzerNamed(TextAnalyzer)
	if err != nil {
		f.Fatal(err)
	}
	bleves, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for range 2 {
			if diff := cmp.Diff(terms(bleves.Analyze([]byte(text))), terms(ours.Analyze([]byte(text)))); diff != "" {
				t.Fatalf("%q mismatch (-bleve +ours):\n%s", text, diff)
			}
		}
	})
}
