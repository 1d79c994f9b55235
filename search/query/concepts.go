package query

import (
	"context"
	"strings"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/vocab"
)

// Query expansion with the vocabulary (docs/vocabulary.md): words of a
// query that name a concept find it by every name. Bleve's own synonyms
// cannot do this: they drop multi-word synonyms and lose the case that
// tells "SIS" from "Sis".

// ExpandConcepts replaces the words of p that name a concept of v, a run
// of plain words or a quoted phrase, by one kindConcept clause. Field
// terms, prefixes, fuzzy words and OR groups stay as they are, and so do
// excluded words: expanding "-SIS" would also exclude every release that
// spells the name out.
func ExpandConcepts(p *Parsed, v *vocab.Vocabulary) *Parsed {
	if v == nil {
		return p
	}
	out := &Parsed{Not: p.Not}
	for i := 0; i < len(p.Groups); {
		j := i
		for j < len(p.Groups) && isPlainWord(p.Groups[j]) {
			j++
		}
		if j == i {
			out.Groups = append(out.Groups, phraseConcept(p.Groups[i], v))
			i++
			continue
		}
		out.Groups = append(out.Groups, wordConcepts(p.Groups[i:j], v)...)
		i = j
	}
	return out
}

// wordConcepts replaces the concepts named in a run of plain-word groups.
func wordConcepts(run [][]Clause, v *vocab.Vocabulary) [][]Clause {
	words := make([]string, len(run))
	for k, g := range run {
		words[k] = g[0].Text
	}
	var out [][]Clause
	k := 0
	for _, m := range v.WordMentions(words) {
		out = append(out, run[k:m.From]...)
		text := strings.Join(words[m.From:m.To], " ")
		out = append(out, []Clause{{Kind: KindConcept, Text: text, Concept: m.Concept}})
		k = m.To
	}
	return append(out, run[k:]...)
}

func isPlainWord(g []Clause) bool {
	return len(g) == 1 && g[0].Kind == KindWord && g[0].Field == ""
}

// phraseConcept turns a quoted phrase that is exactly one concept's name
// into a kindConcept clause; any other group is returned unchanged.
func phraseConcept(g []Clause, v *vocab.Vocabulary) []Clause {
	if len(g) != 1 || g[0].Kind != KindPhrase || g[0].Field != "" {
		return g
	}
	ms := v.WordMentions([]string{g[0].Text})
	if len(ms) != 1 {
		return g
	}
	return []Clause{{Kind: KindConcept, Text: g[0].Text, Concept: ms[0].Concept}}
}

// conceptList matches a concept by its id in the concept field, decided
// at build with every rule of the vocabulary (case included), or by the
// words the query used, as a phrase, which scores the match. It used to add
// a phrase for every name of the concept; on 100,000 releases that halved
// the server's throughput (a common topic has a dozen names), and the
// concept term already finds every release that uses any of them. ok is
// false when the engine has no vocabulary or no such concept.
func (x *Index) conceptList(ctx context.Context, c *compiler, cl Clause) (*List, bool, error) {
	if c.concepts == nil {
		return nil, false, nil
	}
	con, ok := c.concepts.Concept(cl.Concept)
	if !ok {
		return nil, false, nil
	}
	l, err := x.wordList(ctx, []bm25Term{{Field: indexer.FieldConcept, Term: con.ID, Boost: c.ranking.ConceptBoost}})
	if err != nil {
		return nil, false, err
	}
	alts := []*List{l}
	for _, f := range con.Forms() {
		// The text is lower-cased in the index: a case-sensitive name such
		// as "VIS" would match "vis-à-vis", so only the concept term finds it.
		if f.CaseSensitive || !strings.EqualFold(f.Text, cl.Text) {
			continue
		}
		words := Clause{Kind: KindPhrase, Text: cl.Text}
		if p, ok := c.phrase(words); ok {
			l, err := x.phraseList(ctx, clauseKey(words), p)
			if err != nil {
				return nil, false, err
			}
			alts = append(alts, l)
		}
		break
	}
	return Union(alts, true), true, nil
}
