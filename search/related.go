package search

import (
	"context"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// Related documents are found "more like this": the document's most
// salient terms (frequent in it, rare in the archive) are searched as
// optional terms, and the document and its group are left out.
const (
	relatedTerms      = 20
	relatedCandidates = 80
	maxRelated        = 50
)

// Related returns up to n documents like document id, best first.
func (e *Engine) Related(ctx context.Context, id string, n int) ([]jhasearch.Hit, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	i, ok := g.byID[id]
	if !ok {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no document with the id %q.", id)
	}
	n = min(max(n, 1), maxRelated)
	s, err := g.storedDoc(id)
	if err != nil {
		return nil, err
	}
	terms, weights := g.salientTerms(s.Document.Title + "\n" + s.Document.Summary + "\n" + s.Document.Body)
	if len(terms) == 0 {
		return []jhasearch.Hit{}, nil
	}
	// Each term weighs what it weighs in the document, relative to the
	// heaviest, on top of the field weights.
	var bt []bm25Term
	for _, t := range terms {
		for _, fb := range fieldBoosts {
			bt = append(bt, bm25Term{field: fb.field, term: t, boost: fb.boost * weights[t] / weights[terms[0]]})
		}
	}
	should := []query.Query{&bm25Query{terms: bt, params: g.params}}
	exclude := []query.Query{query.NewDocIDQuery([]string{id})}
	if grp := g.table.Entries[i].Group; grp != "" {
		var ids []string
		for _, m := range g.groups[grp] {
			ids = append(ids, g.table.Entries[m].ID)
		}
		exclude = append(exclude, query.NewDocIDQuery(ids))
	}
	q := query.NewBooleanQuery(nil, should, exclude)
	br := bleve.NewSearchRequestOptions(q, n, 0, false)
	sr, err := e.run(ctx, g, br)
	if err != nil {
		return nil, err
	}
	out := []jhasearch.Hit{}
	h := plainHighlighter()
	for _, dm := range sr.Hits {
		i, err := g.entry(dm.ID)
		if err != nil {
			return nil, err
		}
		hit, err := g.hit(i, h, dm.Score)
		if err != nil {
			return nil, err
		}
		out = append(out, hit)
	}
	return out, nil
}

// salientTerms returns the terms of text with the highest tf × idf, best
// first, and their weights.
func (g *generation) salientTerms(text string) ([]string, map[string]float64) {
	tf := map[string]int{}
	for _, t := range g.analyzer().Analyze([]byte(text)) {
		if len(t.Term) > 2 {
			tf[string(t.Term)]++
		}
	}
	cands := make([]string, 0, len(tf))
	for t := range tf {
		cands = append(cands, t)
	}
	sort.Slice(cands, func(a, b int) bool {
		if tf[cands[a]] != tf[cands[b]] {
			return tf[cands[a]] > tf[cands[b]]
		}
		return cands[a] < cands[b]
	})
	if len(cands) > relatedCandidates {
		cands = cands[:relatedCandidates]
	}
	weight := map[string]float64{}
	dfs := g.docFreqs(indexer.FieldBody, cands)
	for _, t := range cands {
		df := dfs[t]
		if df == 0 || float64(df) > 0.3*float64(g.meta.Indexed) {
			continue // too common to tell documents apart
		}
		weight[t] = float64(tf[t]) * idf(float64(g.meta.Indexed), float64(df))
	}
	out := make([]string, 0, len(weight))
	for t := range weight {
		out = append(out, t)
	}
	sort.Slice(out, func(a, b int) bool {
		if weight[out[a]] != weight[out[b]] {
			return weight[out[a]] > weight[out[b]]
		}
		return out[a] < out[b]
	})
	if len(out) > relatedTerms {
		out = out[:relatedTerms]
	}
	return out, weight
}
