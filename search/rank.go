package search

import (
	"container/heap"

	"github.com/jhasearch/jhasearch"
)

// ranked is the outcome of ranking a match set: the total after filters,
// the facet counts and the entries of the requested window (one more than
// the page, to know whether a next page exists).
type ranked struct {
	picks  []match
	counts *facetCounts
}

// rankMatches applies the filters to the matches ms, counts facets and picks the
// window of the request in its sort order.
func (g *generation) rankMatches(ms *list, f *filters, req *jhasearch.SearchRequest, cur *cursor) *ranked {
	fc := g.cols.newCounts()
	pass := make([]match, 0, ms.len())
	for i, e := range ms.entries {
		if g.cols.count(fc, f, int(e)) {
			pass = append(pass, match{entry: e, score: float64(ms.scores[i])})
		}
	}
	skip, want := (req.Page-1)*req.Size, req.Size+1
	if cur != nil {
		skip = 0
	}
	r := &ranked{counts: fc}
	switch s := effectiveSort(req); s {
	case jhasearch.SortNewest, jhasearch.SortOldest:
		r.picks = g.pickByDate(pass, s == jhasearch.SortNewest, skip, want, cur)
	default:
		r.picks = g.pickByScore(pass, skip, want, cur)
	}
	return r
}

// pickByDate walks the date order and keeps the passing entries.
func (g *generation) pickByDate(pass []match, newest bool, skip, want int, cur *cursor) []match {
	in := make([]uint64, len(g.table.Entries)/64+1)
	for _, m := range pass {
		in[m.entry/64] |= 1 << (m.entry % 64)
	}
	order := g.oldest
	if newest {
		order = g.newest
	}
	var after func(int) bool
	if cur != nil {
		after = g.afterCursor(newest, cur)
	}
	var out []match
	for _, e := range order {
		if in[e/64]&(1<<(e%64)) == 0 || after != nil && !after(int(e)) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		if out = append(out, match{entry: e}); len(out) == want {
			break
		}
	}
	// The scores of the few picked entries, for Hit.Score.
	at := make(map[int32]int, len(out))
	for i, m := range out {
		at[m.entry] = i
	}
	for _, m := range pass {
		if i, ok := at[m.entry]; ok {
			out[i].score = m.score
		}
	}
	return out
}

// pickByScore keeps the best skip+want matches by score, ties by id, with
// a bounded heap, and returns the window after skip.
func (g *generation) pickByScore(pass []match, skip, want int, cur *cursor) []match {
	h := &scoreHeap{g: g}
	limit := skip + want
	for _, m := range pass {
		if cur != nil && !g.scoreAfter(m, cur) {
			continue
		}
		if h.Len() < limit {
			heap.Push(h, m)
		} else if g.better(m, h.ms[0]) {
			h.ms[0] = m
			heap.Fix(h, 0)
		}
	}
	out := make([]match, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(match)
	}
	if skip >= len(out) {
		return nil
	}
	return out[skip:]
}

// better orders by score, then id.
func (g *generation) better(a, b match) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return g.table.Entries[a.entry].ID < g.table.Entries[b.entry].ID
}

func (g *generation) scoreAfter(m match, c *cursor) bool {
	if m.score != c.Score {
		return m.score < c.Score
	}
	return g.table.Entries[m.entry].ID > c.ID
}

// scoreHeap is a min-heap on (score, id): its root is the worst kept.
type scoreHeap struct {
	g  *generation
	ms []match
}

func (h *scoreHeap) Len() int           { return len(h.ms) }
func (h *scoreHeap) Less(i, j int) bool { return h.g.better(h.ms[j], h.ms[i]) }
func (h *scoreHeap) Swap(i, j int)      { h.ms[i], h.ms[j] = h.ms[j], h.ms[i] }
func (h *scoreHeap) Push(x any)         { h.ms = append(h.ms, x.(match)) }
func (h *scoreHeap) Pop() any {
	m := h.ms[len(h.ms)-1]
	h.ms = h.ms[:len(h.ms)-1]
	return m
}
