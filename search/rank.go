package search

import (
	"container/heap"
	"slices"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// ranked is the outcome of ranking a match set: the total after filters,
// the facet counts and the entries of the requested window (one more than
// the page, to know whether a next page exists).
type ranked struct {
	picks  []query.Match
	counts *facet.Counts
}

// rankMatches applies the filters to the matches ms, counts facets and
// picks the window of the request in its sort order, in one pass that
// keeps nothing but the counts and the window: a common word matches tens
// of thousands of documents.
//
// tier, when not nil, holds the entries of ms with every group of the
// query: they come first (search/query/matching.go).
func (g *generation) rankMatches(ms *query.List, f *facet.Selection, req *jhasearch.SearchRequest, cur *cursor, tier *query.List) *ranked {
	fc := g.cols.NewCounts()
	skip, want := (req.Page-1)*req.Size, req.Size+1
	if cur != nil {
		skip = 0
	}
	r := &ranked{counts: fc}
	// pass holds the entries that pass the filters when a long list is
	// counted by bits (facet/bits.go); else each entry is counted as it is
	// met.
	var pass []uint64
	if g.cols.ByBits(len(ms.Entries), f) {
		pass = g.cols.CountBits(fc, f, ms.Entries)
		defer facet.PutSet(pass)
	}
	switch s := effectiveSort(req); s {
	case jhasearch.SortNewest, jhasearch.SortOldest:
		in := pass
		if in == nil {
			in = facet.GetSet(len(g.table.Entries)/64 + 1)
			defer facet.PutSet(in)
			for _, e := range ms.Entries {
				if g.cols.Count(fc, f, int(e)) {
					in[e/64] |= 1 << (e % 64)
				}
			}
		}
		r.picks = g.pickByDate(ms, in, s == jhasearch.SortNewest, skip, want, cur, tier)
	default:
		h := &scoreHeap{g: g}
		limit := skip + want
		consider := func(e int32, score float64, all bool) {
			m := query.Match{Entry: e, Score: score, All: all}
			if cur != nil && !g.scoreAfter(m, cur) {
				return
			}
			if h.Len() < limit {
				heap.Push(h, m)
			} else if g.better(m, h.ms[0]) {
				h.ms[0] = m
				heap.Fix(h, 0)
			}
		}
		if pass != nil && tier != nil {
			// Counted already, the entries with every word are ranked
			// first: when they fill the window, no entry with only some
			// of the words can enter it (tierGap), and those, most of a
			// loose match, are passed over unread.
			g.rankTier(ms, tier, pass, consider)
			if h.Len() < limit {
				inTier := facet.SetOf(tier.Entries, len(pass))
				g.rankOutsideTier(ms, inTier, pass, consider)
				facet.PutSet(inTier)
			}
			r.picks = h.window(skip)
			break
		}
		// A bit per entry of the tier: a test per entry, where a search
		// of the tier's list for each was a tenth of ranking.
		var inTier []uint64
		if tier != nil {
			inTier = facet.SetOf(tier.Entries, len(g.table.Entries)/64+1)
			defer facet.PutSet(inTier)
		}
		for i, e := range ms.Entries {
			score := float64(ms.Scores[i])
			all := inTier != nil && facet.Has(inTier, e)
			if all {
				score += tierGap
			}
			// Counted already, an entry scoring below the worst of a full
			// window is passed over at once: most are.
			if pass != nil && h.Len() == limit && score < h.ms[0].Score {
				continue
			}
			if pass != nil && !facet.Has(pass, e) || pass == nil && !g.cols.Count(fc, f, int(e)) {
				continue
			}
			consider(e, score, all)
		}
		r.picks = h.window(skip)
	}
	return r
}

// rankTier offers consider the entries of tier that are in pass, with
// their scores in ms (tier is a part of ms, both in entry order).
func (g *generation) rankTier(ms, tier *query.List, pass []uint64, consider func(e int32, score float64, all bool)) {
	p := 0
	for _, e := range tier.Entries {
		if !facet.Has(pass, e) {
			continue
		}
		if i := query.Seek(ms, &p, e); i >= 0 {
			consider(e, float64(ms.Scores[i])+tierGap, true)
		}
	}
}

// rankOutsideTier offers consider the entries of ms in pass that are not
// in the set inTier.
func (g *generation) rankOutsideTier(ms *query.List, inTier, pass []uint64, consider func(e int32, score float64, all bool)) {
	for i, e := range ms.Entries {
		if !facet.Has(pass, e) || facet.Has(inTier, e) {
			continue
		}
		consider(e, float64(ms.Scores[i]), false)
	}
}

// pickByDate walks the date order and keeps the entries set in in; with
// a tier, it walks it twice: first for the entries in the tier, then for
// the others.
func (g *generation) pickByDate(ms *query.List, in []uint64, newest bool, skip, want int, cur *cursor, tier *query.List) []query.Match {
	order := g.oldest
	if newest {
		order = g.newest
	}
	var out []query.Match
	// The cursor's score holds the tier (search/query/matching.go): a date sort
	// continues in the walk of its last hit.
	curAll := cur != nil && cur.Score >= tierGap
	walk := func(keep func(e int32) bool, all bool) {
		var after func(int) bool
		if cur != nil && curAll == all {
			after = g.afterCursor(newest, cur)
		}
		for _, e := range order {
			if len(out) == want {
				return
			}
			if !facet.Has(in, e) || !keep(e) || after != nil && !after(int(e)) {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			out = append(out, query.Match{Entry: e, All: all})
		}
	}
	if tier == nil {
		walk(func(int32) bool { return true }, false)
	} else {
		set := facet.SetOf(tier.Entries, len(in))
		defer facet.PutSet(set)
		isAll := func(e int32) bool { return facet.Has(set, e) }
		if cur == nil || curAll {
			walk(isAll, true)
		}
		walk(func(e int32) bool { return !isAll(e) }, false)
	}
	// The scores of the few picked entries, for Hit.Score, with the tier.
	for i := range out {
		if p, ok := slices.BinarySearch(ms.Entries, out[i].Entry); ok {
			out[i].Score = float64(ms.Scores[p])
		}
		if out[i].All {
			out[i].Score += tierGap
		}
	}
	return out
}

// window empties the heap, best first, and returns what follows skip.
func (h *scoreHeap) window(skip int) []query.Match {
	out := make([]query.Match, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(query.Match)
	}
	if skip >= len(out) {
		return nil
	}
	return out[skip:]
}

// better orders by score, then id.
func (g *generation) better(a, b query.Match) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return g.table.Entries[a.Entry].ID < g.table.Entries[b.Entry].ID
}

func (g *generation) scoreAfter(m query.Match, c *cursor) bool {
	if m.Score != c.Score {
		return m.Score < c.Score
	}
	return g.table.Entries[m.Entry].ID > c.ID
}

// scoreHeap is a min-heap on (score, id): its root is the worst kept.
type scoreHeap struct {
	g  *generation
	ms []query.Match
}

func (h *scoreHeap) Len() int           { return len(h.ms) }
func (h *scoreHeap) Less(i, j int) bool { return h.g.better(h.ms[j], h.ms[i]) }
func (h *scoreHeap) Swap(i, j int)      { h.ms[i], h.ms[j] = h.ms[j], h.ms[i] }
func (h *scoreHeap) Push(x any)         { h.ms = append(h.ms, x.(query.Match)) }
func (h *scoreHeap) Pop() any {
	m := h.ms[len(h.ms)-1]
	h.ms = h.ms[:len(h.ms)-1]
	return m
}
