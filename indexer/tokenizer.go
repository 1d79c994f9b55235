package indexer

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// TextAnalyzer analyses title, summary and body exactly as Bleve's English
// analyzer does (Unicode word boundaries, possessives, lower case, stop
// words, Porter stemmer), with a faster tokenizer for the ASCII words that
// make up most of the releases: Bleve's Unicode tokenizer was a tenth of
// the build's CPU. Index and queries use it by this name.
const TextAnalyzer = "jhasearch_en"

func init() {
	if err := registry.RegisterAnalyzer(TextAnalyzer, newTextAnalyzer); err != nil {
		panic(err) // two packages claim the name: a bug in this program
	}
}

func newTextAnalyzer(config map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
	var filters []analysis.TokenFilter
	for _, name := range []string{en.PossessiveName, lowercase.Name, en.StopName, porter.Name} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: wordTokenizer{unicode.NewUnicodeTokenizer()}, TokenFilters: filters}, nil
}

// wordTokenizer gives the tokens of Bleve's Unicode tokenizer (Unicode
// text segmentation, UAX #29). No word boundary rule joins anything across
// ASCII white space, so the text is cut there into pieces: a piece of ASCII
// bytes is split by the rules as they apply to ASCII, written out below;
// any other piece goes to the Unicode tokenizer. A fuzz test compares the
// two on any text.
type wordTokenizer struct {
	unicode analysis.Tokenizer
}

func (w wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	if !utf8.Valid(input) {
		// The Unicode tokenizer stops at the first invalid byte, in a way
		// that depends on what precedes it: leave such text to it whole.
		return w.unicode.Tokenize(input)
	}
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	var chunk []analysis.Token // tokens are allocated in chunks
	pos := 1
	emit := func(t analysis.Token) {
		if len(chunk) == cap(chunk) {
			chunk = make([]analysis.Token, 0, min(max(len(input)/6, 16), 1024))
		}
		chunk = append(chunk, t)
		out = append(out, &chunk[len(chunk)-1])
	}
	for start := 0; start < len(input); {
		if isSpace(input[start]) {
			start++
			continue
		}
		end, ascii := start, true
		for end < len(input) && !isSpace(input[end]) {
			ascii = ascii && input[end] < 0x80
			end++
		}
		if ascii {
			asciiWords(input, start, end, &pos, emit)
		} else {
			for _, t := range w.unicode.Tokenize(input[start:end]) {
				t.Start, t.End, t.Position = t.Start+start, t.End+start, pos
				pos++
				emit(*t)
			}
		}
		start = end
	}
	return out
}

// asciiWords emits the words of input[start:end], all ASCII without white
// space. A word is a run of letters, digits and underscores (WB5, WB8-10,
// WB13a-b); a full stop, colon or apostrophe between two letters (WB6-7),
// or a full stop, comma, semicolon or apostrophe between two digits
// (WB11-12), stays inside it.
func asciiWords(input []byte, start, end int, pos *int, emit func(analysis.Token)) {
	for i := start; i < end; {
		if !isWordByte(input[i]) {
			i++
			continue
		}
		from := i
		for i++; i < end; {
			c := input[i]
			if isWordByte(c) {
				i++
				continue
			}
			if i+1 < end && joins(input[i-1], c, input[i+1]) {
				i += 2
				continue
			}
			break
		}
		emit(analysis.Token{Term: input[from:i], Start: from, End: i, Position: *pos, Type: wordType(input[from:i])})
		*pos++
	}
}

// joins reports whether mid keeps prev and next in one word.
func joins(prev, mid, next byte) bool {
	switch {
	case isLetter(prev) && isLetter(next):
		return mid == '.' || mid == ':' || mid == '\''
	case isDigit(prev) && isDigit(next):
		return mid == '.' || mid == ',' || mid == ';' || mid == '\''
	}
	return false
}

// wordType is the Unicode tokenizer's type of an ASCII word: numeric when
// it has digits and no letter.
func wordType(w []byte) analysis.TokenType {
	digits := false
	for _, c := range w {
		if isLetter(c) {
			return analysis.AlphaNumeric
		}
		digits = digits || isDigit(c)
	}
	if digits {
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isLetter(c byte) bool   { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }
