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
			fn(e.concept, i, i+len(e.tokens))
		}
		i += len(e.tokens)
	}
}

// longest returns the longest entry matching at token i; on equal length
// a case-sensitive form beats a case-insensitive one.
func (m *matcher) longest(t *tokens, i int) *entry {
	var best *entry
	for _, e := range m.cs[t.raw[i]] {
		if matchRaw(t, i, e.tokens) {
			best = e
			break
		}
	}
	for _, e := range m.ci[string(t.folded(i))] {
		if best != nil && len(e.tokens) <= len(best.tokens) {
			break
		}
		if matchFolded(t, i, e.tokens) {
			best = e
			break
		}
	}
	return best
}

func matchRaw(t *tokens, i int, toks []string) bool {
	if i+len(toks) > t.len() {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if t.raw[i+k] != toks[k] {
			return false
		}
	}
	return true
}

func matchFolded(t *tokens, i int, toks []string) bool {
	if i+len(toks) > t.len() {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if string(t.folded(i+k)) != toks[k] {
			return false
		}
	}
	return true
}
