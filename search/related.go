package search

import (
	"container/heap"
	"context"
	"sort"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/query"
	"github.com/jhasearch/jhasearch/search/score"
)

// Related documents are found "more like this": the document's most
// salient terms (frequent in it, rare in the archive) are read as optional
// words, scored by the same BM25F as a query's words (query.Index.ReadWord), and the
// document and its group are left out. The numbers of terms are ranking
// parameters (ranking.go).

// maxRelated bounds the documents asked for.
const maxRelated = 50

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
	ctx, cancel := limitContext(ctx)
	defer cancel()
	// Each term weighs what it weighs in the document, relative to the
	// heaviest, on top of the field weights. Its list is read, not cached:
	// the weights are this document's.
	var lists []*query.List
	for _, t := range terms {
		var bt []score.Term
		for _, fb := range g.ranking.Fields {
			bt = append(bt, score.Term{Field: fb.Field, Term: t, Boost: fb.Boost * weights[t] / weights[terms[0]]})
		}
		l, err := g.q.ReadWord(ctx, bt)
		if err != nil {
			return nil, searchError(ctx, err)
		}
		lists = append(lists, l)
	}
	exclude := []int32{int32(i)}
	if grp := g.table.Entries[i].Group; grp != "" {
		for _, m := range g.groups[grp] {
			exclude = append(exclude, int32(m))
		}
	}
	sort.Slice(exclude, func(a, b int) bool { return exclude[a] < exclude[b] })
	l := query.Subtract(query.Union(lists, false), []*query.List{{Entries: exclude}})
	h := &scoreHeap{g: g}
	for k, e := range l.Entries {
		m := query.Match{Entry: e, Score: float64(l.Scores[k])}
		if h.Len() < n {
			heap.Push(h, m)
		} else if g.better(m, h.ms[0]) {
			h.ms[0] = m
			heap.Fix(h, 0)
		}
	}
	out := []jhasearch.Hit{}
	hl := plainHighlighter()
	for _, m := range h.window(0) {
		hit, err := g.hit(int(m.Entry), hl, m.Score)
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
	for _, t := range g.q.Analyzer().Analyze([]byte(text)) {
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
	if len(cands) > g.ranking.RelatedCandidates {
		cands = cands[:g.ranking.RelatedCandidates]
	}
	weight := map[string]float64{}
	dfs := g.q.DocFreqs(indexer.FieldBody, cands)
	for _, t := range cands {
		df := dfs[t]
		if df == 0 || float64(df) > g.ranking.RelatedMaxShare*float64(g.meta.Indexed) {
			continue // too common to tell documents apart
		}
		weight[t] = float64(tf[t]) * score.IDF(float64(g.meta.Indexed), float64(df))
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
	if len(out) > g.ranking.RelatedTerms {
		out = out[:g.ranking.RelatedTerms]
	}
	return out, weight
}
