package vocab

// Mention is a concept named inside a query.
type Mention struct {
	Concept string // concept id
	// Start and End are byte offsets of the mention in the query; the
	// text between them is what the user typed.
	Start, End int
	Text       string
}

// Mentions returns the concepts named in a query, leftmost-longest and
// without overlap: "Schengen Information System checks" gives one mention
// of SIS, not of "system". It follows the rules of documents: whole words,
// abbreviations case-sensitive, negative contexts respected.
func (v *Vocabulary) Mentions(query string) []Mention {
	t := &tokens{}
	t.split(query)
	var out []Mention
	v.m.scan(t, func(c *Concept, from, to int) {
		start, end := t.offsets(from, to)
		out = append(out, Mention{Concept: c.ID, Start: start, End: end, Text: query[start:end]})
	})
	return out
}

// Expand returns every surface form of the concept that phrase names as a
// whole ("SIS", "Schengen Information System", "SIS II"), the phrase's own
// form included; nil when the phrase is not exactly one concept's form.
// A search engine ORs the forms: case-insensitive ones as phrases on the
// text fields, case-sensitive ones through the concept field of the index
// (see docs/vocabulary.md), because the text analyzer lower-cases them.
func (v *Vocabulary) Expand(phrase string) []Form {
	ms := v.Mentions(phrase)
	if len(ms) != 1 || !coversAll(phrase, ms[0]) {
		return nil
	}
	return v.byID[ms[0].Concept].Forms()
}

// coversAll reports whether the mention spans every token of the phrase.
func coversAll(phrase string, m Mention) bool {
	t := &tokens{}
	t.split(phrase)
	if t.len() == 0 {
		return false
	}
	start, end := t.offsets(0, t.len())
	return start == m.Start && end == m.End
}
