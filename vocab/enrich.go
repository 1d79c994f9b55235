package vocab

import (
	"sort"

	"github.com/jhasearch/jhasearch"
)

// Enrichment is what the vocabulary finds in one document: preferred
// labels per type, each list sorted and without duplicates, and the ids
// of every concept found (broader ones included) for query expansion.
type Enrichment struct {
	Topics    []string
	Systems   []string
	Countries []string
	Agencies  []string
	Concepts  []string
}

// scratch is the reusable working memory of one Enrich call: Enrich runs
// once per document at build time, possibly from several goroutines.
type scratch struct {
	t     tokens
	seen  []bool // by position in Vocabulary.concepts
	found []*Concept
	key   []byte // a whole tag's key in matcher.tags
}

func (v *Vocabulary) mark(s *scratch, c *Concept) {
	if i := v.index[c]; !s.seen[i] {
		s.seen[i] = true
		s.found = append(s.found, c)
	}
}

// Enrich returns the concepts doc mentions in its tags, title, summary and
// body. Each field and each tag is matched on its own, so that no mention
// spans two of them. A mention implies its broader concepts. The names of
// every language match in every document, except the few restricted to
// their language (LangNames.Only), which match only when doc.Language
// is that language.
func (v *Vocabulary) Enrich(doc jhasearch.Document) Enrichment {
	s, _ := v.scratch.Get().(*scratch)
	if s == nil {
		s = &scratch{seen: make([]bool, len(v.concepts))}
	}
	defer v.scratch.Put(s)
	mark := func(c *Concept, _, _ int) { v.mark(s, c) }
	lang := baseLang(doc.Language)
	for _, text := range [3]string{doc.Title, doc.Summary, doc.Body} {
		s.t.split(text)
		v.m.scan(&s.t, lang, mark)
	}
	for _, tag := range doc.Tags {
		s.t.split(tag)
		s.key = s.t.key(s.key[:0])
		if c, ok := v.m.tags[string(s.key)]; ok {
			v.mark(s, c)
		}
		v.m.scan(&s.t, lang, mark)
	}
	// found grows while it is walked: broader concepts get their turn.
	for i := 0; i < len(s.found); i++ {
		for _, id := range s.found[i].Broader {
			v.mark(s, v.byID[id])
		}
	}
	e := enrichment(s.found)
	for _, c := range s.found {
		s.seen[v.index[c]] = false
	}
	s.found = s.found[:0]
	return e
}

// enrichment sorts the labels of the concepts found by type.
func enrichment(found []*Concept) Enrichment {
	n := map[Type]int{}
	for _, c := range found {
		n[c.Type]++
	}
	// Exact capacities: the lists are kept by the caller, so they are
	// allocated once and never grown.
	e := Enrichment{Topics: make([]string, 0, n[TypeTopic]), Systems: make([]string, 0, n[TypeSystem]),
		Countries: make([]string, 0, n[TypeCountry]), Agencies: make([]string, 0, n[TypeAgency]),
		Concepts: make([]string, 0, len(found))}
	for _, c := range found {
		e.Concepts = append(e.Concepts, c.ID)
		switch c.Type {
		case TypeTopic:
			e.Topics = append(e.Topics, c.Label)
		case TypeSystem:
			e.Systems = append(e.Systems, c.Label)
		case TypeCountry:
			e.Countries = append(e.Countries, c.Label)
		case TypeAgency:
			e.Agencies = append(e.Agencies, c.Label)
		}
	}
	for _, l := range []*[]string{&e.Topics, &e.Systems, &e.Countries, &e.Agencies, &e.Concepts} {
		*l = sortUnique(*l)
	}
	return e
}

// sortUnique sorts and removes duplicates: two concepts may share a label.
func sortUnique(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
