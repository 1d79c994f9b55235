package query

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/jhasearch/jhasearch"
)

// clause turns a token into a clause; keep is false for a token that holds
// nothing searchable (lone punctuation).
func (t token) clause() (c Clause, keep bool, err error) {
	c.Field = t.field
	if t.quoted {
		c.Kind, c.Text = KindPhrase, strings.TrimSpace(t.raw)
		if t.slop > maxSlop {
			return c, false, jhasearch.Errorf(jhasearch.EINVALID,
				"The query (q) asks for \"%s\"~ with a window above %d; the number after ~ must be from 0 to %d.", c.Text, maxSlop, maxSlop)
		}
		if t.slop >= 0 {
			c.Kind, c.Slop = KindNear, t.slop
		}
		return c, c.Text != "", nil
	}
	raw := strings.TrimFunc(t.raw, func(r rune) bool { return isPunct(r) && r != '*' && r != '~' })
	switch {
	case strings.HasSuffix(raw, "*"):
		word := strings.TrimFunc(raw, isPunct)
		if !hasWordRune(word) {
			return c, false, nil
		}
		if len([]rune(word)) < minPrefixLen {
			return c, false, jhasearch.Errorf(jhasearch.EINVALID,
				"The query (q) has the prefix search %q; a prefix needs at least %d letters before the *.", t.raw, minPrefixLen)
		}
		c.Kind, c.Text = KindPrefix, word
	case strings.Contains(raw, "~"):
		i := strings.LastIndex(raw, "~")
		word, dist := strings.TrimFunc(raw[:i], isPunct), raw[i+1:]
		c.Kind, c.Text, c.Fuzz = KindFuzzy, word, 1
		if dist != "" {
			if strings.Trim(dist, "0123456789") != "" {
				c.Kind, c.Text = KindWord, strings.TrimFunc(raw, isPunct)
				break
			}
			// Any number of digits is a fuzziness, so that word~99 is
			// refused below rather than searched as text; an overflow
			// gives 0, refused too.
			c.Fuzz, _ = strconv.Atoi(dist)
		}
		if c.Fuzz > maxFuzz || c.Fuzz < 1 {
			return c, false, jhasearch.Errorf(jhasearch.EINVALID,
				"The query (q) asks for %q; the fuzziness after ~ must be 1 or 2.", t.raw)
		}
		if !hasWordRune(word) {
			return c, false, nil
		}
	default:
		c.Kind, c.Text = KindWord, strings.TrimFunc(raw, isPunct)
	}
	return c, hasWordRune(c.Text), nil
}

// isPunct is true for what may surround a word without being part of it.
func isPunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}
