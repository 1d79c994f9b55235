package query

import (
	"bytes"
	"container/heap"
	"context"
	"slices"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/score"
)

// Proximity: the words of a query that stand close together in a release,
// and above all in its title, raise its score. The bonus is BM25TP's
// (Rasolofo and Savoy, 2003): every pair of distinct query terms found at
// distance d ≤ proxWindow in a field adds the field's weight / d² to the
// pair's count, which saturates like a term frequency and is weighed by
// the rarer term's idf. It is computed on the positions the build keeps
// (phrase.go) for the proxTopK best matches only, so that it costs a few
// hundred record reads per query, once: the list is cached with the query.
// The records are read in batches, as a phrase's are (phrase_runs.go).

// proxTerm is an analysed query term with its idf.
type proxTerm struct {
	hash uint16
	idf  float64
}

// withProximity returns l with the proximity bonus added to its best
// entries (those of tier first); l itself when the query has fewer than
// two terms or the bonus is off.
func (x *Index) withProximity(ctx context.Context, c *compiler, p *Parsed, l, tier *List, key string) (*List, error) {
	r := x.ranking
	if r.ProxWeight == 0 || r.ProxTopK == 0 || l.Len() == 0 {
		return l, nil
	}
	if cached, ok := x.queries.Get(key); ok {
		return cached, nil
	}
	terms, err := x.proxTerms(ctx, c, p)
	if err != nil || len(terms) < 2 {
		return l, err
	}
	out := &List{Entries: l.Entries, Scores: slices.Clone(l.Scores)}
	q := &queryHashes{}
	for _, t := range terms {
		q.set[t.hash/64] |= 1 << (t.hash % 64)
		q.hashes = append(q.hashes, t.hash)
	}
	acc := make([]float64, len(terms)*len(terms))
	top := topEntries(l, tier, r.ProxTopK)
	var recs [recordBatch]indexer.PositionRecord
	var errs [recordBatch]error
	var entries [recordBatch]int32
	for lo := 0; lo < len(top); lo += recordBatch {
		if lo%64 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		batch := top[lo:min(lo+recordBatch, len(top))]
		for k, i := range batch {
			entries[k] = l.Entries[i]
		}
		x.readRecords(entries[:len(batch)], recs[:len(batch)], errs[:len(batch)])
		touchRecords(recs[:len(batch)], touchBytes)
		for k, i := range batch {
			if errs[k] != nil {
				return nil, errs[k]
			}
			clear(acc)
			for f := range indexer.TextFields {
				run, err := recs[k].Field(f)
				if err != nil {
					return nil, err
				}
				q.pairCounts(run, r.ProxWindow, r.Fields[f].Boost, acc)
			}
			bonus := 0.0
			for a := range terms {
				for b := a + 1; b < len(terms); b++ {
					if n := acc[a*len(terms)+b]; n > 0 {
						bonus += min(terms[a].idf, terms[b].idf) * x.params.Saturate(n)
					}
				}
			}
			out.Scores[i] += float32(r.ProxWeight * bonus)
		}
	}
	x.queries.Put(key, out)
	return out, nil
}

// queryHashes are the hashes of a query's terms, as a set for a quick
// test of each position and in order for the term's number; occs is a
// buffer.
type queryHashes struct {
	set    [1 << 10]uint64
	hashes []uint16
	occs   []occ
}

type occ struct{ pos, term int }

// pairCounts adds, for every two distinct terms at distance d ≤ window in
// run, weight/d² to acc[a*n+b] (a < b). Up to searchTerms terms, the
// positions of each are found by searching the run's bytes for its hash
// (bytes.Index, as a phrase's words are: phrase_match.go), a position
// counting for the first term of its hash, and visited in order, as the
// walk over every position that more terms take visits them, so that acc
// adds up the same numbers in the same order.
func (q *queryHashes) pairCounts(run indexer.HashRun, window int, weight float64, acc []float64) {
	n := len(q.hashes)
	occs := q.occs[:0]
	if n <= searchTerms {
		occs = q.search(run, occs)
	} else {
		occs = q.walk(run, occs)
	}
	q.occs = occs
	for i, x := range occs {
		for _, y := range occs[i+1:] {
			d := y.pos - x.pos
			if d > window {
				break
			}
			if x.term == y.term {
				continue
			}
			a, b := min(x.term, y.term), max(x.term, y.term)
			acc[a*n+b] += weight / float64(d*d)
		}
	}
}

