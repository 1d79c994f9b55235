package vocab

// scan calls fn for every mention in t, leftmost-longest and without
// overlap; from and to are token indices, to exclusive. Negative contexts
// consume their tokens without a call.
func (m *matcher) scan(t *tokens, fn func(c *Concept, from, to int)) {
	for i := 0; i < t.len(); {
		e := m.longest(t, i)
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

// longest returns the best entry matching at token i: the entries are
// ordered so that the first match is the longest, and on equal length the
// case-sensitive one.
func (m *matcher) longest(t *tokens, i int) *entry {
	for _, e := range m.first[string(t.folded(i))] {
		if e.matches(t, i) {
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
