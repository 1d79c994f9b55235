package vocab

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// The matcher finds mentions in one pass over a text's tokens: at each
// token one map look-up by the folded spelling yields the few forms that
// start with it, longest first, and the scan jumps past the first that
// matches (case-sensitive forms compare the spelling as written). No
// regular expressions: the cost is one map look-up per token whatever the
// vocabulary's size.

// entry is one form to match: the concept it names (nil for a negative
// context, which hides what it covers) and its tokens as written and
// folded. A case-sensitive entry compares raw, the others folded (and
// keep no raw tokens).
type entry struct {
	concept   *Concept
	raw       []string
	folded    []string
	cs        bool
	generated bool // a plural made from an explicit form
	foreign   bool // a name of another language than English: no English plurals
	// langs restricts the entry to text of these languages (LangNames.Only);
	// nil for the entries that match in any text.
	langs []string
}

// allowed reports whether the entry matches in text of the language.
func (e *entry) allowed(lang string) bool {
	return e.langs == nil || slices.Contains(e.langs, lang)
}

func (e *entry) len() int { return len(e.folded) }

// key identifies a spelling: two entries with one key are one form.
func (e *entry) key() string {
	if e.cs {
		return "c" + strings.Join(e.raw, "\x00")
	}
	return "i" + strings.Join(e.folded, "\x00")
}

type matcher struct {
	first map[string]*bucket // folded first token -> its entries
	// keys and words serve the build only (done drops them): the
	// entries by spelling, and the interned tokens.
	keys  map[string]*entry
	words map[string]string
	// tags maps a whole tag, its folded tokens joined by spaces, to the
	// concept it names (Concept.Tags).
	tags map[string]*Concept
}

func newMatcher() *matcher {
	return &matcher{first: map[string]*bucket{}, keys: map[string]*entry{}, words: map[string]string{},
		tags: map[string]*Concept{}}
}

// tagKey is the key of a whole tag in matcher.tags.
func tagKey(tag string) string {
	var t tokens
	t.split(tag)
	return string(t.key(nil))
}

// add registers an explicit English form; two concepts claiming one form
// is an error, one concept listing it twice is not.
func (m *matcher) add(c *Concept, text string, cs bool) error {
	return m.addForm(c, text, cs, false, "")
}

// addForm registers an explicit form, English or foreign, and restricted
// to text of the language only when only is not empty. A form listed
// twice by one concept matches wherever either listing lets it.
func (m *matcher) addForm(c *Concept, text string, cs, foreign bool, only string) error {
	raw, folded := splitForm(text)
	if len(folded) == 0 {
		return fmt.Errorf("form %q has no letters or digits", text)
	}
	if !cs {
		raw = nil // compared folded only
	}
	m.intern(raw)
	m.intern(folded)
	e := &entry{concept: c, raw: raw, folded: folded, cs: cs, foreign: foreign}
	if only != "" {
		e.langs = []string{only}
	}
	if old, ok := m.keys[e.key()]; ok {
		if old.concept != c {
			return fmt.Errorf("form %q is already %s", text, describe(old.concept))
		}
		old.foreign = old.foreign && foreign
		switch {
		case e.langs == nil:
			old.langs = nil
		case old.langs != nil && !slices.Contains(old.langs, only):
			old.langs = append(old.langs, only)
		}
		return nil
	}
	m.insert(e)
	return nil
}

func describe(c *Concept) string {
	if c == nil {
		return "a negative context"
	}
	return fmt.Sprintf("a form of concept %q", c.ID)
}

// intern replaces each token by the one string kept for its spelling:
// the 24 languages' names repeat the same words thousands of times.
func (m *matcher) intern(toks []string) {
	for i, tok := range toks {
		if s, ok := m.words[tok]; ok {
			toks[i] = s
		} else {
			m.words[tok] = tok
		}
	}
}

// addPlurals registers the simple plurals of an explicit entry unless the
// spelling is taken: explicit forms always win over generated ones.
func (m *matcher) addPlurals(e *entry) {
	if e.foreign {
		return // other languages' inflections are listed, not guessed
	}
	n := e.len() - 1
	for _, suffix := range pluralSuffixes(e.folded[n], e.cs) {
		p := &entry{concept: e.concept, cs: e.cs, generated: true, langs: e.langs,
			raw: withLast(e.raw, suffix), folded: withLast(e.folded, suffix)}
		if _, ok := m.keys[p.key()]; !ok {
			m.insert(p)
		}
	}
}

// pluralSuffixes returns how to make plurals of a last word, as a number
// of letters to drop and a suffix: +s ("JITs", "Italians"), and for
// case-insensitive words +es and y -> ies.
func pluralSuffixes(w string, cs bool) []suffix {
	out := []suffix{{0, "s"}}
	if cs {
		return out
	}
	out = append(out, suffix{0, "es"})
	if n := len(w); n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])) {
		out = append(out, suffix{1, "ies"})
	}
	return out
}

type suffix struct {
	drop int
	add  string
}

// withLast copies toks with the suffix applied to the last token.
func withLast(toks []string, s suffix) []string {
	if toks == nil {
		return nil
	}
	out := append([]string(nil), toks...)
	last := out[len(out)-1]
	out[len(out)-1] = last[:len(last)-s.drop] + s.add
	return out
}

// bucket holds the entries that start with one folded token: those of
// one token, and the longer ones by their folded second token, so that
// a common first word ("system", "commission") costs one more map
// look-up rather than a comparison with every name in 24 languages
// that begins with it.
type bucket struct {
	single []*entry
	multi  map[string][]*entry
}

// insert indexes e under its first folded tokens; order waits for sort.
func (m *matcher) insert(e *entry) {
	m.keys[e.key()] = e
	b := m.first[e.folded[0]]
	if b == nil {
		b = &bucket{}
		m.first[e.folded[0]] = b
	}
	if e.len() == 1 {
		b.single = append(b.single, e)
		return
	}
	if b.multi == nil {
		b.multi = map[string][]*entry{}
	}
	b.multi[e.folded[1]] = append(b.multi[e.folded[1]], e)
}

// entries returns every entry that starts with the folded token.
func (b *bucket) entries() []*entry {
	out := append([]*entry(nil), b.single...)
	for _, l := range b.multi {
		out = append(out, l...)
	}
	return out
}

// done drops what only the build needs, once the matcher is complete.
func (m *matcher) done() {
	m.keys, m.words = nil, nil
}

// sort orders the entries of each first token as longest must find them:
// longer entries first, and on equal length case-sensitive before
// case-insensitive. Once, after the last insert.
func (m *matcher) sort() {
	lists := make([][]*entry, 0, len(m.first))
	for _, b := range m.first {
		lists = append(lists, b.single)
		for _, l := range b.multi {
			lists = append(lists, l)
		}
	}
	for _, list := range lists {
		sort.SliceStable(list, func(i, j int) bool {
			if list[i].len() != list[j].len() {
				return list[i].len() > list[j].len()
			}
			return list[i].cs && !list[j].cs
		})
	}
}
