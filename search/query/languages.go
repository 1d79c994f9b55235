package query

import (
	"slices"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/search/reader"
)

// Releases in other languages than English are indexed with their
// language's analyzer, their terms prefixed with the language
// (indexer/analysis_lang.go). A query word is therefore analysed once in
// English and once in each other language the generation holds; each
// analysis finds the releases of its language only, so that an English
// stem never matches a German release and "Grenzkontrolle" finds
// "Grenzkontrollen" through the German stemmer. A generation of English
// releases only has no other language, and its queries are exactly what
// they were.
//
// A word that is a stop word in a language ("die" in German, "la" in
// French) matches every release of that language, unscored, when the
// query requires every word: otherwise "die Grenzkontrolle" could find no
// German release, while "die" is a content word in English.

// Language is the query-side analysis of one language of a generation.
type Language struct {
	Code     string
	Analyzer reader.Analyzer
	// docs are the searchable entries of the language, unscored.
	docs *List
}

// languages returns the languages of the generation other than English
// that have an analyzer of their own, with their releases.
func (x *Index) languages() []Language {
	x.langOnce.Do(func() {
		byCode := map[string][]int32{}
		for _, e := range x.searchable {
			if l := x.cols.Language(int(e)); l != "" {
				code, _ := lang.Normalize(l)
				if indexer.AnalyzerOf(code) != indexer.TextAnalyzer {
					byCode[code] = append(byCode[code], e)
				}
			}
		}
		for _, code := range indexer.Languages {
			entries, ok := byCode[code]
			if !ok {
				continue
			}
			x.langs = append(x.langs, Language{Code: code,
				Analyzer: x.ix.Analyzer(code),
				docs:     &List{Entries: entries, Scores: make([]float32, len(entries))}})
		}
	})
	return x.langs
}

// langDocs returns the releases of language code; nil if none.
func (x *Index) langDocs(code string) *List {
	for _, l := range x.languages() {
		if l.Code == code {
			return l.docs
		}
	}
	return nil
}

// analyzeIn returns the terms of text in each language of c: English
// first, under "", then every other language that gives any term.
func (c *compiler) analyzeIn(text string) map[string][]string {
	out := map[string][]string{"": c.analyze(text)}
	for _, l := range c.langs {
		var terms []string
		for _, t := range l.Analyzer.Analyze([]byte(text)) {
			terms = append(terms, string(t.Term))
		}
		out[l.Code] = terms
	}
	return out
}

// vacuous marks, among a word's terms, a language in which the word is a
// stop word: every release of the language matches it (postings.go).
func vacuous(code string) bm25Term { return bm25Term{Term: code} }

// withoutVacuous drops the vacuous terms: where words are optional, a
// stop word of some language must not bring in all its releases.
func withoutVacuous(terms []bm25Term) []bm25Term {
	if !slices.ContainsFunc(terms, func(t bm25Term) bool { return t.Field == "" }) {
		return terms
	}
	return slices.DeleteFunc(slices.Clone(terms), func(t bm25Term) bool { return t.Field == "" })
}
