package vocab

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
		lfs, err := addForms(m, c, b.at[c.ID])
		if err != nil {
			return nil, err
		}
		c.forms = c.makeForms(lfs)
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
	m.done()
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
