// Package group decides which documents of a build are one release: the
// joint releases that several agencies post with near-identical text, and
// the language versions of a release (linked by the documents or by their
// addresses). It reads documents and returns, for each, its group, the
// agencies it stands for, whether it represents its group in searches,
// and its translation group. It knows nothing of the index, its files or
// Bleve: the indexer writes what it decides.
package group

import "sort"

// Joint releases: several agencies post the same release, with near-identical
// title and text, on the same or a close date. Each document gets a MinHash
// sketch of its word trigrams; documents that share a band of the sketch are
// candidates (locality-sensitive hashing), and a candidate pair is joined
// when the sketches agree enough, the agencies differ, the language is the
// same and the dates are at most maxGroupDays apart.
const (
	sketchSize   = 32
	bandRows     = 4
	minAgreement = 23 // of sketchSize: an estimated Jaccard of 0.72
	maxGroupDays = 3
	// maxBucket bounds the pairs compared in one band bucket, so that a
	// corpus of boilerplate cannot make grouping quadratic.
	maxBucket = 64
	// sketchWords bounds the words read per document.
	sketchWords = 2000
)

// joinable says whether two documents are the same release of two agencies.
func joinable(a, b *Signature) bool {
	if a.agency == b.agency || a.language != b.language {
		return false
	}
	if d := a.day - b.day; d > maxGroupDays || d < -maxGroupDays {
		return false
	}
	agree := 0
	for k := range a.sketch {
		if a.sketch[k] == b.sketch[k] {
			agree++
		}
	}
	return agree >= minAgreement
}

// groupJoint returns, for every live document, the index of the root of its
// group (itself when it stands alone).
func groupJoint(sigs []Signature, live []bool) []int {
	parent := make([]int, len(sigs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for band := 0; band < sketchSize/bandRows; band++ {
		buckets := make(map[uint64][]int)
		for i := range sigs {
			if !live[i] {
				continue
			}
			k := uint64(band)
			for _, v := range sigs[i].sketch[band*bandRows : (band+1)*bandRows] {
				k = mix(k ^ v)
			}
			if b := buckets[k]; len(b) < maxBucket {
				buckets[k] = append(b, i)
			}
		}
		for _, b := range buckets {
			for x := 0; x < len(b); x++ {
				for y := x + 1; y < len(b); y++ {
					if joinable(&sigs[b[x]], &sigs[b[y]]) {
						parent[find(b[x])] = find(b[y])
					}
				}
			}
		}
	}
	roots := make([]int, len(sigs))
	for i := range sigs {
		roots[i] = find(i)
	}
	return roots
}

// Info is the outcome of grouping for one document.
type Info struct {
	// Group names the joint release the document belongs to, "" when it
	// stands alone.
	Group string
	// Agencies are the agencies of the group, the document's own first.
	Agencies []string
	// Searchable is true for the one member that represents its group in
	// searches (every document that stands alone).
	Searchable bool
	// Translation names the document's translation group ("" for a release
	// in one language); Original marks the group's original version.
	Translation string
	Original    bool
}

// Decide groups the documents of a build, given their signatures in build
// order; live[i] is false for a document that a later one with the same id
// replaces, which belongs to no group and gets a zero Info.
func Decide(sigs []Signature, live []bool) []Info {
	groups := describeGroups(sigs, live, groupJoint(sigs, live))
	names, original := translationGroups(sigs, live)
	for i := range groups {
		groups[i].Translation, groups[i].Original = names[i], original[i]
	}
	return groups
}

// Count is the number of joint releases among infos.
func Count(infos []Info) int {
	seen := map[string]bool{}
	for _, g := range infos {
		if g.Group != "" {
			seen[g.Group] = true
		}
	}
	return len(seen)
}

// describeGroups names each group after its smallest member id (stable
// across builds), picks the member that represents it in searches (the
// earliest, then the longest, then the smallest id) and lists its agencies.
func describeGroups(sigs []Signature, live []bool, roots []int) []Info {
	members := make(map[int][]int)
	for i, r := range roots {
		if live[i] {
			members[r] = append(members[r], i)
		}
	}
	info := make([]Info, len(sigs))
	for _, m := range members {
		if len(m) == 1 {
			i := m[0]
			info[i] = Info{Agencies: []string{sigs[i].agency}, Searchable: true}
			continue
		}
		best, name := m[0], sigs[m[0]].id
		set := make(map[string]bool)
		for _, i := range m {
			s, b := &sigs[i], &sigs[best]
			if s.day < b.day || s.day == b.day && (s.bodyLen > b.bodyLen || s.bodyLen == b.bodyLen && s.id < b.id) {
				best = i
			}
			name = min(name, s.id)
			set[s.agency] = true
		}
		for _, i := range m {
			info[i] = Info{Group: "g-" + name, Agencies: ownFirst(sigs[i].agency, set), Searchable: i == best}
		}
	}
	return info
}

// ownFirst lists the agencies of set, own first, the others sorted.
func ownFirst(own string, set map[string]bool) []string {
	out := []string{own}
	var rest []string
	for a := range set {
		if a != own {
			rest = append(rest, a)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}
