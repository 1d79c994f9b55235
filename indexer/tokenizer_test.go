package indexer

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/google/go-cmp/cmp"
)

// tokenizerCases are texts where the word boundary rules matter.
var tokenizerCases = []string{
	"",
	"   \t\n ",
	"abc123 123abc 1.5 1,000 a.b a:b a'b 1'2 1;2 a;b _ __ a_b _a 1_ e.g. U.S.A. can't 3.5%",
	"x.1 1.x a..b a.:b ab. .ab 'a' a' a-b 1-2 $5 #x @y a\x00b a1.b 1a.2 a.b.c 1.2.3 a.b1 1,,2",
	"The agencies' officers were trained; the agency's trainers' reports followed (see annex: tables 3-5).",
	"Über Straße déjà-vu naïve café ½ “quoted” it’s 10 000 €5 – a\u00adb a \u0301b 日本語 テスト",
	"a\r\nb\vc\fd",
}

// wordTokenizer gives exactly the tokens of Bleve's Unicode tokenizer.
func TestWordTokenizerIsUnicode(t *testing.T) {
	ours, theirs := wordTokenizer{unicode.NewUnicodeTokenizer()}, unicode.NewUnicodeTokenizer()
	for _, text := range tokenizerCases {
		if diff := cmp.Diff(tokens(theirs.Tokenize([]byte(text))), tokens(ours.Tokenize([]byte(text)))); diff != "" {
			t.Errorf("%q mismatch (-unicode +ours):\n%s", text, diff)
		}
	}
}

// TextAnalyzer gives exactly the terms of Bleve's English analyzer.
func TestTextAnalyzerIsEnglish(t *testing.T) {
	cache := registry.NewCache()
	ours, err := cache.AnalyzerNamed(TextAnalyzer)
	if err != nil {
		t.Fatal(err)
	}
	english, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	texts := append(tokenizerCases, strings.Repeat("Smugglers smuggled SMUGGLING networks; relational generalizations. ", 3))
	for _, text := range texts {
		if diff := cmp.Diff(tokens(english.Analyze([]byte(text))), tokens(ours.Analyze([]byte(text)))); diff != "" {
			t.Errorf("%q mismatch (-en +ours):\n%s", text, diff)
		}
	}
}

// tokenView is what a token carries.
type tokenView struct {
	Term       string
	Position   int
	Start, End int
	Type       analysis.TokenType
	KeyWord    bool
}

func tokens(ts analysis.TokenStream) []tokenView {
	out := []tokenView{}
	for _, t := range ts {
		out = append(out, tokenView{string(t.Term), t.Position, t.Start, t.End, t.Type, t.KeyWord})
	}
	return out
}

// FuzzWordTokenizer compares wordTokenizer with Bleve's Unicode tokenizer
// on any text.
func FuzzWordTokenizer(f *testing.F) {
	for _, s := range tokenizerCases {
		f.Add(s)
	}
	ours, theirs := wordTokenizer{unicode.NewUnicodeTokenizer()}, unicode.NewUnicodeTokenizer()
	f.Fuzz(func(t *testing.T, text string) {
		if diff := cmp.Diff(tokens(theirs.Tokenize([]byte(text))), tokens(ours.Tokenize([]byte(text)))); diff != "" {
			t.Fatalf("%q mismatch (-unicode +ours):\n%s", text, diff)
		}
	})
}

// BenchmarkTokenizer tokenizes release bodies with Bleve's Unicode
// tokenizer and with wordTokenizer: those of -archive (the first -docs),
// or generated ones.
func BenchmarkTokenizer(b *testing.B) {
	var texts [][]byte
	for _, d := range benchInput(b) {
		texts = append(texts, []byte(d.Body))
	}
	for _, tt := range []struct {
		name string
		tok  analysis.Tokenizer
	}{{"unicode", unicode.NewUnicodeTokenizer()}, {"word", wordTokenizer{unicode.NewUnicodeTokenizer()}}} {
		b.Run(tt.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				tt.tok.Tokenize(texts[i%len(texts)])
			}
		})
	}
}
