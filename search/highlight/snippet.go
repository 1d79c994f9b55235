package highlight

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch/lang"
)

const (
	// SnippetLen is the bytes of text in a snippet, roughly.
	SnippetLen = 240
	// maxSnippetSource bounds the text analysed per hit.
	maxSnippetSource = 32 << 10
)

// Input is what a Highlighter marks and how it analyses texts. The zero
// Input marks nothing: its snippets are the start of the text.
type Input struct {
	// Analyzer analyses the texts of the default language (English) and
	// of every language without one of its own in Languages.
	Analyzer Analyzer
	// Languages are the other languages with an analyzer of their own.
	Languages []Language
	// Terms are the index terms of the query's words in each language,
	// by language code: "" the default analysis, otherwise the codes of
	// Languages, without the index's language prefix.
	Terms map[string][]string
	// Prefixes are lower-cased prefixes: every term starting with one
	// matches, in every language.
	Prefixes []string
	// Fuzzy are terms matching every term within their edit distance.
	Fuzzy []Fuzzy
}

// Language is the analysis of one language other than the default.
type Language struct {
	Code     string
	Analyzer Analyzer
}

// Fuzzy is a term that matches the terms within Dist edits of it.
type Fuzzy struct {
	Term string
	Dist int
}

// Highlighter makes the snippets of one page of hits. It serves one
// request at a time: it keeps buffers and the words it analysed from hit
// to hit.
type Highlighter struct {
	analyzer Analyzer
	// terms are the index terms of the highlighter's language; all
	// holds every language's, by code.
	terms    map[string]bool
	all      map[string][]string
	prefixes []string
	fuzzy    []Fuzzy
	// short are the probes of Marks (shortProbes).
	short []string
	// langs are the other languages; others the highlighters of their
	// documents (ForLanguage).
	langs  []Language
	others map[string]*Highlighter
	// page is what the highlighters of every language of a page share:
	// the probes of window and its buffers.
	page *page
	// analysed holds the marks of the words marks analysed, offsets
	// within the word.
	analysed map[string][]Mark
}

// New returns the highlighter of in for documents of the default
// language; ForLanguage gives those of the others.
func New(in Input) *Highlighter {
	h := &Highlighter{analyzer: in.Analyzer, terms: termSet(in.Terms[""]), all: in.Terms,
		prefixes: in.Prefixes, fuzzy: in.Fuzzy, langs: in.Languages}
	h.short = h.shortProbes()
	h.page = &page{}
	return h
}

func termSet(terms []string) map[string]bool {
	set := make(map[string]bool, len(terms))
	for _, t := range terms {
		set[t] = true
	}
	return set
}

// ForLanguage returns the highlighter for a document in language code (a
// language tag, normalised here): the same query, the text analysed with
// the language's analyzer and compared with the language's terms. A
// language without an analyzer of its own gets h.
func (h *Highlighter) ForLanguage(code string) *Highlighter {
	if len(h.langs) == 0 {
		return h
	}
	code, _ = lang.Normalize(code)
	if o, ok := h.others[code]; ok {
		return o
	}
	for _, l := range h.langs {
		if l.Code == code {
			o := &Highlighter{analyzer: l.Analyzer, terms: termSet(h.all[code]), all: h.all, prefixes: h.prefixes, fuzzy: h.fuzzy, short: h.short, page: h.page}
			if h.others == nil {
				h.others = map[string]*Highlighter{}
			}
			h.others[code] = o
			return o
		}
	}
	return h
}

// Matches reports whether an index term of the highlighter's language
// matches the query: one of its terms, a term with one of its prefixes,
// or one within a fuzzy term's distance.
func (h *Highlighter) Matches(term string) bool {
	if h.terms[term] {
		return true
	}
	for _, p := range h.prefixes {
		if strings.HasPrefix(term, p) {
			return true
		}
	}
	for _, f := range h.fuzzy {
		if EditDistance(term, f.Term, f.Dist) <= f.Dist {
			return true
		}
	}
	return false
}

