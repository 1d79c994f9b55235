package query

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/jhasearch/jhasearch/search/facet"
)

// referenceUnion is Union as it was before unionDense left out the
// counts without coord and wrote its answer in place (unionMerge has not
// changed): the reference the faster one must match, float for float.
func referenceUnion(ls []*List, coord bool) *List {
	n, span := 0, 0
	for _, l := range ls {
		n += l.Len()
		if l.Len() > 0 {
			span = max(span, int(l.Entries[l.Len()-1])+1)
		}
	}
	if n > span/denseUnion {
		return referenceUnionDense(ls, coord, span)
	}
	return unionMerge(ls, coord, n)
}

// referenceArrays are referenceUnionDense's arrays, pooled as they were.
var referenceArrays sync.Pool

// referenceUnionDense is unionDense as it was.
func referenceUnionDense(ls []*List, coord bool, span int) *List {
	type arrays struct {
		sum   []float32
		count []uint16
		set   []uint64
	}
	a, ok := referenceArrays.Get().(*arrays)
	if !ok || cap(a.sum) < span {
		a = &arrays{sum: make([]float32, span), count: make([]uint16, span), set: make([]uint64, span/64+1)}
	}
	sum, count, set := a.sum[:span], a.count[:span], a.set[:span/64+1]
	defer referenceArrays.Put(a)
	for _, l := range ls {
		for i, e := range l.Entries {
			sum[e] += l.Scores[i]
			count[e]++
			set[e/64] |= 1 << (e % 64)
		}
	}
	n := facet.PopCount(set)
	out := &List{Entries: make([]int32, 0, n), Scores: make([]float32, 0, n)}
	for w, word := range set {
		for word != 0 {
			e := w*64 + bits.TrailingZeros64(word)
			word &= word - 1
			score := sum[e]
			if coord {
				score *= float32(count[e]) / float32(len(ls))
			}
			out.Entries = append(out.Entries, int32(e))
			out.Scores = append(out.Scores, score)
			sum[e], count[e] = 0, 0
		}
		set[w] = 0
	}
	return out
}

// scoredList returns a list of about share × span entries below span,
// with scores of any float32.
func scoredList(r *rand.Rand, span int, share float64) *List {
	l := &List{}
	for e := range int32(span) {
		if r.Float64() < share {
			l.Entries = append(l.Entries, e)
			l.Scores = append(l.Scores, float32(r.ExpFloat64()*3))
		}
	}
	return l
}

// TestUnionAsBefore: Union gives the lists, scores to the bit and
// capacities the reference gave, with and without coord, for lists dense
// and sparse, and the pooled arrays come back empty between unions of
// other spans.
func TestUnionAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for round := range 400 {
		span := 1 + r.IntN(5000)
		var ls []*List
		for range 2 + r.IntN(4) {
			ls = append(ls, scoredList(r, span, []float64{0.001, 0.03, 0.2, 0.7}[r.IntN(4)]))
		}
		realSpan := 0
		for _, l := range ls {
			if l.Len() > 0 {
				realSpan = max(realSpan, int(l.Entries[l.Len()-1])+1)
			}
		}
		for _, coord := range []bool{false, true, r.IntN(2) == 0} {
			for name, got := range map[string]*List{"union": Union(ls, coord), "dense": unionDense(ls, coord, realSpan)} {
				want := referenceUnion(ls, coord)
				if name == "dense" {
					want = referenceUnionDense(ls, coord, realSpan)
				}
				if !slices.Equal(got.Entries, want.Entries) || cap(got.Entries) != cap(want.Entries) || cap(got.Scores) != cap(want.Scores) {
					t.Fatalf("round %d, %s, coord %v: entries %v, want %v", round, name, coord, got.Entries, want.Entries)
				}
				for i := range want.Scores {
					if math.Float32bits(got.Scores[i]) != math.Float32bits(want.Scores[i]) {
						t.Fatalf("round %d, %s, coord %v: entry %d scores %g, want %g", round, name, coord, want.Entries[i], got.Scores[i], want.Scores[i])
					}
				}
			}
		}
	}
}

// BenchmarkUnion measures uniting word lists over 100,000 entries, as a
// question of several words does, with the reference for comparison.
func BenchmarkUnion(b *testing.B) {
	const span = 100_000
	r := rand.New(rand.NewPCG(1, 1))
	for _, shares := range [][]float64{{0.3, 0.05}, {0.5, 0.2, 0.02}, {0.02, 0.01}} {
		var ls []*List
		for _, s := range shares {
			ls = append(ls, scoredList(r, span, s))
		}
		for _, coord := range []bool{false, true} {
			name := fmt.Sprintf("%v/coord=%v", shares, coord)
			b.Run("new/"+name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					Union(ls, coord)
				}
			})
			b.Run("reference/"+name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					referenceUnion(ls, coord)
				}
			})
		}
	}
}
