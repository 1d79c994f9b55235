package query

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch/search/score"
)

// Pseudo-relevance feedback for long questions, in the manner of RM3
// (Lavrenko and Croft's relevance model, as Anserini runs it): the
// prfDocs best matches of the query are taken as relevant, the terms that
// are frequent in them (each document weighing by its score) form a
// relevance model, and its prfTerms heaviest terms, scored by BM25F,
// add prfWeight × their weight to the matches that hold them. It only
// re-ranks: a release is found by the query's own words, so that the
// counts of all and some words keep their meaning. It costs a second
// pass (a dozen stored documents analysed, the lists of the new terms
// read once per generation), so it runs for questions of prfMinTerms
// terms or more only; short staff queries stay as cheap as they were.

// withFeedback returns l re-ranked by the relevance model of its best
// entries; l itself when the query is short or feedback is off.
func (x *Index) withFeedback(ctx context.Context, c *compiler, p *Parsed, l, tier *List, key string) (*List, error) {
	r := x.ranking
	if r.PRFWeight == 0 || r.PRFDocs == 0 || r.PRFTerms == 0 || l.Len() == 0 {
		return l, nil
	}
	if countTerms(c, p) < r.PRFMinTerms {
		return l, nil
	}
	if cached, ok := x.queries.Get(key); ok {
		return cached, nil
	}
	top := topEntries(l, tier, r.PRFDocs)
	total := 0.0
	for _, i := range top {
		total += float64(l.Scores[i])
	}
	if total <= 0 {
		return l, nil
	}
	model := map[string]float64{}
	for _, i := range top {
		doc, err := x.docs.Read(&x.table.Entries[l.Entries[i]])
		if err != nil {
			return nil, err
		}
		d := doc.Document
		tokens := c.analyzer.Analyze([]byte(strings.Join([]string{d.Title, d.Summary, d.Body}, "\n")))
		if len(tokens) == 0 {
			continue
		}
		w := float64(l.Scores[i]) / total / float64(len(tokens))
		for _, t := range tokens {
			if len(t.Term) > 1 && !isDigits(t.Term) {
				model[string(t.Term)] += w
			}
		}
	}
	type weighted struct {
		term string
		w    float64
	}
	var terms []weighted
	for t, w := range model {
		terms = append(terms, weighted{t, w})
	}
	// The heaviest terms, each weighed down as it is common in the archive:
	// a term in half the releases tells nothing about these.
	lists := make(map[string]*List, len(terms))
	if r.PRFIDF > 0 {
		for i := range terms {
			l, err := x.wordList(ctx, c.allFields(terms[i].term))
			if err != nil {
				return nil, err
			}
			lists[terms[i].term] = l
			terms[i].w *= math.Pow(score.IDF(x.params.Docs, float64(l.Len())), r.PRFIDF)
		}
	}
	slices.SortFunc(terms, func(a, b weighted) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return strings.Compare(a.term, b.term)
	})
	terms = terms[:min(len(terms), r.PRFTerms)]
	sum := 0.0
	for _, t := range terms {
		sum += t.w
	}
	var add []*List
	for _, t := range terms {
		tl, ok := lists[t.term]
		if !ok {
			var err error
			if tl, err = x.wordList(ctx, c.allFields(t.term)); err != nil {
				return nil, err
			}
		}
		f := float32(r.PRFWeight * t.w / sum)
		scaled := &List{Entries: tl.Entries, Scores: make([]float32, tl.Len())}
		for k, s := range tl.Scores {
			scaled.Scores[k] = s * f
		}
		add = append(add, scaled)
	}
	out := boost(l, Union(add, false))
	x.queries.Put(key, out)
	return out, nil
}

// allFields is the field terms of a term in every text field, weighted as
// a plain word's.
func (c *compiler) allFields(term string) []bm25Term {
	out := make([]bm25Term, 0, len(c.ranking.Fields))
	for _, fb := range c.ranking.Fields {
		out = append(out, bm25Term{Field: fb.Field, Term: term, Boost: fb.Boost})
	}
	return out
}

// countTerms counts the distinct analysed terms of p's positive clauses.
func countTerms(c *compiler, p *Parsed) int {
	seen := map[string]bool{}
	for _, grp := range p.Groups {
		for _, cl := range grp {
			for _, t := range c.analyze(cl.Text) {
				seen[t] = true
			}
		}
	}
	return len(seen)
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
