package vocab

import "sort"

// formList is one list of forms of a concept, with its case rule and its
// key for error messages.
type formList struct {
	key   string
	forms []string
	cs    bool
}

// addForms registers the label and the forms of c, and returns its
// language forms.
func addForms(m *matcher, c *Concept, at place) ([]langForm, error) {
	lists := []formList{
		{"label", []string{c.Label}, c.caseSensitive(c.Label)},
		{"abbreviations", c.Abbreviations, true},
		{"cased_names", c.CasedNames, true},
		{"names", c.Names, false},
		{"old_names", c.OldNames, false},
	}
	for _, p := range c.Patterns {
		names, err := expandPattern(p)
		if err != nil {
			return nil, conceptError(at, c, "patterns", "%v", err)
		}
		lists = append(lists, formList{"patterns", names, false})
	}
	for _, l := range lists {
		for _, f := range l.forms {
			if err := m.add(c, f, l.cs); err != nil {
				return nil, conceptError(at, c, l.key, "%v", err)
			}
		}
	}
	lfs, key, err := c.langForms()
	if err != nil {
		return nil, conceptError(at, c, key, "%v", err)
	}
	for _, lf := range lfs {
		only := ""
		if lf.only {
			only = lf.lang
		}
		if err := m.addForm(c, lf.text, lf.cs, true, only); err != nil {
			return nil, conceptError(at, c, lf.key, "%v", err)
		}
	}
	return lfs, nil
}

// addNegatives registers the negative contexts of c; each must contain a
// form of c, or it would hide nothing of c and is surely a mistake.
func addNegatives(m *matcher, c *Concept, at place) error {
	type negative struct{ key, text string }
	var all []negative
	for _, n := range c.Not {
		all = append(all, negative{"not", n})
	}
	for _, lang := range c.sortedLangs() {
		for _, n := range c.Langs[lang].Not {
			all = append(all, negative{"langs." + lang + ".not", n})
		}
	}
	for _, neg := range all {
		n := neg.text
		_, folded := splitForm(n)
		if len(folded) == 0 {
			return conceptError(at, c, neg.key, "%q has no letters or digits", n)
		}
		if !containsForm(m, c, n) {
			return conceptError(at, c, neg.key, "%q contains no form of the concept", n)
		}
		e := &entry{folded: folded}
		if old, ok := m.keys[e.key()]; ok {
			return conceptError(at, c, neg.key, "%q is already %s", n, describe(old.concept))
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
		b := m.first[string(t.folded(i))]
		if b == nil {
			continue
		}
		for _, e := range b.entries() {
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
