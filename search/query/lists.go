package query

import (
	"math/bits"
	"slices"
	"sync"

	"github.com/jhasearch/jhasearch/search/facet"
)

// A List holds the documents one part of a query matches: table entries in
// ascending order, each with the score that part gives it. A query is
// answered by combining the lists of its clauses (and, or, not), which
// for the ten-thousands of matches of common words costs a fraction of
// walking Bleve's searchers over the same postings; each clause's List is
// cached with its generation, so the words that recur in queries are read
// from the index once (postings.go).
type List struct {
	Entries []int32
	Scores  []float32
}

// Match is one matching document: its table entry and its score.
type Match struct {
	Entry int32
	Score float64
	// All is set when the entry has every group of the query (matching.go).
	All bool
}

// Len is the number of entries of l.
func (l *List) Len() int { return len(l.Entries) }

// Bytes is what the list holds in memory, for the cache's budget.
func (l *List) Bytes() int { return 4*cap(l.Entries) + 4*cap(l.Scores) + 64 }

// Matches turns the list into a match set.
func (l *List) Matches() []Match {
	out := make([]Match, len(l.Entries))
	for i, e := range l.Entries {
		out[i] = Match{Entry: e, Score: float64(l.Scores[i])}
	}
	return out
}

// intersect returns the entries in every list, with the sum of their
// scores. It walks the shortest list and looks the others up by galloping
// search, so a rare word with a common one costs little more than the
// rare word alone.
func intersect(ls []*List) *List {
	switch len(ls) {
	case 0:
		return &List{}
	case 1:
		return ls[0]
	}
	ls = slices.Clone(ls)
	slices.SortFunc(ls, func(a, b *List) int { return a.Len() - b.Len() })
	out := &List{}
	pos := make([]int, len(ls))
outer:
	for i, e := range ls[0].Entries {
		score := ls[0].Scores[i]
		for k := 1; k < len(ls); k++ {
			p := gallop(ls[k].Entries, pos[k], e)
			pos[k] = p
			if p == ls[k].Len() {
				break outer
			}
			if ls[k].Entries[p] != e {
				continue outer
			}
			score += ls[k].Scores[p]
		}
		out.Entries = append(out.Entries, e)
		out.Scores = append(out.Scores, score)
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

// Union returns the entries in any list. With coord, a score is the sum of
// the matching lists' scores times the share of lists that match, as in
// Bleve's disjunction, so that matching more alternatives ranks higher;
// without, it is the plain sum (the terms of BM25).
func Union(ls []*List, coord bool) *List {
	switch len(ls) {
	case 0:
		return &List{}
	case 1:
		return ls[0]
	}
	n, span := 0, 0
	for _, l := range ls {
		n += l.Len()
		if l.Len() > 0 {
			span = max(span, int(l.Entries[l.Len()-1])+1)
		}
	}
	if n > span/denseUnion {
		return unionDense(ls, coord, span)
	}
	return unionMerge(ls, coord, n)
}

// denseUnion: lists holding more than one entry in denseUnion of the
// range they span are united in arrays over the range (unionDense), which
// for long lists costs a fraction of merging them.
const denseUnion = 32

// unionMerge unites short lists by merging them, n entries in all.
func unionMerge(ls []*List, coord bool, n int) *List {
	out := &List{Entries: make([]int32, 0, n), Scores: make([]float32, 0, n)}
	pos := make([]int, len(ls))
	for {
		low := int32(-1)
		for k, l := range ls {
			if pos[k] < l.Len() && (low < 0 || l.Entries[pos[k]] < low) {
				low = l.Entries[pos[k]]
			}
		}
		if low < 0 {
			return out
		}
		var score float32
		matched := 0
		for k, l := range ls {
			if pos[k] < l.Len() && l.Entries[pos[k]] == low {
				score += l.Scores[pos[k]]
				matched++
				pos[k]++
			}
		}
		if coord {
			score *= float32(matched) / float32(len(ls))
		}
		out.Entries = append(out.Entries, low)
		out.Scores = append(out.Scores, score)
	}
}

// unionDense unites lists whose entries are below span in arrays as long
// as the span: a sum per entry, a bit per entry in any list and, with
// coord only, a count of lists per entry. The scores add up in the order
// of the lists, as they do in unionMerge, so both give the same floats.
func unionDense(ls []*List, coord bool, span int) *List {
	acc := getUnionAcc(span, coord)
	sum, set := acc.sum, acc.set
	for _, l := range ls {
		scores := l.Scores[:len(l.Entries)]
		for i, e := range l.Entries {
			sum[e] += scores[i]
			set[e>>6] |= 1 << (e & 63)
		}
		if coord {
			count := acc.count
			for _, e := range l.Entries {
				count[e]++
			}
		}
	}
	n := facet.PopCount(set)
	out := &List{Entries: make([]int32, n), Scores: make([]float32, n)}
	k := 0
	for w, word := range set {
		if word == 0 {
			continue
		}
		for word != 0 {
			e := w<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			score := sum[e]
			if coord {
				score *= float32(acc.count[e]) / float32(len(ls))
				acc.count[e] = 0
			}
			out.Entries[k], out.Scores[k] = int32(e), score
			sum[e] = 0
			k++
		}
		set[w] = 0
	}
	unionAccs.Put(acc) // empty again
	return out
}

// unionAcc is unionDense's arrays, left empty after each use; count is
// made the first time a union with coord needs it.
type unionAcc struct {
	sum   []float32
	count []uint16
	set   []uint64
}

var unionAccs sync.Pool

// getUnionAcc returns empty arrays over span entries, with counts if
// coord.
func getUnionAcc(span int, coord bool) *unionAcc {
	a, ok := unionAccs.Get().(*unionAcc)
	if !ok || cap(a.sum) < span {
		a = &unionAcc{sum: make([]float32, span), set: make([]uint64, span/64+1)}
	}
	a.sum, a.set = a.sum[:span], a.set[:span/64+1]
	if coord {
		if cap(a.count) < span {
			a.count = make([]uint16, cap(a.sum))
		}
		a.count = a.count[:span]
	}
	return a
}

// boost returns l with the scores of the entries also in opt added: the
// optional clauses of a query that has required ones.
func boost(l, opt *List) *List {
	out := &List{Entries: l.Entries, Scores: slices.Clone(l.Scores)}
	p := 0
	for i, e := range l.Entries {
		p = gallop(opt.Entries, p, e)
		if p == opt.Len() {
			break
		}
		if opt.Entries[p] == e {
			out.Scores[i] += opt.Scores[p]
		}
	}
	return out
}

// Subtract returns the entries of l in none of the lists of not.
func Subtract(l *List, not []*List) *List {
	if len(not) == 0 {
		return l
	}
	out := &List{}
	pos := make([]int, len(not))
outer:
	for i, e := range l.Entries {
		for k, n := range not {
			pos[k] = gallop(n.Entries, pos[k], e)
			if pos[k] < n.Len() && n.Entries[pos[k]] == e {
				continue outer
			}
		}
		out.Entries = append(out.Entries, e)
		out.Scores = append(out.Scores, l.Scores[i])
	}
	return out
}
