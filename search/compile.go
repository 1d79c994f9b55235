package search

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/vocab"
)

// fieldBoosts weigh a match in the title above one in the summary, and
// both above one in the body.
var fieldBoosts = []struct {
	field string
	boost float64
}{{indexer.FieldTitle, 3.0}, {indexer.FieldSummary, 1.0}, {indexer.FieldBody, 1.0}}

// compiler turns clauses into Bleve queries with the analyzer of the text
// fields, so that the query side stems exactly like the index side.
type compiler struct {
	analyzer analysis.Analyzer
	// keywords maps a lower-cased agency or tag to its spelling in the index.
	keywords map[string]map[string]string
	// concepts expands kindConcept clauses; nil when the engine has no
	// vocabulary (and so no such clause).
	concepts *vocab.Vocabulary
	// langs are the generation's languages other than English, each
	// analysed apart (languages.go).
	langs []langAnalysis
}

// isKeywordGroup reports whether every clause of g is an agency or tag term.
func isKeywordGroup(g []clause) bool {
	for _, c := range g {
		if c.field != indexer.FieldAgency && c.field != indexer.FieldTag {
			return false
		}
	}
	return true
}

// clauseQuery compiles one clause that Bleve searches: an agency or tag
// term, a prefix, a fuzzy word, a quoted word; nil when it holds only stop
// words or names an agency or tag the index does not know. Phrases and
// concepts are not Bleve queries (phrase.go, concepts.go).
func (c *compiler) clauseQuery(cl clause) query.Query {
	if cl.field == indexer.FieldAgency || cl.field == indexer.FieldTag {
		v, ok := c.keywords[cl.field][strings.ToLower(cl.text)]
		if !ok {
			return nil
		}
		return termQuery(cl.field, v)
	}
	terms := c.analyze(cl.text)
	var alts []query.Query
	for _, fb := range fieldBoosts {
		if cl.field != "" && cl.field != fb.field {
			continue
		}
		if q := c.fieldQuery(cl, terms, fb.field); q != nil {
			q.(query.BoostableQuery).SetBoost(fb.boost)
			alts = append(alts, q)
		}
	}
	if len(alts) == 0 {
		return nil
	}
	return disjunction(alts)
}

// bm25Terms returns the weighted field terms of a plain word that
// analyses to one term, which a word list scores (postings.go); nil for
// any other clause.
func (c *compiler) bm25Terms(cl clause) []bm25Term {
	if cl.kind != kindWord || (cl.field != "" && cl.field != indexer.FieldTitle) {
		return nil
	}
	terms := c.analyze(cl.text)
	if len(terms) != 1 {
		return nil
	}
	var out []bm25Term
	add := func(term string) {
		for _, fb := range fieldBoosts {
			if cl.field == "" || cl.field == fb.field {
				out = append(out, bm25Term{field: fb.field, term: term, boost: fb.boost})
			}
		}
	}
	add(terms[0])
	// The word in each other language of the generation: one term, or
	// none for a stop word, which its releases all match; a word that
	// language splits in two finds none of them.
	for _, l := range c.langs {
		switch ts := l.analyzer.Analyze([]byte(cl.text)); len(ts) {
		case 0:
			out = append(out, vacuous(l.code))
		case 1:
			add(string(ts[0].Term))
		}
	}
	return out
}

// fieldQuery compiles a clause for one text field from its analysed terms.
func (c *compiler) fieldQuery(cl clause, terms []string, field string) query.Query {
	switch {
	case cl.kind == kindPrefix:
		q := query.NewPrefixQuery(strings.ToLower(cl.text))
		q.SetField(field)
		return q
	case len(terms) == 0:
		return nil
	case cl.kind == kindFuzzy && len(terms) == 1:
		q := query.NewFuzzyQuery(terms[0])
		q.SetField(field)
		q.SetFuzziness(cl.fuzz)
		q.SetPrefix(1) // bounds the expansion: the first letter must match
		return q
	case len(terms) == 1:
		return termQuery(field, terms[0])
	default:
		return nil // a phrase: matched on positions (phrase.go)
	}
}

// analyze returns the index terms of text.
func (c *compiler) analyze(text string) []string {
	var out []string
	for _, t := range c.analyzer.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}

func termQuery(field, term string) *query.TermQuery {
	q := query.NewTermQuery(term)
	q.SetField(field)
	return q
}

func disjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}
