package highlight

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
	"sort"
)

// window returns where the densest cluster of probe occurrences starts.
// The lower-cased text and the occurrences live in buffers of h, reused
// for every hit of a page: they were a sixth of a loaded server's
// allocations.
func (h *Highlighter) window(text []byte) int {
	h.lower = asciiLower(h.lower[:0], text)
	lower := h.lower
	probes := h.probeBytes()
	if len(probes) == 1 {
		// Every window holds one probe at most: the first is the densest.
		return max(0, bytes.Index(lower, probes[0]))
	}
	hits := h.hits[:0]
	defer func() { h.hits = hits[:0] }()
	for i, p := range probes {
		for off := 0; len(hits) < 512; {
			j := bytes.Index(lower[off:], p)
			if j < 0 {
				break
			}
			hits = append(hits, probeHit{at: off + j, probe: i})
			off += j + len(p)
		}
	}
	if len(hits) == 0 {
		return 0
	}
	slices.SortFunc(hits, func(a, b probeHit) int { return cmp.Compare(a.at, b.at) })
	best, bestScore := hits[0].at, 0
	for i, m := range hits {
		seen := map[int]bool{}
		for _, n := range hits[i:] {
			if n.at > m.at+SnippetLen {
				break
			}
			seen[n.probe] = true
		}
		if len(seen) > bestScore {
			best, bestScore = m.at, len(seen)
		}
	}
	return best
}

type probeHit struct{ at, probe int }

// probeBytes returns probes as bytes, worked out once per highlighter:
// its terms are set before its first snippet.
func (h *Highlighter) probeBytes() [][]byte {
	if h.probeList == nil {
		h.probeList = [][]byte{}
		for _, p := range h.probes() {
			h.probeList = append(h.probeList, []byte(p))
		}
	}
	return h.probeList
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
