package search

import (
	"bytes"
	"cmp"
	"slices"
	"sort"
)

// window returns where the densest cluster of probe occurrences starts.
// The lower-cased text and the occurrences live in buffers of h, reused
// for every hit of a page: they were a sixth of a loaded server's
// allocations.
func (h *highlighter) window(text string) int {
	h.lower = asciiLower(h.lower[:0], text)
	lower := h.lower
	hits := h.hits[:0]
	defer func() { h.hits = hits[:0] }()
	for i, p := range h.probeBytes() {
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
			if n.at > m.at+snippetLen {
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
func (h *highlighter) probeBytes() [][]byte {
	if h.probeList == nil {
		h.probeList = [][]byte{}
		for _, p := range h.probes() {
			h.probeList = append(h.probeList, []byte(p))
		}
	}
	return h.probeList
}

// probes are the substrings that locate matches in raw text.
func (h *highlighter) probes() []string {
	var out []string
	for t := range h.terms {
		out = append(out, t)
	}
	out = append(out, h.prefixes...)
	for _, f := range h.fuzzy {
		if r := []rune(f.term); len(r) > f.dist+2 {
			out = append(out, string(r[:len(r)-f.dist]))
		}
	}
	sort.Strings(out)
	return out
}

// asciiLower appends s to b with ASCII letters lower-cased only, so that
// byte offsets stay those of s.
func asciiLower(b []byte, s string) []byte {
	n := len(b)
	b = append(b, s...)
	for i, c := range b[n:] {
		if 'A' <= c && c <= 'Z' {
			b[n+i] = c + 'a' - 'A'
		}
	}
	return b
}
