package vocab

import (
	"sort"
)

// builder collects concepts from one or more files and builds the
// validated Vocabulary with its matcher.
type builder struct {
	concepts []*Concept
	byID     map[string]*Concept
	at       map[string]place
}

func newBuilder() *builder {
	return &builder{byID: map[string]*Concept{}, at: map[string]place{}}
}

// addNew adds a complete concept; its id must be new.
func (b *builder) addNew(c *Concept, at place) error {
	if err := checkConcept(c, at); err != nil {
		return err
	}
	if prev, ok := b.at[c.ID]; ok {
		return conceptError(at, c, "id", "defined twice (first at %s:%d)", prev.origin, prev.line)
	}
	b.concepts = append(b.concepts, c)
	b.byID[c.ID] = c
	b.at[c.ID] = at
	return nil
}

// build checks the references between concepts and builds the matcher.
func (b *builder) build() (*Vocabulary, error) {
	m := newMatcher()
	for _, c := range b.concepts {
		if err := b.checkBroader(c); err != nil {
			return nil, err
		}
		if err := addForms(m, c, b.at[c.ID]); err != nil {
			return nil, err
		}
	}
	for _, c := range b.concepts {
		if err := addNegatives(m, c, b.at[c.ID]); err != nil {
			return nil, err
		}
		if err := addTags(m, c, b.at[c.ID]); err != nil {
			return nil, err
		}
	}
	for _, e := range explicitEntries(m) {
		m.addPlurals(e)
	}
	m.sort()
	index := make(map[*Concept]int, len(b.concepts))
	for i, c := range b.concepts {
		index[c] = i
	}
	return &Vocabulary{concepts: b.concepts, byID: b.byID, at: b.at, index: index, m: m}, nil
}

// checkBroader requires every broader concept to exist, to have the same
// type and not to lead back to the concept.
func (b *builder) checkBroader(c *Concept) error {
	at := b.at[c.ID]
	for _, id := range c.Broader {
		p, ok := b.byID[id]
		switch {
		case !ok:
			return conceptError(at, c, "broader", "no concept has the id %q", id)
		case p.Type != c.Type:
			return conceptError(at, c, "broader", "%q is a %s, not a %s", id, p.Type, c.Type)
		case b.reaches(id, c.ID, len(b.concepts)):
			return conceptError(at, c, "broader", "%q leads back to %q", id, c.ID)
		}
	}
	return nil
}

// reaches reports whether target is from or among its broader concepts.
func (b *builder) reaches(from, target string, depth int) bool {
	if from == target {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, id := range b.byID[from].Broader {
		if _, ok := b.byID[id]; ok && b.reaches(id, target, depth-1) {
			return true
		}
	}
	return false
}

func addForms(m *matcher, c *Concept, at place) error {
	lists := []struct {
		key   string
		forms []string
		cs    bool
	}{
		{"label", []string{c.Label}, c.caseSensitive(c.Label)},
		{"abbreviations", c.Abbreviations, true},
		{"cased_names", c.CasedNames, true},
		{"names", c.Names, false},
		{"old_names", c.OldNames, false},
	}
	for _, l := range lists {
		for _, f := range l.forms {
			if err := m.add(c, f, l.cs); err != nil {
				return conceptError(at, c, l.key, "%v", err)
			}
		}
	}
	return nil
}

// addNegatives registers the negative contexts of c; each must contain a
// form of c, or it would hide nothing of c and is surely a mistake.
func addNegatives(m *matcher, c *Concept, at place) error {
	for _, n := range c.Not {
		_, folded := splitForm(n)
		if len(folded) == 0 {
			return conceptError(at, c, "not", "%q has no letters or digits", n)
		}
		if !containsForm(m, c, n) {
			return conceptError(at, c, "not", "%q contains no form of the concept", n)
		}
		e := &entry{folded: folded}
		if old, ok := m.keys[e.key()]; ok {
			return conceptError(at, c, "not", "%q is already %s", n, describe(old.concept))
		}
		m.insert(e)
	}
	return nil
}

// addTags registers the whole-tag names of c.
func addTags(m *matcher, c *Concept, at place) error {
	for _, tag := range c.Tags {
		key := tagKey(tag)
		switch old, ok := m.tags[key]; {
		case key == "":
			return conceptError(at, c, "tags", "%q has no letters or digits", tag)
		case ok && old != c:
			return conceptError(at, c, "tags", "%q is already a tag of concept %q", tag, old.ID)
		}
		m.tags[key] = c
	}
	return nil
}

// containsForm reports whether a phrase contains a form of c.
func containsForm(m *matcher, c *Concept, phrase string) bool {
	t := &tokens{}
	t.split(phrase)
	for i := range t.len() {
		for _, e := range m.first[string(t.folded(i))] {
			if e.concept == c && e.matches(t, i) {
				return true
			}
		}
	}
	return false
}

// explicitEntries returns the explicit forms and negative contexts (whose
// plurals hide too: "US dollars") in a fixed order, so that
// which plural wins a clash does not depend on map order.
func explicitEntries(m *matcher) []*entry {
	keys := make([]string, 0, len(m.keys))
	for k, e := range m.keys {
		if !e.generated {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	out := make([]*entry, len(keys))
	for i, k := range keys {
		out[i] = m.keys[k]
	}
	return out
}
