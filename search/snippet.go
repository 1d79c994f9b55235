package search

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
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
	analyzer reader.Analyzer
	terms    map[string]bool
	prefixes []string
	fuzzy    []fuzzyTerm
	// langs are the generation's other languages; others the
	// highlighters of their documents (languages.go).
	langs  []langAnalysis
	others map[string]*highlighter
	// Buffers of window, reused from hit to hit; a highlighter serves
	// one request at a time.
	lower     []byte
	hits      []probeHit
	probeList [][]byte
	// analysed holds the marks of the words marks analysed, offsets
	// within the word.
	analysed map[string][]mark
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
	t, _ = indexer.StripTermPrefix(t)
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
// Only the window is copied out of text.
func (h *highlighter) snippet(text []byte) string {
	if len(text) > maxSnippetSource {
		text = text[:maxSnippetSource]
	}
	start := 0
	if !h.empty() {
		start = h.window(text)
	}
	start = wordStart(text, max(0, start-snippetLen/6))
	end := wordEnd(text, min(len(text), start+snippetLen))
	piece := string(text[start:end])
	var marks []mark
	if !h.empty() {
		marks = h.marks(piece)
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
func wordStart[T string | []byte](s T, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

// wordEnd moves i forward to the end of the word it falls in.
func wordEnd[T string | []byte](s T, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}

// marks returns the tokens of piece that match. Analysing every word of
// every snippet was a tenth of a loaded server's work, so only the words
// that hold a probe are analysed: the first letters of a query term (the
// stemmer changes only the end of a word) or of a prefix. Words are split
// at white space, which the analyzer never joins across, so the tokens are
// those of the whole piece. A word analysed once is not analysed again for
// the other hits of the page: the matched words recur from hit to hit.
// Fuzzy terms may differ anywhere: with one, the whole piece is analysed.
func (h *highlighter) marks(piece string) []mark {
	if len(h.fuzzy) > 0 {
		return toMarks(h.matching(piece, 0))
	}
	probes := h.shortProbes()
	var out []mark
	for start := 0; start < len(piece); {
		end := start
		for end < len(piece) && !isSpaceByte(piece[end]) {
			end++
		}
		if word := piece[start:end]; end > start {
			ms, ok := h.analysed[word]
			if !ok && containsAny(strings.ToLower(word), probes) {
				ms = toMarks(h.matching(word, 0))
				if h.analysed == nil {
					h.analysed = make(map[string][]mark)
				}
				h.analysed[word] = ms
			}
			for _, m := range ms {
				out = append(out, mark{Start: m.Start + start, End: m.End + start, Term: m.Term})
			}
		}
		start = end + 1
	}
	return out
}

// mark is a matched token of a snippet's piece: its bytes and its term.
type mark struct {
	Start, End int
	Term       string
}

// toMarks returns the tokens as marks.
func toMarks(toks []reader.Token) []mark {
	out := make([]mark, len(toks))
	for i, t := range toks {
		out[i] = mark{Start: t.Start, End: t.End, Term: string(t.Term)}
	}
	return out
}

// matching analyses text and returns its matching tokens, their offsets
// moved by at.
func (h *highlighter) matching(text string, at int) []reader.Token {
	var out []reader.Token
	for _, tok := range h.analyzer.Analyze([]byte(text)) {
		if h.matches(tok.Term) {
			tok.Start += at
			tok.End += at
			out = append(out, tok)
		}
	}
	return out
}

// shortProbes are the first letters of every term and prefix: at most
// three, and one fewer than a term has, since a stem's last letter may be
// one the stemmer put there ("agency" gives "agenci").
func (h *highlighter) shortProbes() []string {
	var out []string
	for t := range h.terms {
		out = append(out, t[:max(1, min(3, len(t)-1))])
	}
	for _, p := range h.prefixes {
		out = append(out, p[:min(3, len(p))])
	}
	return out
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isSpaceByte reports the ASCII white space that separates words; other
// bytes, those of multi-byte characters included, belong to words.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r'
}
