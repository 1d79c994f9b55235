package query

import (
	"context"
	"strings"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
	"github.com/jhasearch/jhasearch/search/score"
	"github.com/jhasearch/jhasearch/vocab"
)

// compiler turns clauses into the terms they read, with the analyzer of
// the text fields, so that the query side stems exactly like the index
// side.
type compiler struct {
	analyzer reader.Analyzer
	// ranking weighs the fields.
	ranking *score.Params
	// keywords maps a lower-cased agency or tag to its spelling in the index.
	keywords map[string]map[string]string
	// concepts expands kindConcept clauses; nil when the engine has no
	// vocabulary (and so no such clause).
	concepts *vocab.Vocabulary
	// langs are the generation's languages other than English, each
	// analysed apart (languages.go).
	langs []Language
}

// isKeywordGroup reports whether every clause of g is an agency or tag term.
func isKeywordGroup(g []Clause) bool {
	for _, c := range g {
		if c.Field != indexer.FieldAgency && c.Field != indexer.FieldTag {
			return false
		}
	}
	return true
}

// termSpec says which index terms a clause that is not a plain word nor a
// phrase reads: text itself in each of fields, or, for a prefix or a
// fuzzy word, every term of the field it expands to.
type termSpec struct {
	kind   ClauseKind
	text   string
	fuzz   int
	fields []score.FieldWeight
}

// clauseSpec compiles one clause read from terms: an agency or tag term,
// a prefix, a fuzzy word, a word of the summary or the body; ok is false
// when it holds only stop words or names an agency or tag the index does
// not know. Plain words, phrases and concepts are compiled apart
// (bm25Terms, phrase.go, concepts.go).
func (c *compiler) clauseSpec(cl Clause) (termSpec, bool) {
	if cl.Field == indexer.FieldAgency || cl.Field == indexer.FieldTag {
		v, ok := c.keywords[cl.Field][strings.ToLower(cl.Text)]
		if !ok {
			return termSpec{}, false
		}
		return termSpec{kind: KindWord, text: v, fields: []score.FieldWeight{{Field: cl.Field, Boost: c.ranking.KeywordBoost}}}, true
	}
	spec := termSpec{kind: cl.Kind, fuzz: cl.Fuzz}
	terms := c.analyze(cl.Text)
	switch {
	case cl.Kind == KindPrefix:
		spec.text = strings.ToLower(cl.Text)
	case len(terms) == 1 && cl.Kind == KindFuzzy:
		spec.text = terms[0]
	case len(terms) == 1:
		spec.kind, spec.text = KindWord, terms[0]
	default:
		// Stop words only, or a phrase: matched on positions (phrase.go).
		return termSpec{}, false
	}
	for _, fb := range c.ranking.Fields {
		if cl.Field == "" || cl.Field == fb.Field {
			spec.fields = append(spec.fields, fb)
		}
	}
	return spec, len(spec.fields) > 0
}

// specTerms returns the weighted field terms of spec, its prefix or fuzzy
// word expanded on the index. The expansions of a clause score as ONE
// word (readWord): their weighted frequencies add up before they
// saturate, with the idf of the most common expansion, as the fields of a
// word do; a fuzzy expansion weighs 1/(1+distance) of an exact one. A
// prefix or a fuzzy word stands for one word the user means: scored as a
// sum of words, a release using three forms of it would score three
// words, and a misspelt term found once in the archive would bring its
// huge idf; scored by its best expansion only, a release using the word
// in several forms would count one of them.
func (x *Index) specTerms(ctx context.Context, spec termSpec) ([]bm25Term, error) {
	var out []bm25Term
	if spec.kind != KindPrefix && spec.kind != KindFuzzy {
		for _, f := range spec.fields {
			out = append(out, bm25Term{Field: f.Field, Term: spec.text, Boost: f.Boost})
		}
		return out, checkTerms(len(out), termsAllowed(ctx))
	}
	s, err := x.ix.Snapshot()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	allowed := termsAllowed(ctx)
	for _, f := range spec.fields {
		var exps []reader.Expansion
		if spec.kind == KindPrefix {
			exps, err = s.Prefix(f.Field, spec.text, maxClauses)
		} else {
			exps, err = s.Fuzzy(f.Field, spec.text, spec.fuzz, maxClauses)
		}
		if err != nil {
			return nil, err
		}
		for _, x := range exps {
			out = append(out, bm25Term{Field: f.Field, Term: x.Term, Boost: f.Boost / float64(1+x.Distance)})
		}
		if err := checkTerms(len(out), allowed); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// checkTerms fails when n terms are more than a clause may read.
func checkTerms(n, allowed int) error {
	if n > allowed {
		return ErrTooExpensive
	}
	return nil
}

// bm25Terms returns the weighted field terms of a plain word that
// analyses to one term, which a word list scores (postings.go); nil for
// any other clause.
func (c *compiler) bm25Terms(cl Clause) []bm25Term {
	if cl.Kind != KindWord || (cl.Field != "" && cl.Field != indexer.FieldTitle) {
		return nil
	}
	terms := c.analyze(cl.Text)
	if len(terms) != 1 {
		return nil
	}
	var out []bm25Term
	add := func(term string) {
		for _, fb := range c.ranking.Fields {
			if cl.Field == "" || cl.Field == fb.Field {
				out = append(out, bm25Term{Field: fb.Field, Term: term, Boost: fb.Boost})
			}
		}
	}
	add(terms[0])
	// The word in each other language of the generation: one term, or
	// none for a stop word, which its releases all match; a word that
	// language splits in two finds none of them.
	for _, l := range c.langs {
		switch ts := l.Analyzer.Analyze([]byte(cl.Text)); len(ts) {
		case 0:
			out = append(out, vacuous(l.Code))
		case 1:
			add(string(ts[0].Term))
		}
	}
	return out
}

// analyze returns the index terms of text.
func (c *compiler) analyze(text string) []string {
	var out []string
	for _, t := range c.analyzer.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}

// TextGroups counts the groups that search the text fields.
func (p *Parsed) TextGroups() int {
	n := 0
	for _, g := range p.Groups {
		if !isKeywordGroup(g) {
			n++
		}
	}
	return n
}
