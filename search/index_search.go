package search

import (
	"context"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// indexSearch answers a request with query terms: the index's postings
// find and score the matches, memory does the rest.
func (e *Engine) indexSearch(ctx context.Context, g *generation, p *query.Parsed, req *jhasearch.SearchRequest, cur *cursor) (*jhasearch.SearchResult, error) {
	p = query.MarkDates(query.ExpandConcepts(p, e.concepts))
	lctx, cancel := limitContext(ctx)
	defer cancel()
	m, ok, err := g.q.MatchQuery(lctx, p, req, effectiveSort(req) == jhasearch.SortRelevance)
	if err != nil {
		return nil, searchError(ctx, err)
	}
	if !ok {
		return g.emptyResult(p), nil
	}
	f := g.cols.Select(req)
	rank, extra := g.collapseTranslations(m.Rank, req)
	r := g.rankMatches(rank, &f, req, cur, m.Tier)
	// The facets count what the user is shown: r.counts, and the
	// languages of the versions a shown release also exists in.
	g.countVersionLanguages(r.counts, &f, extra)
	res := &jhasearch.SearchResult{Total: r.counts.Total, Versions: r.counts.Total + g.passing(&f, extra), Facets: g.cols.Facets(r.counts)}
	res.AllWords = r.counts.Total
	switch {
	case m.Some != nil:
		some, _ := g.collapseTranslations(m.Some, req)
		res.SomeWords = g.passing(&f, some.Entries) - res.AllWords
	case m.Rank.Len() != m.All.Len():
		all, _ := g.collapseTranslations(m.All, req)
		res.AllWords = g.passing(&f, all.Entries)
		res.SomeWords = res.Total - res.AllWords
	}
	if err := g.fillHits(res, r.picks, p, req); err != nil {
		return nil, err
	}
	if res.Total < suggestBelow {
		res.Suggestion = g.didYouMean(p)
	}
	return res, nil
}

// fillHits loads the page's hits and sets the cursor when more follow.
func (g *generation) fillHits(res *jhasearch.SearchResult, picks []query.Match, p *query.Parsed, req *jhasearch.SearchRequest) error {
	h := g.highlighter(p)
	for n, m := range picks {
		if n == req.Size {
			last := picks[n-1]
			res.Cursor = cursor{Request: requestHash(req), Score: last.Score,
				Published: g.cols.Published[last.Entry], ID: g.table.Entries[last.Entry].ID}.encode()
			break
		}
		hit, err := g.hit(g.version(g.display(int(m.Entry), req), req), h, query.HitScore(m))
		if err != nil {
			return err
		}
		res.Hits = append(res.Hits, hit)
	}
	return nil
}

// emptyResult answers a query that can match nothing (only stop words, or
// an unknown agency or tag).
func (g *generation) emptyResult(p *query.Parsed) *jhasearch.SearchResult {
	return &jhasearch.SearchResult{Facets: facet.Empty(), Suggestion: g.didYouMean(p)}
}
