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

// offsets returns the byte offsets of tokens from to to-1 in the text.
func (t *tokens) offsets(from, to int) (start, end int) {
	return int(t.toks[from].start), int(t.toks[to-1].end)
}

// split replaces the tokens by those of s, reusing the buffers.
func (t *tokens) split(s string) {
	t.text, t.fold, t.toks = s, t.fold[:0], t.toks[:0]
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
	from := len(t.fold)
	t.fold = appendFold(t.fold, s[start:end])
	t.toks = append(t.toks, span{int32(start), int32(end), int32(from), int32(len(t.fold))})
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
	for i := range t.len() {
		raw = append(raw, t.raw(i))
		folded = append(folded, string(t.folded(i)))
	}
	return raw, folded
}