// empty reports whether h marks nothing: no term in any language, no
// prefix, no fuzzy term.
func (h *Highlighter) empty() bool {
	for _, terms := range h.all {
		if len(terms) > 0 {
			return false
		}
	}
	return len(h.prefixes) == 0 && len(h.fuzzy) == 0
}

// Snippet returns an HTML-safe excerpt of text around the densest
// matches, with matched words in <mark>. Analysing a whole body per hit
// would cost more than the search, so the window is found first by
// looking for the query's terms as substrings (a stem is a prefix of the
// words it stands for, nearly always), and only the window is analysed.
// Only the window is copied out of text.
func (h *Highlighter) Snippet(text []byte) string {
	if len(text) > maxSnippetSource {
		text = text[:maxSnippetSource]
	}
	start := 0
	if !h.empty() {
		start = h.window(text)
	}
	start = WordStart(text, max(0, start-SnippetLen/6))
	end := WordEnd(text, min(len(text), start+SnippetLen))
	piece := string(text[start:end])
	var marks []Mark
	if !h.empty() {
		marks = h.Marks(piece)
	}
	var b strings.Builder
	// The piece, the marks' tags, the ellipses: one allocation, unless
	// escaping lengthens the text.
	b.Grow(len(piece) + len(marks)*len("<mark></mark>") + 2*len(" …"))
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

// WordStart moves i, an index of s, back to the start of the word it falls
// in; words are separated by spaces and line breaks.
func WordStart[T string | []byte](s T, i int) int {
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
		i--
	}
	return i
}

// WordEnd moves i forward to the end of the word of s it falls in.
func WordEnd[T string | []byte](s T, i int) int {
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	for i < len(s) && s[i] != ' ' && s[i] != '\n' {
		i++
	}
	return i
}

// Mark is a matched token of a piece of text: its bytes and its term.
type Mark struct {
	Start, End int
	Term       string
}

// Marks returns the tokens of piece that match, in order: the same as
// analysing the whole piece and keeping the tokens whose terms match
// (Matches), found with less work. Analysing every word of every snippet
// was a tenth of a loaded server's work, so only the words that hold a
// probe are analysed: the first letters of a query term (the stemmer
// changes only the end of a word) or of a prefix. Words are split at white
// space, which the analyzer never joins across, so the tokens are those of
// the whole piece. A word analysed once is not analysed again for the
// other hits of the page: the matched words recur from hit to hit. Fuzzy
// terms may differ anywhere: with one, the whole piece is analysed.
func (h *Highlighter) Marks(piece string) []Mark {
	if len(h.fuzzy) > 0 {
		return h.matching(piece)
	}
	probes := h.short
	var out []Mark
	for start := 0; start < len(piece); {
		end := start
		for end < len(piece) && !isSpaceByte(piece[end]) {
			end++
		}
		if word := piece[start:end]; end > start {
			ms, ok := h.analysed[word]
			if !ok && containsAny(strings.ToLower(word), probes) {
				ms = h.matching(word)
				if h.analysed == nil {
					h.analysed = make(map[string][]Mark)
				}
				h.analysed[word] = ms
			}
			for _, m := range ms {
				out = append(out, Mark{Start: m.Start + start, End: m.End + start, Term: m.Term})
			}
		}
		start = end + 1
	}
	return out
}

// matching analyses text and returns its matching tokens as marks.
func (h *Highlighter) matching(text string) []Mark {
	var out []Mark
	for _, tok := range h.analyzer.Tokens(text) {
		if h.Matches(tok.Term) {
			out = append(out, Mark{Start: tok.Start, End: tok.End, Term: tok.Term})
		}
	}
	return out
}

// shortProbes are the first letters of every default-language term (h is
// the default language's highlighter) and
// of every prefix: at most three, and one fewer than a term has, since a
// stem's last letter may be one the stemmer put there ("agency" gives
// "agenci"). Every query word is analysed in the default language too, so
// its terms there probe the documents of every language.
func (h *Highlighter) shortProbes() []string {
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
