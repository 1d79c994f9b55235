package vocab

import "slices"

// Extend returns a new vocabulary: v with the concepts of a local file
// added. A concept with a new id must be complete; one with an existing id
// extends that concept: its forms, broader concepts, negative contexts and
// tags are added, a label given replaces the label, a type given must be
// the same. v itself is unchanged. Errors name the local file (origin).
func (v *Vocabulary) Extend(data []byte, origin string) (*Vocabulary, error) {
	local, lines, err := parse(data, origin)
	if err != nil {
		return nil, err
	}
	b := newBuilder()
	for _, c := range v.concepts {
		cp := c.clone()
		b.concepts = append(b.concepts, cp)
		b.byID[cp.ID] = cp
		b.at[cp.ID] = v.at[cp.ID]
	}
	seen := map[string]int{}
	for i := range local {
		c, at := &local[i], place{origin, lines[i]}
		if first, ok := seen[c.ID]; ok && c.ID != "" {
			return nil, conceptError(at, c, "id", "defined twice in this file (first at line %d)", first)
		}
		seen[c.ID] = at.line
		base, ok := b.byID[c.ID]
		if !ok {
			if err := b.addNew(c, at); err != nil {
				return nil, err
			}
			continue
		}
		if err := merge(base, c, at); err != nil {
			return nil, err
		}
		b.at[c.ID] = at
	}
	return b.build()
}

// merge adds the local extension c to base.
func merge(base, c *Concept, at place) error {
	if c.Type != "" && c.Type != base.Type {
		return conceptError(at, c, "type", "%q differs from the type %q the concept already has", c.Type, base.Type)
	}
	if c.Source != "" && base.Type != TypeAgency {
		return conceptError(at, c, "source", "only a concept of type agency has a source")
	}
	if c.Label != "" && c.Label != base.Label {
		// The old label stays a form: documents and queries still use it.
		if !base.caseSensitive(base.Label) {
			base.Names = append(base.Names, base.Label)
		}
		base.Label = c.Label
	}
	if c.Source != "" {
		base.Source = c.Source
	}
	base.Abbreviations = append(base.Abbreviations, c.Abbreviations...)
	base.CasedNames = append(base.CasedNames, c.CasedNames...)
	base.Names = append(base.Names, c.Names...)
	base.OldNames = append(base.OldNames, c.OldNames...)
	base.Broader = append(base.Broader, c.Broader...)
	base.Not = append(base.Not, c.Not...)
	base.Tags = append(base.Tags, c.Tags...)
	base.Patterns = append(base.Patterns, c.Patterns...)
	for lang, l := range c.Langs {
		if base.Langs == nil {
			base.Langs = map[string]LangNames{}
		}
		b := base.Langs[lang]
		b.merge(l)
		base.Langs[lang] = b
	}
	return nil
}

// clone copies c deeply, so that extending never changes the original.
func (c *Concept) clone() *Concept {
	cp := *c
	cp.Abbreviations = slices.Clone(c.Abbreviations)
	cp.CasedNames = slices.Clone(c.CasedNames)
	cp.Names = slices.Clone(c.Names)
	cp.OldNames = slices.Clone(c.OldNames)
	cp.Broader = slices.Clone(c.Broader)
	cp.Not = slices.Clone(c.Not)
	cp.Tags = slices.Clone(c.Tags)
	cp.Patterns = slices.Clone(c.Patterns)
	if c.Langs != nil {
		cp.Langs = make(map[string]LangNames, len(c.Langs))
		for lang, l := range c.Langs {
			cp.Langs[lang] = l.clone()
		}
	}
	return &cp
}
