package query

import (
	"slices"

	"github.com/jhasearch/jhasearch/indexer"
)

// A phrase of two common words ("investigation team": 62,363 documents
// hold both at 100,000 releases) cost 20 to 90 ms when every document
// holding both words was checked on its positions record. The build lists
// the documents of every two adjacent frequent terms (indexer/pairs.go),
// keyed on the hashes the runs hold, so a pair's list is exactly the
// documents whose runs the matcher would accept for those two words:
//
//   - a phrase of two words at offsets 0 and 1, both frequent, searched in
//     every text field, matches the entries of its pair's list that hold
//     both words, scored as before: no record is read;
//   - any other phrase keeps only the candidates in the list of each of
//     its indexed pairs of adjacent words (its words stand side by side
//     wherever it matches, in whichever field), and checks those on their
//     runs as before.
//
// A pair with a rarer word is not listed: the rarer word's list already
// bounds the candidates.

// phrasePairs returns the lists of p's indexed pairs of adjacent words,
// shortest first; exact is true when the phrase's matches are the
// entries of its word lists in the one list returned.
func (x *Index) phrasePairs(p phrase) (lists [][]int32, exact bool, err error) {
	if x.pairs == nil {
		return nil, false, nil
	}
	seen := map[uint32]bool{}
	for _, w := range p.words {
		for _, v := range p.words {
			if v.offset != w.offset+1 || seen[uint32(w.hash)<<16|uint32(v.hash)] {
				continue
			}
			seen[uint32(w.hash)<<16|uint32(v.hash)] = true
			l, indexed, err := x.pairs.List(w.hash, v.hash)
			if err != nil {
				return nil, false, err
			}
			if indexed {
				lists = append(lists, l)
			}
		}
	}
	slices.SortFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	exact = len(lists) == 1 && len(p.words) == 2 && p.words[0].offset == 0 && p.words[1].offset == 1 &&
		len(p.fields) == len(indexer.TextFields)
	return lists, exact, nil
}

// keepEntries returns the entries of l that are in entries (ascending),
// with their scores in l.
func keepEntries(l *List, entries []int32) *List {
	out := &List{}
	if len(entries) < l.Len() {
		at := 0
		for _, e := range entries {
			if at = gallop(l.Entries, at, e); at == l.Len() {
				break
			}
			if l.Entries[at] == e {
				out.Entries = append(out.Entries, e)
				out.Scores = append(out.Scores, l.Scores[at])
			}
		}
		return out
	}
	at := 0
	for i, e := range l.Entries {
		if at = gallop(entries, at, e); at == len(entries) {
			break
		}
		if entries[at] == e {
			out.Entries = append(out.Entries, e)
			out.Scores = append(out.Scores, l.Scores[i])
		}
	}
	return out
}
