package query

import (
	"context"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/score"
)

// Matching never hides what is relevant: the releases with every word (or
// concept, or OR group) of the query come first, and those with only some
// follow, ranked below them, unless the request asks for all words
// (jhasearch.MatchAll). The answer counts both (SearchResult.AllWords,
// SomeWords). The tier is added to the score in rankMatches (score.TierGap), so
// that paging, cursors and the heap need no second key.

// Matched is what a query matches: the list to rank, the releases with
// every group (nil when they are not ranked first) and the list whose
// size is the number with every group.
type Matched struct {
	Rank, Tier, All *List
	// Some is the list of releases with any group, when MatchAll hides it.
	Some *List
}

// matchQuery evaluates p as the request's matching strategy asks; ok is
// false when nothing can match.
func (x *Index) matchQuery(ctx context.Context, c *compiler, p *Parsed, req *jhasearch.SearchRequest, relevance bool) (m Matched, ok bool, err error) {
	all, ok, err := x.evalQuery(ctx, c, p, req.Query, true)
	if err != nil || !ok {
		return m, ok, err
	}
	m = Matched{Rank: all, All: all}
	n := p.TextGroups()
	if n <= 1 || req.Match == jhasearch.MatchAll {
		if relevance {
			if m.Rank, err = x.withProximity(ctx, c, p, all, nil, "p|strict|"+req.Query); err != nil {
				return m, false, err
			}
		}
		if n <= 1 {
			return m, true, nil
		}
	}
	some, ok, err := x.evalQuery(ctx, c, p, req.Query, false)
	if err != nil {
		return m, false, err
	}
	if !ok {
		return m, true, nil
	}
	if req.Match == jhasearch.MatchAll {
		m.Some = some
		return m, true, nil
	}
	m.Rank = some
	if t := x.ranking.TierGroups; t == 0 || n <= t {
		m.Tier = all
	}
	if relevance {
		if m.Rank, err = x.withProximity(ctx, c, p, some, m.Tier, "p|loose|"+req.Query); err != nil {
			return m, false, err
		}
		if m.Rank, err = x.withFeedback(ctx, c, p, m.Rank, m.Tier, "f|loose|"+req.Query); err != nil {
			return m, false, err
		}
	}
	return m, true, nil
}

// InTier reports whether entry e is in tier, moving *pos along it: the
// entries are asked in ascending order.
func InTier(tier *List, pos *int, e int32) bool {
	return tier != nil && Seek(tier, pos, e) >= 0
}

// Seek returns the index in l of entry e, or -1 when l does not hold it,
// moving *pos along l as InTier does.
func Seek(l *List, pos *int, e int32) int {
	*pos = gallop(l.Entries, *pos, e)
	if *pos < l.Len() && l.Entries[*pos] == e {
		return *pos
	}
	return -1
}

// HitScore is the score a hit shows: its BM25 score, without the tier.
// (The tier stays in the cursor's score, also in the date sorts, where it
// says which walk the cursor continues.)
func HitScore(m Match) float64 {
	if m.Score >= score.TierGap {
		return m.Score - score.TierGap
	}
	return m.Score
}
