package query

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestTopEntriesAgreesWithASort: topEntries keeps the k best entries by
// score (the tier's first), ties to the first in the list, whether it
// ranks the tier alone (a tier of k entries or more) or the whole list,
// on random lists with many tied scores.
func TestTopEntriesAgreesWithASort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 3000 {
		l := &List{}
		var tier *List
		if r.IntN(4) > 0 {
			tier = &List{}
		}
		for e := range int32(r.IntN(300)) {
			if r.IntN(3) == 0 {
				continue
			}
			l.Entries = append(l.Entries, e)
			l.Scores = append(l.Scores, float32(r.IntN(6))) // many ties
			if tier != nil && r.IntN(2) == 0 {
				tier.Entries = append(tier.Entries, e)
				tier.Scores = append(tier.Scores, 0)
			}
		}
		if tier != nil && r.IntN(5) == 0 { // an entry of the tier not in l
			tier.Entries = append(tier.Entries, 1000)
			tier.Scores = append(tier.Scores, 0)
		}
		k := 1 + r.IntN(60)
		// The reference: every index of l by tier, then score, then index.
		inTier := func(e int32) bool {
			if tier == nil {
				return false
			}
			_, ok := slices.BinarySearch(tier.Entries, e)
			return ok
		}
		want := make([]int, l.Len())
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int {
			ta, tb := inTier(l.Entries[a]), inTier(l.Entries[b])
			switch {
			case ta != tb && ta:
				return -1
			case ta != tb:
				return 1
			case l.Scores[a] > l.Scores[b]:
				return -1
			case l.Scores[a] < l.Scores[b]:
				return 1
			}
			return 0
		})
		want = want[:min(k, len(want))]
		slices.Sort(want)
		got := topEntries(l, tier, k)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, k %d, %d entries, tier %v: got %v, want %v", round, k, l.Len(), tier != nil, got, want)
		}
	}
}
