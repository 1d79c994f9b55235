package highlight

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"sort"
)

// maxProbeHits bounds the occurrences window weighs.
const maxProbeHits = 512

// page holds what the highlighters of one page share: the probes, worked
// out on the first snippet (a highlighter's terms are set before it), and
// the buffers of window, reused for every hit of the page: they were a
// sixth of a loaded server's allocations.
type page struct {
	probes *probeSet
	lower  []byte
	hits   []probeHit
	// occ are the occurrences of each distinct probe in the text; done
	// marks those looked for.
	occ   [][]int
	done  []bool
	count []int
}

// probeSet is the probes of window, sorted. The terms of the languages
// repeat one another (a word's stem is much the same in five languages),
// so the text is searched once for each distinct probe (distinct), and
// once only for a probe that another starts with (from).
type probeSet struct {
	list [][]byte
	// distinct are the probes of list without repeats, sorted; of gives
	// the distinct probe of each of list.
	distinct [][]byte
	of       []int
	// from is, for each distinct probe, an earlier distinct probe it
	// starts with that cannot overlap itself, or -1: every occurrence of
	// the longer is one of the shorter.
	from []int
}

type probeHit struct{ at, probe int }

// window returns where the densest cluster of probe occurrences starts:
// the first occurrence from which the next SnippetLen bytes hold
// occurrences of the most probes, counting a probe repeated in the list
// (the same stem in two languages) as often as it is there. A probe's
// occurrences are found left to right without overlapping one another,
// and only the first maxProbeHits occurrences count, taken probe by probe
// in the list's order.
func (h *Highlighter) window(text []byte) int {
	pg := h.page
	pg.lower = asciiLower(pg.lower[:0], text)
	lower := pg.lower
	ps := pg.probeSet(h)
	if len(ps.list) == 1 {
		// Every window holds one probe at most: the first is the densest.
		return max(0, bytes.Index(lower, ps.list[0]))
	}
	pg.occ = slices.Grow(pg.occ[:0], len(ps.distinct))[:len(ps.distinct)]
	pg.done = append(pg.done[:0], make([]bool, len(ps.distinct))...)
	hits := pg.hits[:0]
	defer func() { pg.hits = hits[:0] }()
	for i := range ps.list {
		if len(hits) >= maxProbeHits {
			break
		}
		u := ps.of[i]
		if !pg.done[u] {
			pg.occ[u] = pg.occurrences(lower, ps, u, pg.occ[u][:0])
			pg.done[u] = true
		}
		for _, at := range pg.occ[u][:min(len(pg.occ[u]), maxProbeHits-len(hits))] {
			hits = append(hits, probeHit{at: at, probe: i})
		}
	}
	if len(hits) == 0 {
		return 0
	}
	slices.SortFunc(hits, func(a, b probeHit) int { return cmp.Compare(a.at, b.at) })
	// The hits within SnippetLen of hits[i], hits[i:j], slide along.
	count := append(pg.count[:0], make([]int, len(ps.list))...)
	pg.count = count
	best, bestScore, distinct, j := hits[0].at, 0, 0, 0
	for i, m := range hits {
		for ; j < len(hits) && hits[j].at <= m.at+SnippetLen; j++ {
			if count[hits[j].probe]++; count[hits[j].probe] == 1 {
				distinct++
			}
		}
		if distinct > bestScore {
			best, bestScore = m.at, distinct
		}
		if count[hits[i].probe]--; count[hits[i].probe] == 0 {
			distinct--
		}
	}
	return best
}

// occurrences appends to out where distinct probe u is in lower, left to
// right without overlaps, maxProbeHits at most. When u starts with a
// probe that cannot overlap itself and whose occurrences were all found,
// they are the places to check.
func (pg *page) occurrences(lower []byte, ps *probeSet, u int, out []int) []int {
	p := ps.distinct[u]
	if f := ps.from[u]; f >= 0 && pg.done[f] && len(pg.occ[f]) < maxProbeHits {
		next := 0
		for _, at := range pg.occ[f] {
			if at >= next && bytes.HasPrefix(lower[at:], p) {
				out = append(out, at)
				next = at + len(p)
				if len(out) == maxProbeHits {
					break
				}
			}
		}
		return out
	}
	crowded := false
	for off := 0; len(out) < maxProbeHits; {
		j := index(lower[off:], p, &crowded)
		if j < 0 {
			break
		}
		out = append(out, off+j)
		off += j + len(p)
	}
	return out
}

