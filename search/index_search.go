package search

import (
	"context"

	"github.com/jhasearch/jhasearch"
)

// All words of a query must match, with two exceptions, so that long
// natural-language questions still find answers: when no document has all
// of them, and when a question of longQuery words or more finds fewer than
// minStrictHits documents. The words then become optional; BM25 ranks the
// documents that match more of them higher. docs/relevance.md has the
// measurements behind this.
const (
	minStrictHits = 10
	longQuery     = 4
)

// indexSearch answers a request with query terms: the index's postings
// find and score the matches, memory does the rest.
func (e *Engine) indexSearch(ctx context.Context, g *generation, p *parsedQuery, req *jhasearch.SearchRequest, cur *cursor) (*jhasearch.SearchResult, error) {
	p = expandConcepts(p, e.concepts)
	comp := g.compiler()
	comp.concepts = e.concepts
	lctx, cancel := limitContext(ctx)
	defer cancel()
	l, ok, err := e.evalQuery(lctx, g, comp, p, req.Query, true)
	if err != nil {
		return nil, searchError(ctx, err)
	}
	if !ok {
		return g.emptyResult(p), nil
	}
	l, extra := g.collapseTranslations(l, req)
	f := g.cols.filters(req)
	r := g.rankMatches(l, &f, req, cur)
	if n := p.textGroups(); n > 1 && (r.counts.total == 0 || r.counts.total < minStrictHits && n >= longQuery) {
		l, ok, err := e.evalQuery(lctx, g, comp, p, req.Query, false)
		if err != nil {
			return nil, searchError(ctx, err)
		}
		if ok {
			l, extra = g.collapseTranslations(l, req)
			r = g.rankMatches(l, &f, req, cur)
		}
	}
	g.countVersionLanguages(r.counts, &f, extra)
	res := &jhasearch.SearchResult{Total: r.counts.total, Versions: r.counts.total + g.passing(&f, extra), Facets: g.cols.facets(r.counts)}
	if err := g.fillHits(res, r.picks, p, req); err != nil {
		return nil, err
	}
	if res.Total < suggestBelow {
		res.Suggestion = g.didYouMean(p)
	}
	return res, nil
}

// fillHits loads the page's hits and sets the cursor when more follow.
func (g *generation) fillHits(res *jhasearch.SearchResult, picks []match, p *parsedQuery, req *jhasearch.SearchRequest) error {
	h := g.highlighter(p)
	for n, m := range picks {
		if n == req.Size {
			last := picks[n-1]
			res.Cursor = cursor{Request: requestHash(req), Score: last.score,
				Published: g.cols.published[last.entry], ID: g.table.Entries[last.entry].ID}.encode()
			break
		}
		hit, err := g.hit(g.version(g.display(int(m.entry), req), req), h, m.score)
		if err != nil {
			return err
		}
		res.Hits = append(res.Hits, hit)
	}
	return nil
}

// emptyResult answers a query that can match nothing (only stop words, or
// an unknown agency or tag).
func (g *generation) emptyResult(p *parsedQuery) *jhasearch.SearchResult {
	return &jhasearch.SearchResult{Facets: emptyFacets(), Suggestion: g.didYouMean(p)}
}
