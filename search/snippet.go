package search

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Snippets are built here from the stored text rather than by Bleve's
// highlighter: the text is analysed again with the index's analyzer, so a
// stemmed match ("smuggling" for "smuggler") is marked, and the output is
// escaped piece by piece, so nothing of the document reaches the page as
// markup except our own <mark> tags.

const (
	snippetLen = 240 // bytes of text in a snippet, roughly
	// maxSnippetSource bounds the text analysed per hit.
	maxSnippetSource = 32 << 10
)

// highlighter knows which index terms of a query to mark.
type highlighter struct {
	analyzer analysis.Analyzer
	terms    map[string]bool
	prefixes []string
	fuzzy    []fuzzyTerm
}

type fuzzyTerm struct {
	term string
	dist int
}

func (h *highlighter) matches(term []byte) bool {
	t := string(term)
	if h.terms[t] {
		return true
	}
	for _, p := range h.prefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	for _, f := range h.fuzzy {
		if editDistance(t, f.term, f.dist) <= f.dist {
			return true
		}
	}
	return false
}

func (h *highlighter) empty() bool {
	return len(h.terms) == 0 && len(h.prefixes) == 0 && len(h.fuzzy) == 0
}

// snippet returns an HTML-safe excerpt of text around the densest
// matches, with matched words in <mark>. Analysing a whole body per hit
// would cost more than the search, so the window is found first by
// looking for the query's terms as substrings (a stem is a prefix of the
// words it stands for, nearly always), and only the window is analysed.
func (h *highlighter) snippet(text string) string {
	if len(text) > maxSnippetSource {
		text = text[:maxSnippetSource]
	}
	start := 0
	if !h.empty() {
		start = h.window(text)
	}
	start = wordStart(text, max(0, start-snippetLen/6))
	end := wordEnd(text, min(len(text), start+snippetLen))
	piece := text[start:end]
	var marks []*analysis.Token
	if !h.empty() {
		for _, tok := range h.analyzer.Analyze([]byte(piece)) {
			if h.matches(tok.Term) {
				marks = append(marks, tok)
			}
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := 0
	for _, m := range marks {
		if m.Start < pos || m.End > len(piece) {
			continue
		}
		b.WriteString(html.EscapeString(piece[pos:m.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(piece[m.Start:m.End]))
		b.WriteString("</mark>")
		pos = m.End
	}
	b.WriteString(html.EscapeString(piece[pos:]))
	if end < len(text) {
		b.WriteString(" …")
	}
	return strings.TrimSpace(b.String())
}

// wordStart moves i back to the start of the word it falls in.
func wordStart(s string, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of the word it falls in.
func wordEnd(s string, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}
