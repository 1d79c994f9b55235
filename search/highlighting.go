package search

import (
	"strings"

	"github.com/jhasearch/jhasearch/indexer"
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
	in := highlight.Input{Analyzer: tokenizer{g.q.Analyzer()}, Terms: map[string][]string{}}
	for _, l := range g.q.Languages() {
		in.Languages = append(in.Languages, highlight.Language{Code: l.Code, Analyzer: tokenizer{l.Analyzer}})
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
				for code, terms := range g.q.AnalyzeIn(cl.Text) {
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
