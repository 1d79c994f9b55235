package facet

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestListSetsByIdentity holds the kept sets of lists to the sets of
// their entries: a list asked again, a shorter list over the same memory,
// an equal list elsewhere, and lists beyond the bound.
func TestListSetsByIdentity(t *testing.T) {
	const width = 4
	var l listSets
	lists := [][]int32{{1, 2, 3, 200}, {5, 64, 65}, {0}, {7, 8}, {9, 100, 255}}
	lists = append(lists, lists[0][:2], append([]int32(nil), lists[1]...), nil)
	for round := range 3 {
		for i, list := range lists {
			want := make([]uint64, width)
			for _, e := range list {
				want[e/64] |= 1 << (e % 64)
			}
			if diff := gocmp.Diff(want, l.of(list, width)); diff != "" {
				t.Errorf("round %d, list %d: set mismatch (-want +got):\n%s", round, i, diff)
			}
		}
		if len(l.kept) > maxListSets {
			t.Errorf("round %d: %d sets kept, at most %d", round, len(l.kept), maxListSets)
		}
	}
	a := lists[3]
	if s1, s2 := l.of(a, width), l.of(a, width); &s1[0] != &s2[0] {
		t.Error("a list asked twice in a row got two sets: its set is not kept")
	}
}