// chunk is the length of text that bytes.Index compares with a probe
// byte by byte (bytealg.MaxBruteForce on amd64).
const chunk = 64

// index is bytes.Index(s, p), faster where the probe's first letter is
// frequent. bytes.Index looks for the first letter, then compares; when
// the letter is too frequent it compares at every byte of the whole rest
// of the text, which took a loaded server longer than comparing chunk
// bytes at a time. crowded says that the first letter was found too often
// in the text before: index compares chunk by chunk right away.
func index(s, p []byte, crowded *bool) int {
	n := len(p)
	if n < 2 || n > chunk/2 || len(s) <= chunk {
		return bytes.Index(s, p)
	}
	from := 0
	if !*crowded {
		c0, fails := p[0], 0
		for i := 0; ; {
			o := bytes.IndexByte(s[i:len(s)-n+1], c0)
			if o < 0 {
				return -1
			}
			i += o
			if bytes.Equal(s[i:i+n], p) {
				return i
			}
			i++
			if fails++; fails > 4 {
				*crowded = true
				from = i
				break
			}
		}
	}
	// Each chunk holds the starts of a stretch of the text, in order.
	for off := from; off+n <= len(s); off += chunk - n + 1 {
		if j := bytes.Index(s[off:min(len(s), off+chunk)], p); j >= 0 {
			return off + j
		}
	}
	return -1
}

// probeSet returns the probes of h's page, working them out once.
func (pg *page) probeSet(h *Highlighter) *probeSet {
	if pg.probes != nil {
		return pg.probes
	}
	probes := h.probes()
	ps := &probeSet{list: make([][]byte, len(probes)), of: make([]int, len(probes))}
	for i, p := range probes {
		if n := len(ps.distinct); n == 0 || string(ps.distinct[n-1]) != p {
			ps.distinct = append(ps.distinct, []byte(p))
		}
		ps.list[i] = ps.distinct[len(ps.distinct)-1]
		ps.of[i] = len(ps.distinct) - 1
	}
	ps.from = make([]int, len(ps.distinct))
	for u, p := range ps.distinct {
		ps.from[u] = -1
		for f := u - 1; f >= 0; f-- {
			if q := ps.distinct[f]; len(q) > 0 && bytes.HasPrefix(p, q) && !overlapsItself(q) {
				ps.from[u] = f
				break
			}
		}
	}
	pg.probes = ps
	return ps
}

// overlapsItself reports whether two occurrences of p can overlap: some
// proper prefix of p is also its suffix.
func overlapsItself(p []byte) bool {
	for k := 1; k < len(p); k++ {
		if bytes.Equal(p[:k], p[len(p)-k:]) {
			return true
		}
	}
	return false
}

// probes are the substrings that locate matches in raw text: the terms
// of every language, the prefixes and the fuzzy terms' first letters.
func (h *Highlighter) probes() []string {
	var out []string
	for code, terms := range h.all {
		seen := make(map[string]bool, len(terms))
		for _, t := range terms {
			if seen[t] {
				continue
			}
			seen[t] = true
			if code != "" {
				// Another language's stemmer may fold letters (German ü
				// to u): its stem's first letters find the word well
				// enough.
				t = firstRunes(t, 4)
			}
			out = append(out, t)
		}
	}
	out = append(out, h.prefixes...)
	for _, f := range h.fuzzy {
		if r := []rune(f.Term); len(r) > f.Dist+2 {
			out = append(out, string(r[:len(r)-f.Dist]))
		}
	}
	sort.Strings(out)
	return out
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// asciiLower appends s to b with ASCII letters lower-cased only, so that
// byte offsets stay those of s. It works eight bytes at a time: a body is
// lower-cased for every hit shown.
func asciiLower(b, s []byte) []byte {
	n := len(b)
	b = append(b, s...)
	out := b[n:]
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(out); i += 8 {
		w := binary.LittleEndian.Uint64(out[i:])
		// In every byte below 0x80, adding 0x80-'A' sets the high bit
		// from 'A' up, adding 0x80-'Z'-1 from past 'Z' up; no sum
		// carries into the next byte.
		low7 := w &^ highs
		upper := (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ w & highs
		binary.LittleEndian.PutUint64(out[i:], w|upper>>2) // 0x80>>2 is the case bit
	}
	for ; i < len(out); i++ {
		if c := out[i]; 'A' <= c && c <= 'Z' {
			out[i] = c + 'a' - 'A'
		}
	}
	return b
}
