package query

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
)

// refHashes and its pairCounts are pairCounts as it was: a walk over
// every position of the run, testing its hash against the set of the
// query's.
type refHashes struct {
	set    [1 << 10]uint64
	hashes []uint16
	occs   []occ
}

func newRefHashes(hashes []uint16) *refHashes {
	q := &refHashes{hashes: hashes}
	for _, h := range hashes {
		q.set[h/64] |= 1 << (h % 64)
	}
	return q
}

func (q *refHashes) pairCounts(run indexer.HashRun, window int, weight float64, acc []float64) {
	n := len(q.hashes)
	occs := q.occs[:0]
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

// TestPairCountsAgreesWithTheWalk compares pairCounts with the walk over
// every position on random runs over hashes whose bytes overlap, with
// repeated terms, terms of one hash and stop words: the counts must be the
// same floats, added in the same order.
func TestPairCountsAgreesWithTheWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 4))
	alphabet := []uint16{0, 0x0101, 0x0102, 0x0201, 0x0202, 0x1201, 0x0112, 0x1212}
	counted := 0
	for c := 0; c < 50_000; c++ {
		run := make([]uint16, r.IntN(40))
		for i := range run {
			run[i] = alphabet[r.IntN(len(alphabet))]
		}
		hashes := make([]uint16, 1+r.IntN(2*searchTerms))
		for i := range hashes {
			hashes[i] = alphabet[r.IntN(len(alphabet))]
		}
		window, weight := 1+r.IntN(10), []float64{1, 0.7, 2.5}[r.IntN(3)]
		want := make([]float64, len(hashes)*len(hashes))
		got := slices.Clone(want)
		// Two fields into one acc, as withProximity adds them.
		ref, q := newRefHashes(hashes), &queryHashes{set: newRefHashes(hashes).set, hashes: hashes}
		for range 2 {
			hr := hashRun(run...)
			ref.pairCounts(hr, window, weight, want)
			q.pairCounts(hr, window, weight, got)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("hashes %x in run %x, window %d: counts %v, the walk %v", hashes, run, window, got, want)
		}
		if slices.ContainsFunc(want, func(v float64) bool { return v > 0 }) {
			counted++
		}
	}
	if counted < 10_000 {
		t.Errorf("only %d cases counted a pair: the test hardly checks counts", counted)
	}
}

func BenchmarkPairCounts(b *testing.B) {
	runs, _ := benchRuns()
	hash := func(rank int) uint16 { return indexer.TermHash(fmt.Appendf(nil, "w%d", rank)) }
	for _, terms := range [][]uint16{{hash(300), hash(900)}, {hash(40), hash(300), hash(2000)}, {hash(10), hash(50), hash(300), hash(900), hash(3000)}} {
		acc := make([]float64, len(terms)*len(terms))
		b.Run(fmt.Sprintf("walk/%d", len(terms)), func(b *testing.B) {
			q := newRefHashes(terms)
			for b.Loop() {
				for _, run := range runs {
					q.pairCounts(run, 10, 1, acc)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(runs)), "ns/run")
		})
		b.Run(fmt.Sprintf("search/%d", len(terms)), func(b *testing.B) {
			q := &queryHashes{set: newRefHashes(terms).set, hashes: terms}
			for b.Loop() {
				for _, run := range runs {
					q.pairCounts(run, 10, 1, acc)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(runs)), "ns/run")
		})
	}
}
