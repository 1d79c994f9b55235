package vocab

import (
	"unicode"
	"unicode/utf8"
)

// A token is a run of letters, digits and combining marks. Everything else
// separates tokens: spaces, hyphens ("Guinea-Bissau" is two tokens, as is
// "cyber-attack"), slashes, apostrophes. A possessive "'s" is dropped, so
// "Europol's" is the token "Europol". Forms of the vocabulary are split by
// the same rules, so a form matches exactly when its tokens do: whole
// words only, "SIS" never inside "crisis".

// tokens holds the tokens of one text: raw spellings (substrings of the
// text), their folded spellings in one shared buffer, and byte offsets.
type tokens struct {
	raw   []string
	fold  []byte
	folds [][2]int // fold[i] is fold[folds[i][0]:folds[i][1]]
	spans [][2]int // byte offsets of token i in the text
}

func (t *tokens) reset() {
	t.raw, t.fold, t.folds, t.spans = t.raw[:0], t.fold[:0], t.folds[:0], t.spans[:0]
}

func (t *tokens) len() int { return len(t.raw) }

// folded returns the folded spelling of token i; the string conversion in
// comparisons and map look-ups does not allocate.
func (t *tokens) folded(i int) []byte { return t.fold[t.folds[i][0]:t.folds[i][1]] }

// split appends the tokens of s.
func (t *tokens) split(s string) {
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			if !isWordRune(r) {
				break
			}
			i += n
		}
		t.add(s, start, i)
		i = skipPossessive(s, i)
	}
}

// add records s[start:end] as a token with its folded spelling.
func (t *tokens) add(s string, start, end int) {
	word := s[start:end]
	from := len(t.fold)
	t.fold = appendFold(t.fold, word)
	t.raw = append(t.raw, word)
	t.folds = append(t.folds, [2]int{from, len(t.fold)})
	t.spans = append(t.spans, [2]int{start, end})
}

// skipPossessive returns the offset after "'s" or "’s" at i when the s
// ends the word, else i.
func skipPossessive(s string, i int) int {
	var n int
	switch {
	case i < len(s) && s[i] == '\'':
		n = 1
	case len(s)-i >= 3 && s[i:i+3] == "’":
		n = 3
	default:
		return i
	}
	j := i + n
	if j >= len(s) || (s[j] != 's' && s[j] != 'S') {
		return i
	}
	if j+1 < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j+1:]); isWordRune(r) {
			return i
		}
	}
	return j + 1
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// splitForm returns the raw and folded tokens of a vocabulary form.
func splitForm(s string) (raw, folded []string) {
	var t tokens
	t.split(s)
	for i := range t.raw {
		folded = append(folded, string(t.folded(i)))
	}
	return t.raw, folded
}
