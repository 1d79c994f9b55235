package search

import (
	"github.com/jhasearch/jhasearch/search/reader"
)

// analyzer is the analyzer of the text fields.
func (g *generation) analyzer() reader.Analyzer { return g.ix.Analyzer("") }

func (g *generation) compiler() *compiler {
	return &compiler{analyzer: g.analyzer(), ranking: g.ranking, keywords: g.keywords, langs: g.languages()}
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
