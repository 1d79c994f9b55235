package vocab

import (
	"fmt"
	"sort"
	"strings"
)

// The matcher finds mentions in one pass over a text's tokens: at each
// token it looks the token up in two maps (raw for case-sensitive forms,
// folded for the others), tries the few forms that start with it, longest
// first, and jumps past the longest that matches. No regular expressions:
// the cost is two map look-ups per token whatever the vocabulary's size.

// entry is one form to match: the concept it names (nil for a negative
// context, which hides what it covers) and its tokens, raw or folded.
type entry struct {
	concept   *Concept
	tokens    []string
	cs        bool
	generated bool // a plural made from an explicit form
}

type matcher struct {
	cs, ci map[string][]*entry // first token -> entries, longest first
	keys   map[string]*entry   // "c"/"i" + tokens joined by NUL -> entry
}

func newMatcher() *matcher {
	return &matcher{cs: map[string][]*entry{}, ci: map[string][]*entry{}, keys: map[string]*entry{}}
}

func entryKey(cs bool, toks []string) string {
	p := "i"
	if cs {
		p = "c"
	}
	return p + strings.Join(toks, "\x00")
}

// add registers an explicit form; two concepts claiming one form is an
// error, one concept listing it twice is not.
func (m *matcher) add(c *Concept, text string, cs bool) error {
	raw, folded := splitForm(text)
	toks := folded
	if cs {
		toks = raw
	}
	if len(toks) == 0 {
		return fmt.Errorf("form %q has no letters or digits", text)
	}
	key := entryKey(cs, toks)
	if old, ok := m.keys[key]; ok {
		if old.concept == c {
			return nil
		}
		return fmt.Errorf("form %q is already %s", text, describe(old.concept))
	}
	m.insert(key, &entry{concept: c, tokens: toks, cs: cs})
	return nil
}

func describe(c *Concept) string {
	if c == nil {
		return "a negative context"
	}
	return fmt.Sprintf("a form of concept %q", c.ID)
}

// addPlurals registers the simple plurals of an explicit entry unless the
// spelling is taken: explicit forms always win over generated ones.
func (m *matcher) addPlurals(e *entry) {
	last := e.tokens[len(e.tokens)-1]
	for _, p := range plurals(last, e.cs) {
		toks := append(append([]string(nil), e.tokens[:len(e.tokens)-1]...), p)
		key := entryKey(e.cs, toks)
		if _, ok := m.keys[key]; !ok {
			m.insert(key, &entry{concept: e.concept, tokens: toks, cs: e.cs, generated: true})
		}
	}
}

// plurals returns the plural spellings of a last token: +s ("JITs",
// "Italians"), and for case-insensitive words +es and y -> ies.
func plurals(w string, cs bool) []string {
	out := []string{w + "s"}
	if cs {
		return out
	}
	out = append(out, w+"es")
	if n := len(w); n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		out = append(out, w[:n-1]+"ies")
	}
	return out
}

func (m *matcher) insert(key string, e *entry) {
	m.keys[key] = e
	idx := m.ci
	if e.cs {
		idx = m.cs
	}
	list := append(idx[e.tokens[0]], e)
	sort.SliceStable(list, func(i, j int) bool { return len(list[i].tokens) > len(list[j].tokens) })
	idx[e.tokens[0]] = list
}
