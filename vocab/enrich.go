package vocab

import (
	"sort"
	"sync"

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

// tokenPool recycles token buffers: Enrich runs once per document at build
// time, possibly from several goroutines.
var tokenPool = sync.Pool{New: func() any { return &tokens{} }}

// Enrich returns the concepts doc mentions in its tags, title, summary and
// body. Each field and each tag is matched on its own, so that no mention
// spans two of them. A mention implies its broader concepts.
func (v *Vocabulary) Enrich(doc jhasearch.Document) Enrichment {
	t := tokenPool.Get().(*tokens)
	defer tokenPool.Put(t)
	found := map[*Concept]bool{}
	mark := func(c *Concept, _, _ int) { found[c] = true }
	for _, text := range append([]string{doc.Title, doc.Summary, doc.Body}, doc.Tags...) {
		t.reset()
		t.split(text)
		v.m.scan(t, mark)
	}
	return v.enrichment(found)
}

// enrichment adds the broader concepts and sorts the labels by type.
func (v *Vocabulary) enrichment(found map[*Concept]bool) Enrichment {
	var stack []*Concept
	for c := range found {
		stack = append(stack, c)
	}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, id := range c.Broader {
			if b := v.byID[id]; !found[b] {
				found[b] = true
				stack = append(stack, b)
			}
		}
	}
	var e Enrichment
	for c := range found {
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
