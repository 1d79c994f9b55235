package vocab

import "strings"

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
// abbreviations case-sensitive, negative contexts respected. The names
// of every language are found, except those restricted to their own
// language (LangNames.Only): a query's language is not known.
func (v *Vocabulary) Mentions(query string) []Mention {
	return v.MentionsIn(query, "")
}

// MentionsIn is Mentions for a query in a known language ("de", "fr-BE"):
// the names restricted to that language are found too.
func (v *Vocabulary) MentionsIn(query, lang string) []Mention {
	t := &tokens{}
	t.split(query)
	var out []Mention
	v.m.scan(t, baseLang(lang), func(c *Concept, from, to int) {
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
// The forms of every language are included: "Schengener
// Informationssystem" expands to "SIS" and "Schengen Information System",
// and each form says its language (Form.Lang).
func (v *Vocabulary) Expand(phrase string) []Form {
	return v.ExpandIn(phrase, "")
}

// ExpandIn is Expand for a phrase in a known language (see MentionsIn).
func (v *Vocabulary) ExpandIn(phrase, lang string) []Form {
	ms := v.MentionsIn(phrase, lang)
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

// WordMention is a concept named by whole words of a query: words[From:To].
type WordMention struct {
	Concept  string
	From, To int
}

// WordMentions finds the concepts named by runs of whole words, for a
// search engine whose parser has already split the query into words
// ("Schengen", "Information", "System" -> one mention of words 0 to 3). A
// mention that covers only part of a word is dropped: in "SIS-like" the
// user did not name SIS.
func (v *Vocabulary) WordMentions(words []string) []WordMention {
	return v.WordMentionsIn(words, "")
}

// WordMentionsIn is WordMentions for a query in a known language (see
// MentionsIn).
func (v *Vocabulary) WordMentionsIn(words []string, lang string) []WordMention {
	joined := strings.Join(words, " ")
	starts, ends := map[int]int{}, map[int]int{} // byte offset -> word index
	t := &tokens{}
	at := 0
	for i, w := range words {
		t.split(w)
		if t.len() > 0 {
			s, e := t.offsets(0, t.len())
			starts[at+s], ends[at+e] = i, i+1
		}
		at += len(w) + 1
	}
	var out []WordMention
	for _, m := range v.MentionsIn(joined, lang) {
		from, ok1 := starts[m.Start]
		to, ok2 := ends[m.End]
		if ok1 && ok2 {
			out = append(out, WordMention{Concept: m.Concept, From: from, To: to})
		}
	}
	return out
}
