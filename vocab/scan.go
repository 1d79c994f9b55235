package vocab

// scan calls fn for every mention in t, leftmost-longest and without
// overlap; from and to are token indices, to exclusive. Negative contexts
// consume their tokens without a call. lang is the language of the text
// (a base code such as "de", or empty when unknown): a form restricted to
// other languages does not match.
func (m *matcher) scan(t *tokens, lang string, fn func(c *Concept, from, to int)) {
	for i := 0; i < t.len(); {
		e := m.longest(t, i, lang)
		if e == nil {
			i++
			continue
		}
		if e.concept != nil {
			fn(e.concept, i, i+e.len())
		}
		i += e.len()
	}
}

// longest returns the best entry matching at token i: the entries of
// more than one token come first, each list ordered so that the first
// match is the longest, and on equal length the case-sensitive one.
func (m *matcher) longest(t *tokens, i int, lang string) *entry {
	b := m.first[string(t.folded(i))]
	if b == nil {
		return nil
	}
	if b.multi != nil && i+1 < t.len() {
		for _, e := range b.multi[string(t.folded(i+1))] {
			if e.allowed(lang) && e.matches(t, i) {
				return e
			}
		}
	}
	for _, e := range b.single {
		if e.allowed(lang) && e.matches(t, i) {
			return e
		}
	}
	return nil
}

// matches reports whether e's tokens are the tokens of t from i on.
func (e *entry) matches(t *tokens, i int) bool {
	if i+e.len() > t.len() {
		return false
	}
	if e.cs {
		for k, tok := range e.raw {
			if t.raw(i+k) != tok {
				return false
			}
		}
		return true
	}
	for k := 1; k < len(e.folded); k++ {
		if string(t.folded(i+k)) != e.folded[k] {
			return false
		}
	}
	return true
}
