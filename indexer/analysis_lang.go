package indexer

import (
	"slices"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/bg"
	"github.com/blevesearch/bleve/v2/analysis/lang/cs"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/el"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fi"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/ga"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/analysis/lang/hu"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ro"
	"github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/jhasearch/jhasearch/lang"
)

// Every release is analysed in its language, into the same fields (title,
// summary, body) as English ones: the terms of a release in another
// language carry its language as a prefix, "de\x1fgrenzkontroll", so that
// a German stem never meets an English one, and English releases keep
// exactly the terms, lengths and speed they had (SciFact, docs/relevance.md).
// A query is analysed once per language the generation holds (search),
// each analysis matching only the releases of its language. Fields of
// their own per language (title_de, body_de…) would have worked too, but
// would have multiplied the fields that BM25F, phrases, positions and
// snippets walk by 24 for every query.

// termSeparator ends a term's language prefix: a control character, which
// no tokenizer keeps in a word.
const termSeparator = "\x1f"

// TermPrefix is the prefix of the index terms of language code: "" for
// English and for any language analysed as English.
func TermPrefix(code string) string {
	if AnalyzerOf(code) == TextAnalyzer {
		return ""
	}
	return code + termSeparator
}

// StripTermPrefix returns an index term without its language prefix, and
// the language ("" for English).
func StripTermPrefix(term string) (word, code string) {
	for i := 0; i < len(term) && i < 4; i++ {
		if term[i] == termSeparator[0] {
			return term[i+1:], term[:i]
		}
	}
	return term, ""
}

// Analysis is what the index does with the words of a language.
type Analysis struct {
	Stemming, StopWords, Folding bool
}

// analyses says what each language gets; the languages missing here are
// lower-cased and cut into words only (et, lv, lt, mt, sk, sl).
var analyses = map[string]Analysis{
	"en": {true, true, false}, "da": {true, true, false}, "de": {true, true, true},
	"es": {true, true, true}, "fi": {true, true, false}, "fr": {true, true, false},
	"hu": {true, true, false}, "it": {true, true, false}, "nl": {true, true, false},
	"pt": {true, true, true}, "ro": {true, true, false}, "sv": {true, true, false},
	"pl": {true, true, false}, "hr": {true, true, false},
	"bg": {false, true, false}, "cs": {false, true, false}, "ga": {false, true, false},
	"el": {false, true, true},
}

// AnalysisOf returns what the index does with the words of code.
func AnalysisOf(code string) Analysis { return analyses[code] }

// bleveAnalyzers are Bleve's own analyzers with a stemmer, by language.
var bleveAnalyzers = map[string]string{
	"da": da.AnalyzerName, "de": de.AnalyzerName, "es": es.AnalyzerName, "fi": fi.AnalyzerName,
	"fr": fr.AnalyzerName, "hu": hu.AnalyzerName, "it": it.AnalyzerName, "nl": nl.AnalyzerName,
	"pt": pt.AnalyzerName, "ro": ro.AnalyzerName, "sv": sv.AnalyzerName, "pl": pl.AnalyzerName,
	"hr": hr.AnalyzerName,
}

// stopOnly are the filters after the tokenizer of the languages that
// Bleve gives stop words but no stemmer; greekFold is ours.
var stopOnly = map[string][]string{
	"bg": {lowercase.Name, bg.StopName},
	"cs": {lowercase.Name, cs.StopName},
	"el": {lowercase.Name, greekFoldName, el.StopName},
	"ga": {ga.ElisionName, lowercase.Name, ga.StopName},
}

// AnalyzerOf returns the name of the analyzer of language code (an
// official language's code, as lang.Normalize gives): TextAnalyzer for
// English and for any language it does not know.
func AnalyzerOf(code string) string {
	if code == lang.English || !slices.Contains(lang.Codes, code) {
		return TextAnalyzer
	}
	return "jhasearch_" + code
}

// Languages are the languages with an analyzer of their own.
var Languages = func() []string {
	var out []string
	for _, c := range lang.Codes {
		if c != lang.English {
			out = append(out, c)
		}
	}
	return out
}()

func init() {
	if err := registry.RegisterTokenFilter(greekFoldName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return greekFold{}, nil
	}); err != nil {
		panic(err)
	}
	for _, code := range Languages {
		code := code
		if err := registry.RegisterAnalyzer(AnalyzerOf(code), func(config map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
			return newLanguageAnalyzer(code, cache)
		}); err != nil {
			panic(err)
		}
	}
}

// newLanguageAnalyzer builds the analyzer of code: Bleve's analyzer of the
// language, or the Unicode tokenizer with its stop words, or with lower
// case only; then the language prefix on every term.
func newLanguageAnalyzer(code string, cache *registry.Cache) (analysis.Analyzer, error) {
	var inner analysis.Analyzer
	if name, ok := bleveAnalyzers[code]; ok {
		a, err := cache.AnalyzerNamed(name)
		if err != nil {
			return nil, err
		}
		inner = a
	} else {
		names := stopOnly[code]
		if names == nil {
			names = []string{lowercase.Name}
		}
		var filters []analysis.TokenFilter
		for _, n := range names {
			f, err := cache.TokenFilterNamed(n)
			if err != nil {
				return nil, err
			}
			filters = append(filters, f)
		}
		inner = &analysis.DefaultAnalyzer{Tokenizer: unicode.NewUnicodeTokenizer(), TokenFilters: filters}
	}
	return prefixed{inner: inner, prefix: []byte(code + termSeparator)}, nil
}

// prefixed puts the language's prefix before every term of its analyzer.
type prefixed struct {
	inner  analysis.Analyzer
	prefix []byte
}

func (p prefixed) Analyze(input []byte) analysis.TokenStream {
	ts := p.inner.Analyze(input)
	size := 0
	for _, t := range ts {
		size += len(p.prefix) + len(t.Term)
	}
	buf := make([]byte, 0, size)
	for _, t := range ts {
		from := len(buf)
		buf = append(append(buf, p.prefix...), t.Term...)
		t.Term = buf[from:len(buf):len(buf)]
	}
	return ts
}

const greekFoldName = "jhasearch_greek_fold"

// greekFold removes the tonos and the dialytika from Greek letters and
// writes the final sigma as a medial one: Greek readers type words
// without accents in a search box, and capitals carry none.
type greekFold struct{}

var greekPlain = map[rune]rune{
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω',
	'ϊ': 'ι', 'ϋ': 'υ', 'ΐ': 'ι', 'ΰ': 'υ', 'ς': 'σ',
}

func (greekFold) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if !hasGreek(t.Term) {
			continue
		}
		out := make([]byte, 0, len(t.Term))
		for _, r := range string(t.Term) {
			if p, ok := greekPlain[r]; ok {
				r = p
			}
			out = utf8.AppendRune(out, r)
		}
		t.Term = out
	}
	return in
}

func hasGreek(b []byte) bool {
	for _, r := range string(b) {
		if r >= 0x370 && r <= 0x3ff || r >= 0x1f00 && r <= 0x1fff {
			return true
		}
	}
	return false
}
