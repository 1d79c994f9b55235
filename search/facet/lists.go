package facet

import "sync"

// A browse counts the facets over the same list every time, a
// generation's searchable entries (with or without the language versions
// that are not originals), and making its set, a bit at a time for each
// of 100,000 entries, cost more than counting a narrow selection. The
// Columns keep the sets of the few lists browsed, by the list's identity:
// the generation's lists never change.

// maxListSets bounds the lists whose sets are kept: a generation browses
// two.
const maxListSets = 4

// listSets keeps the sets of recent lists, the oldest dropped first.
type listSets struct {
	mu   sync.Mutex
	kept []listSet
}

// listSet is the set of one list. Holding the list itself keeps its
// memory from being reused by another list while its set is kept.
type listSet struct {
	list []int32
	set  []uint64
}

// of returns the set of list, width words long, made on its first call;
// the caller must not change it.
func (l *listSets) of(list []int32, width int) []uint64 {
	if len(list) == 0 {
		return make([]uint64, width)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range l.kept {
		if &k.list[0] == &list[0] && len(k.list) == len(list) {
			return k.set
		}
	}
	set := make([]uint64, width)
	addAll(set, list)
	if len(l.kept) == maxListSets {
		l.kept = append(l.kept[:0], l.kept[1:]...)
	}
	l.kept = append(l.kept, listSet{list: list, set: set})
	return set
}
