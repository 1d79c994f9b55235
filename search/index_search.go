package search

import (
	"context"

	"github.com/blevesearch/bleve/v2/search/query"

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

// indexSearch answers a request with query terms: the index finds and
// scores the matches, memory does the rest.
func (e *Engine) indexSearch(ctx context.Context, g *generation, p *parsedQuery, req *jhasearch.SearchRequest, cur *cursor) (*jhasearch.SearchResult, error) {
	p = expandConcepts(p, e.concepts)
	comp := g.compiler()
	comp.concepts = e.concepts
	q, ok := comp.textQuery(p, true)
	if !ok {
		return g.emptyResult(p), nil
	}
	f := g.cols.filters(req)
	ms, err := e.cachedMatchSet(ctx, g, q, "strict|"+req.Query)
	if err != nil {
		return nil, err
	}
	r := g.rankMatches(ms, &f, req, cur)
	if n := p.textGroups(); n > 1 && (r.counts.total == 0 || r.counts.total < minStrictHits && n >= longQuery) {
		if lq, ok := comp.textQuery(p, false); ok {
			if ms, err = e.cachedMatchSet(ctx, g, lq, "loose|"+req.Query); err != nil {
				return nil, err
			}
			r = g.rankMatches(ms, &f, req, cur)
		}
	}
	res := &jhasearch.SearchResult{Total: r.counts.total, Facets: g.cols.facets(r.counts)}
	if err := g.fillHits(res, r.picks, p, req); err != nil {
		return nil, err
	}
	if res.Total < suggestBelow {
		res.Suggestion = g.didYouMean(p)
	}
	return res, nil
}

// cachedMatchSet returns the match set of q, from the generation's cache
// when the same query ran recently: clicking a facet, paging or changing
// the sort of a search reuses its matches.
func (e *Engine) cachedMatchSet(ctx context.Context, g *generation, q query.Query, key string) ([]match, error) {
	if ms, ok := g.matches.get(key); ok && !e.noCache {
		return ms, nil
	}
	ms, err := e.matchSet(ctx, g, q)
	if err == nil && !e.noCache {
		g.matches.put(key, ms)
	}
	return ms, err
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
		s, err := g.storedDoc(g.table.Entries[g.display(int(m.entry), req)].ID)
		if err != nil {
			return err
		}
		res.Hits = append(res.Hits, hit(s, h, m.score))
	}
	return nil
}

// emptyResult answers a query that can match nothing (only stop words, or
// an unknown agency or tag).
func (g *generation) emptyResult(p *parsedQuery) *jhasearch.SearchResult {
	return &jhasearch.SearchResult{Facets: emptyFacets(), Suggestion: g.didYouMean(p)}
}
