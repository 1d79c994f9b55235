package query

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// randomList returns a list of up to n entries below limit, each scored
// with its entry number divided by limit plus seed.
func randomList(r *rand.Rand, n, limit int, seed float32) *List {
	set := map[int32]bool{}
	for range r.IntN(n + 1) {
		set[int32(r.IntN(limit))] = true
	}
	l := &List{}
	for e := range set {
		l.Entries = append(l.Entries, e)
	}
	slices.Sort(l.Entries)
	for _, e := range l.Entries {
		l.Scores = append(l.Scores, float32(e)/float32(limit)+seed)
	}
	return l
}

// reference computes what the list operations must return, by counting.
func reference(ls []*List) (sum map[int32]float32, count map[int32]int) {
	sum, count = map[int32]float32{}, map[int32]int{}
	for _, l := range ls {
		for i, e := range l.Entries {
			sum[e] += l.Scores[i]
			count[e]++
		}
	}
	return sum, count
}

func toList(keep func(e int32) (float32, bool), limit int) *List {
	l := &List{}
	for e := range int32(limit) {
		if s, ok := keep(e); ok {
			l.Entries = append(l.Entries, e)
			l.Scores = append(l.Scores, s)
		}
	}
	return l
}

var approx = cmp.Options{cmp.AllowUnexported(List{}), cmpopts.EquateApprox(0, 1e-5), cmpopts.EquateEmpty()}

func TestListOperationsAgreeWithCounting(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		limit := 1 + r.IntN(400)
		var ls []*List
		for k := range 1 + r.IntN(4) {
			ls = append(ls, randomList(r, r.IntN(limit+1), limit, float32(k+1)))
		}
		sum, count := reference(ls)

		want := toList(func(e int32) (float32, bool) { return sum[e], count[e] == len(ls) }, limit)
		if diff := cmp.Diff(want, intersect(ls), approx); diff != "" {
			t.Fatalf("round %d: intersect mismatch (-want +got):\n%s", round, diff)
		}
		// union picks one of two ways by the lists' density: check both.
		n := 0
		for _, l := range ls {
			n += l.Len()
		}
		ways := map[string]func(ls []*List, coord bool) *List{
			"union": Union,
			"merge": func(ls []*List, coord bool) *List { return unionMerge(ls, coord, n) },
			"dense": func(ls []*List, coord bool) *List { return unionDense(ls, coord, limit) },
		}
		for name, unite := range ways {
			if len(ls) < 2 && name != "union" {
				continue
			}
			want = toList(func(e int32) (float32, bool) { return sum[e], count[e] > 0 }, limit)
			if diff := cmp.Diff(want, unite(ls, false), approx); diff != "" {
				t.Fatalf("round %d: %s mismatch (-want +got):\n%s", round, name, diff)
			}
			want = toList(func(e int32) (float32, bool) {
				return sum[e] * float32(count[e]) / float32(len(ls)), count[e] > 0
			}, limit)
			if diff := cmp.Diff(want, unite(ls, true), approx); diff != "" {
				t.Fatalf("round %d: %s with coord mismatch (-want +got):\n%s", round, name, diff)
			}
		}

		base, rest := ls[0], ls[1:]
		_, restCount := reference(rest)
		want = toList(func(e int32) (float32, bool) {
			i, ok := slices.BinarySearch(base.Entries, e)
			if !ok || restCount[e] > 0 {
				return 0, false
			}
			return base.Scores[i], true
		}, limit)
		if diff := cmp.Diff(want, Subtract(base, rest), approx); diff != "" {
			t.Fatalf("round %d: subtract mismatch (-want +got):\n%s", round, diff)
		}
		if len(rest) > 0 {
			opt := rest[0]
			want = toList(func(e int32) (float32, bool) {
				i, ok := slices.BinarySearch(base.Entries, e)
				if !ok {
					return 0, false
				}
				s := base.Scores[i]
				if j, ok := slices.BinarySearch(opt.Entries, e); ok {
					s += opt.Scores[j]
				}
				return s, true
			}, limit)
			if diff := cmp.Diff(want, boost(base, opt), approx); diff != "" {
				t.Fatalf("round %d: boost mismatch (-want +got):\n%s", round, diff)
			}
		}
	}
}

func TestGallopFindsTheFirstEntryAtOrAfter(t *testing.T) {
	entries := []int32{2, 3, 5, 8, 13, 21, 34, 55, 89}
	for from := range len(entries) + 1 {
		for e := int32(0); e < 100; e++ {
			want := from + len(slices.DeleteFunc(slices.Clone(entries[from:]), func(x int32) bool { return x >= e }))
			if got := gallop(entries, from, e); got != want {
				t.Errorf("gallop(from %d, %d) = %d, want %d", from, e, got, want)
			}
		}
	}
}
