package search

import (
	"context"

	"github.com/jhasearch/jhasearch"
)

// Matching never hides what is relevant: the releases with every word (or
// concept, or OR group) of the query come first, and those with only some
// follow, ranked below them, unless the request asks for all words
// (jhasearch.MatchAll). The answer counts both (SearchResult.AllWords,
// SomeWords). The tier is added to the score in rankMatches (tierGap), so
// that paging, cursors and the heap need no second key.

// matched is what a query matches: the list to rank, the releases with
// every group (nil when they are not ranked first) and the list whose
// size is the number with every group.
type matched struct {
	rank, tier, all *list
	// some is the list of releases with any group, when MatchAll hides it.
	some *list
}

// matchQuery evaluates p as the request's matching strategy asks; ok is
// false when nothing can match.
func (e *Engine) matchQuery(ctx context.Context, g *generation, c *compiler, p *parsedQuery, req *jhasearch.SearchRequest) (m matched, ok bool, err error) {
	all, ok, err := e.evalQuery(ctx, g, c, p, req.Query, true)
	if err != nil || !ok {
		return m, ok, err
	}
	m = matched{rank: all, all: all}
	n := p.textGroups()
	relevance := effectiveSort(req) == jhasearch.SortRelevance
	if n <= 1 || req.Match == jhasearch.MatchAll {
		if relevance {
			if m.rank, err = e.withProximity(ctx, g, c, p, all, nil, "p|strict|"+req.Query); err != nil {
				return m, false, err
			}
		}
		if n <= 1 {
			return m, true, nil
		}
	}
	some, ok, err := e.evalQuery(ctx, g, c, p, req.Query, false)
	if err != nil {
		return m, false, err
	}
	if !ok {
		return m, true, nil
	}
	if req.Match == jhasearch.MatchAll {
		m.some = some
		return m, true, nil
	}
	m.rank = some
	if t := e.ranking.TierGroups; t == 0 || n <= t {
		m.tier = all
	}
	if relevance {
		if m.rank, err = e.withProximity(ctx, g, c, p, some, m.tier, "p|loose|"+req.Query); err != nil {
			return m, false, err
		}
		if m.rank, err = e.withFeedback(ctx, g, c, p, m.rank, m.tier, "f|loose|"+req.Query); err != nil {
			return m, false, err
		}
	}
	return m, true, nil
}

// inTier reports whether entry e is in tier, moving *pos along it: the
// entries are asked in ascending order.
func inTier(tier *list, pos *int, e int32) bool {
	if tier == nil {
		return false
	}
	*pos = gallop(tier.entries, *pos, e)
	return *pos < tier.len() && tier.entries[*pos] == e
}

// hitScore is the score a hit shows: its BM25 score, without the tier.
// (The tier stays in the cursor's score, also in the date sorts, where it
// says which walk the cursor continues.)
func hitScore(m match) float64 {
	if m.score >= tierGap {
		return m.score - tierGap
	}
	return m.score
}
