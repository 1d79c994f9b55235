package search

import (
	"strings"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/highlight"
	"github.com/jhasearch/jhasearch/search/query"
	"github.com/jhasearch/jhasearch/search/reader"
)

// Snippets are package highlight's; here the engine gives it the query's
// terms and the index's analyzers.

// highlighter collects the index terms of the query's positive clauses on
// text fields, in every language of the generation.
func (g *generation) highlighter(p *query.Parsed) *highlight.Highlighter {
	return highlight.New(g.highlightInput(p))
}

// highlightInput is what highlighter marks for p.
func (g *generation) highlightInput(p *query.Parsed) highlight.Input {
	in := highlight.Input{Analyzer: cachedTokenizer{tokenizer{g.q.Analyzer()}, "", g.tokens}, Terms: map[string][]string{}}
	for _, l := range g.q.Languages() {
		in.Languages = append(in.Languages, highlight.Language{Code: l.Code, Analyzer: cachedTokenizer{tokenizer{l.Analyzer}, l.Code, g.tokens}})
	}
	for _, grp := range p.Groups {
		for _, cl := range grp {
			if cl.Field == indexer.FieldAgency || cl.Field == indexer.FieldTag {
				continue
			}
			switch cl.Kind {
			case query.KindPrefix:
				in.Prefixes = append(in.Prefixes, lower(cl.Text))
			case query.KindFuzzy:
				for _, t := range g.q.Analyze(cl.Text) {
					in.Fuzzy = append(in.Fuzzy, highlight.Fuzzy{Term: t, Dist: cl.Fuzz})
				}
			default:
				for code, terms := range g.analyzeIn(cl.Text) {
					for _, t := range terms {
						word, _ := indexer.StripTermPrefix(t)
						in.Terms[code] = append(in.Terms[code], word)
					}
				}
			}
		}
	}
	return in
}

// analyzeIn is g.q.AnalyzeIn, kept for the generation's later questions:
// analysing a query's words in every language was a sixth of filling a
// page of hits, and the words recur from question to question. The
// result is shared: never to be written.
func (g *generation) analyzeIn(text string) map[string][]string {
	if len(text) > maxCachedQuery {
		return g.q.AnalyzeIn(text)
	}
	if terms, ok := g.queryTerms.Get(text); ok {
		return terms
	}
	terms := g.q.AnalyzeIn(text)
	g.queryTerms.Put(strings.Clone(text), terms)
	return terms
}

// The terms of at most maxCachedQueries texts of at most maxCachedQuery
// bytes are kept: a word's terms in every language take about 630 bytes
// (measured), a text of 64 bytes 5 KB at most; 1.3 MB, 10 MB at most.
const (
	maxCachedQueries = 1 << 11
	maxCachedQuery   = 64
)

// plainHighlighter marks nothing: its snippets are the start of the text,
// for answers without query terms (browsing, related documents).
func plainHighlighter() *highlight.Highlighter {
	return highlight.New(highlight.Input{})
}

// tokenizer gives highlight the tokens of one of the index's analyzers,
// without the index's language prefix (indexer.StripTermPrefix).
type tokenizer struct {
	analyzer reader.Analyzer
}

// cachedTokenizer is a tokenizer whose tokens of short texts (the words a
// snippet marks) are kept for the generation's later snippets, under the
// analyzer's language code. The tokens of a cached text are shared: never
// to be written.
type cachedTokenizer struct {
	tokenizer
	code  string
	cache *cache.Memo[tokenKey, []highlight.Token]
}

func (t cachedTokenizer) Tokens(text string) []highlight.Token {
	if len(text) > maxCachedWord {
		return t.tokenizer.Tokens(text)
	}
	if ts, ok := t.cache.Get(tokenKey{t.code, text}); ok {
		return ts
	}
	ts := t.tokenizer.Tokens(text)
	if len(ts) <= maxCachedTokensPerWord {
		// The word is copied: it is a piece of a snippet's excerpt.
		t.cache.Put(tokenKey{t.code, strings.Clone(text)}, ts)
	}
	return ts
}

// Tokens analyses text. The terms share one string: a word's tokens are
// read once and dropped, and a string each was a fifth of the snippets'
// allocations.
func (t tokenizer) Tokens(text string) []highlight.Token {
	ts := t.analyzer.Analyze([]byte(text))
	size := 0
	for _, tok := range ts {
		size += len(tok.Term)
	}
	var b strings.Builder
	b.Grow(size)
	for _, tok := range ts {
		word, _ := indexer.StripTermPrefix(string(tok.Term))
		b.WriteString(word)
	}
	all := b.String()
	out := make([]highlight.Token, len(ts))
	at := 0
	for i, tok := range ts {
		word, _ := indexer.StripTermPrefix(string(tok.Term))
		out[i] = highlight.Token{Term: all[at : at+len(word)], Start: tok.Start, End: tok.End, Position: tok.Position}
		at += len(word)
	}
	return out
}

// A snippet analyses the words of its excerpt that may hold a query term
// (highlight.Marks), and analysing them was a third of filling a page of
// hits. The words of an archive recur from question to question, and a
// word's tokens depend on the word and the analyzer alone, so the
// generation keeps them: at most maxCachedTokens words of at most
// maxCachedWord bytes and maxCachedTokensPerWord tokens, the first words
// analysed. An entry takes about 210 bytes (a word of 9 letters, one
// token; measured), 360 at most: about 7 MB, 12 MB at most.
const (
	maxCachedTokens        = 1 << 15
	maxCachedWord          = 32
	maxCachedTokensPerWord = 4
)

type tokenKey struct{ code, word string }
