package search

import (
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
)

// analyzer is the analyzer of the text fields.
func (g *generation) analyzer() reader.Analyzer { return g.ix.Analyzer("") }

func (g *generation) compiler() *compiler {
	return &compiler{analyzer: g.analyzer(), ranking: g.ranking, keywords: g.keywords, langs: g.languages()}
}

// highlighter collects the index terms of the query's positive clauses on
// text fields.
func (g *generation) highlighter(p *parsedQuery) *highlighter {
	c := g.compiler()
	h := &highlighter{analyzer: c.analyzer, terms: map[string]bool{}, langs: c.langs}
	for _, grp := range p.groups {
		for _, cl := range grp {
			if cl.field == indexer.FieldAgency || cl.field == indexer.FieldTag {
				continue
			}
			switch cl.kind {
			case kindPrefix:
				h.prefixes = append(h.prefixes, lower(cl.text))
			case kindFuzzy:
				for _, t := range c.analyze(cl.text) {
					h.fuzzy = append(h.fuzzy, fuzzyTerm{term: t, dist: cl.fuzz})
				}
			default:
				for _, terms := range c.analyzeIn(cl.text) {
					for _, t := range terms {
						h.terms[t] = true
					}
				}
			}
		}
	}
	return h
}

// textGroups counts the groups that search the text fields.
func (p *parsedQuery) textGroups() int {
	n := 0
	for _, g := range p.groups {
		if !isKeywordGroup(g) {
			n++
		}
	}
	return n
}
