package search

import (
	"sort"
	"strings"
)

// window returns where the densest cluster of probe occurrences starts.
func (h *highlighter) window(text string) int {
	lower := asciiLower(text)
	var hits []probeHit
	for i, p := range h.probes() {
		for off := 0; len(hits) < 512; {
			j := strings.Index(lower[off:], p)
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
	sort.Slice(hits, func(a, b int) bool { return hits[a].at < hits[b].at })
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

// asciiLower lower-cases ASCII letters only, so byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
