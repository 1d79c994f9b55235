package search

import "slices"

// A list holds the documents one part of a query matches: table entries in
// ascending order, each with the score that part gives it. A query is
// answered by combining the lists of its clauses (and, or, not), which
// for the ten-thousands of matches of common words costs a fraction of
// walking Bleve's searchers over the same postings; each clause's list is
// cached with its generation, so the words that recur in queries are read
// from the index once (postings.go).
type list struct {
	entries []int32
	scores  []float32
}

func (l *list) len() int { return len(l.entries) }

// bytes is what the list holds in memory, for the cache's budget.
func (l *list) bytes() int { return 8*len(l.entries) + 64 }

// matches turns the list into a match set.
func (l *list) matches() []match {
	out := make([]match, len(l.entries))
	for i, e := range l.entries {
		out[i] = match{entry: e, score: float64(l.scores[i])}
	}
	return out
}

// intersect returns the entries in every list, with the sum of their
// scores. It walks the shortest list and looks the others up by galloping
// search, so a rare word with a common one costs little more than the
// rare word alone.
func intersect(ls []*list) *list {
	switch len(ls) {
	case 0:
		return &list{}
	case 1:
		return ls[0]
	}
	ls = slices.Clone(ls)
	slices.SortFunc(ls, func(a, b *list) int { return a.len() - b.len() })
	out := &list{}
	pos := make([]int, len(ls))
outer:
	for i, e := range ls[0].entries {
		score := ls[0].scores[i]
		for k := 1; k < len(ls); k++ {
			p := gallop(ls[k].entries, pos[k], e)
			pos[k] = p
			if p == ls[k].len() {
				break outer
			}
			if ls[k].entries[p] != e {
				continue outer
			}
			score += ls[k].scores[p]
		}
		out.entries = append(out.entries, e)
		out.scores = append(out.scores, score)
	}
	return out
}

// gallop returns the first position at or after from whose entry is at
// least e, or len(entries).
func gallop(entries []int32, from int, e int32) int {
	step, hi := 1, from
	for hi < len(entries) && entries[hi] < e {
		from = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(entries))
	i, _ := slices.BinarySearch(entries[from:hi], e)
	return from + i
}

// union returns the entries in any list. With coord, a score is the sum of
// the matching lists' scores times the share of lists that match, as in
// Bleve's disjunction, so that matching more alternatives ranks higher;
// without, it is the plain sum (the terms of BM25).
func union(ls []*list, coord bool) *list {
	switch len(ls) {
	case 0:
		return &list{}
	case 1:
		return ls[0]
	}
	n := 0
	for _, l := range ls {
		n += l.len()
	}
	out := &list{entries: make([]int32, 0, n), scores: make([]float32, 0, n)}
	pos := make([]int, len(ls))
	for {
		low := int32(-1)
		for k, l := range ls {
			if pos[k] < l.len() && (low < 0 || l.entries[pos[k]] < low) {
				low = l.entries[pos[k]]
			}
		}
		if low < 0 {
			return out
		}
		var score float32
		matched := 0
		for k, l := range ls {
			if pos[k] < l.len() && l.entries[pos[k]] == low {
				score += l.scores[pos[k]]
				matched++
				pos[k]++
			}
		}
		if coord {
			score *= float32(matched) / float32(len(ls))
		}
		out.entries = append(out.entries, low)
		out.scores = append(out.scores, score)
	}
}

// boost returns l with the scores of the entries also in opt added: the
// optional clauses of a query that has required ones.
func boost(l, opt *list) *list {
	out := &list{entries: l.entries, scores: slices.Clone(l.scores)}
	p := 0
	for i, e := range l.entries {
		p = gallop(opt.entries, p, e)
		if p == opt.len() {
			break
		}
		if opt.entries[p] == e {
			out.scores[i] += opt.scores[p]
		}
	}
	return out
}

// subtract returns the entries of l in none of the lists of not.
func subtract(l *list, not []*list) *list {
	if len(not) == 0 {
		return l
	}
	out := &list{}
	pos := make([]int, len(not))
outer:
	for i, e := range l.entries {
		for k, n := range not {
			pos[k] = gallop(n.entries, pos[k], e)
			if pos[k] < n.len() && n.entries[pos[k]] == e {
				continue outer
			}
		}
		out.entries = append(out.entries, e)
		out.scores = append(out.scores, l.scores[i])
	}
	return out
}