// searchTerms is the most terms whose positions pairCounts finds by
// searching the run once for each: about 50 ns a term for a release's
// body, against 700 ns for the walk (BenchmarkPairCounts).
const searchTerms = 12

// search appends the occurrences of q's terms in run to occs, in the
// order of their positions.
func (q *queryHashes) search(run indexer.HashRun, occs []occ) []occ {
	for t, h := range q.hashes {
		if h == 0 || slices.Contains(q.hashes[:t], h) {
			continue
		}
		pattern := [2]byte{byte(h), byte(h >> 8)}
		for i := 0; ; {
			j := bytes.Index(run[i:], pattern[:])
			if j < 0 {
				break
			}
			j += i
			if j%2 != 0 {
				i = j + 1
				continue
			}
			occs = append(occs, occ{j / 2, t})
			i = j + 2
		}
	}
	slices.SortFunc(occs, func(a, b occ) int { return a.pos - b.pos })
	return occs
}

// walk appends the occurrences of q's terms in run to occs, testing
// every position.
func (q *queryHashes) walk(run indexer.HashRun, occs []occ) []occ {
	for pos := 0; pos < run.Len(); pos++ {
		h := run.At(pos)
		if h == 0 || q.set[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for t, x := range q.hashes {
			if x == h {
				occs = append(occs, occ{pos, t})
				break
			}
		}
	}
	return occs
}

// proxTerms returns the distinct analysed terms of p's positive text
// clauses with their idf.
func (x *Index) proxTerms(ctx context.Context, c *compiler, p *Parsed) ([]proxTerm, error) {
	var out []proxTerm
	seen := map[string]bool{}
	for _, grp := range p.Groups {
		for _, cl := range grp {
			if cl.Field != "" && cl.Field != indexer.FieldTitle || cl.Kind == KindPrefix || cl.Kind == KindFuzzy || cl.Kind == KindDate {
				continue
			}
			for _, t := range c.analyze(cl.Text) {
				if seen[t] {
					continue
				}
				seen[t] = true
				l, err := x.wordList(ctx, c.allFields(t))
				if err != nil {
					return nil, err
				}
				out = append(out, proxTerm{hash: indexer.TermHash([]byte(t)), idf: score.IDF(x.params.Docs, float64(l.Len()))})
			}
		}
	}
	return out, nil
}

// topEntries returns the indexes in l of its k best entries, those in
// tier before the others, ties to the first in l. Every entry of the tier
// ranks above every other, so that when the tier holds k entries of l the
// k best are among them, and the rest of l, most of a loose match, is
// passed over.
func topEntries(l, tier *List, k int) []int {
	h := &topHeap{}
	if tier != nil && tier.Len() >= k {
		pos := 0
		for _, e := range tier.Entries {
			if i := Seek(l, &pos, e); i >= 0 {
				h.offer(topItem{i, float64(l.Scores[i]) + score.TierGap}, k)
			}
		}
		if h.Len() < k { // the tier is not all in l: rank all of l
			h.items = h.items[:0]
		}
	}
	if h.Len() == 0 {
		pos := 0
		for i, e := range l.Entries {
			s := float64(l.Scores[i])
			if InTier(tier, &pos, e) {
				s += score.TierGap
			}
			h.offer(topItem{i, s}, k)
		}
	}
	out := make([]int, h.Len())
	for n, it := range h.items {
		out[n] = it.i
	}
	return out
}

// offer keeps it among the k best items; items come in the order of
// their indexes, so that an item scoring as the worst kept does not
// replace it.
func (h *topHeap) offer(it topItem, k int) {
	switch {
	case h.Len() < k:
		heap.Push(h, it)
	case it.score > h.items[0].score:
		h.items[0] = it
		heap.Fix(h, 0)
	}
}

type topItem struct {
	i     int
	score float64
}

// topHeap is a min-heap on score, then on the index, the later first:
// its root is the worst kept, the same one whatever came before.
type topHeap struct{ items []topItem }

func (h *topHeap) Len() int { return len(h.items) }
func (h *topHeap) Less(i, j int) bool {
	a, b := h.items[i], h.items[j]
	return a.score < b.score || a.score == b.score && a.i > b.i
}
func (h *topHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *topHeap) Push(x any)    { h.items = append(h.items, x.(topItem)) }
func (h *topHeap) Pop() any {
	it := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return it
}
