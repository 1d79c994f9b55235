package search

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/jhasearch/jhasearch/indexer"
)

// analyzer is the analyzer of the text fields, from the index's mapping.
func (g *generation) analyzer() analysis.Analyzer {
	return g.idx.Mapping().AnalyzerNamed(indexer.TextAnalyzer)
}

func (g *generation) compiler() *compiler {
	return &compiler{analyzer: g.analyzer(), keywords: g.keywords, langs: g.languages()}
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
