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

// tokens holds the tokens of one text as byte offsets into it, and their
// folded spellings in one shared buffer. Offsets rather than strings keep
// the per-token work free of pointers for the garbage collector.
type tokens struct {
	text string
	fold []byte
	toks []span
}

// span locates a token: text[start:end] as written, fold[fstart:fend]
// folded.
type span struct{ start, end, fstart, fend int32 }

func (t *tokens) len() int { return len(t.toks) }

// raw returns token i as written.
func (t *tokens) raw(i int) string { return t.text[t.toks[i].start:t.toks[i].end] }

// folded returns the folded spelling of token i; the string conversion in
// comparisons and map look-ups does not allocate.
func (t *tokens) folded(i int) []byte { return t.fold[t.toks[i].fstart:t.toks[i].fend] }

// key appends the folded tokens joined by spaces to dst: the key of a
// whole tag (see tagKey).
func (t *tokens) key(dst []byte) []byte {
	for i := range t.len() {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.folded(i)...)
	}
	return dst
}

// offsets returns the byte offsets of tokens from to to-1 in the text.
func (t *tokens) offsets(from, to int) (start, end int) {
	return int(t.toks[from].start), int(t.toks[to-1].end)
}

// split replaces the tokens by those of s, reusing the buffers.
func (t *tokens) split(s string) {
	t.text, t.fold, t.toks = s, t.fold[:0], t.toks[:0]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++
			continue
		}
		if r, n := utf8.DecodeRuneInString(s[i:]); r >= utf8.RuneSelf && !isWordRune(r) {
			i += n
			continue
		}
		i = skipPossessive(s, t.token(s, i))
	}
}

// token records the token that starts at i, folding it in the same pass,
// and returns the offset after it.
func (t *tokens) token(s string, i int) int {
	start, from := i, len(t.fold)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			t.fold = append(t.fold, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		t.fold = appendFoldRune(t.fold, r)
		i += n
	}
	t.toks = append(t.toks, span{int32(start), int32(i), int32(from), int32(len(t.fold))})
	return i
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
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII letters and digits: a table look-up is the
// whole cost of most bytes of a text.
var asciiWord = func() (w [utf8.RuneSelf]bool) {
	for c := range w {
		w[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return w
}()

// splitForm returns the raw and folded tokens of a vocabulary form.
func splitForm(s string) (raw, folded []string) {
	var t tokens
	t.split(s)
	for i := range t.len() {
		raw = append(raw, t.raw(i))
		folded = append(folded, string(t.folded(i)))
	}
	return raw, folded
}
