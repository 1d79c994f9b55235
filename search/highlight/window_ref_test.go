package highlight

import (
	"bytes"
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// refWindow is window as it was before issue 19: every probe of the list
// searched for one by one, the densest window found by counting, for
// every occurrence, the probes of the occurrences after it. It returns
// the occurrences weighed too.
func refWindow(h *Highlighter, text []byte) (int, int) {
	lower := bytes.ToLower(text)
	if !bytes.Equal(bytes.ToValidUTF8(text, nil), text) || len(lower) != len(text) {
		lower = asciiLower(nil, text)
	}
	probes := h.probes()
	if len(probes) == 1 {
		return max(0, bytes.Index(lower, []byte(probes[0]))), 1
	}
	var hits []probeHit
	for i, p := range probes {
		for off := 0; len(hits) < 512; {
			j := bytes.Index(lower[off:], []byte(p))
			if j < 0 {
				break
			}
			hits = append(hits, probeHit{at: off + j, probe: i})
			off += j + len(p)
		}
	}
	if len(hits) == 0 {
		return 0, 0
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
	return best, len(hits)
}

// TestWindowIsTheReferences compares window with refWindow on random
// texts of few letters, where probes overlap themselves and one another,
// repeat from language to language and occur more often than window
// counts.
func TestWindowIsTheReferences(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 1))
	word := func(letters string, n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(letters[r.IntN(len(letters))])
		}
		return b.String()
	}
	capped, moved := 0, 0
	for round := range 2000 {
		letters := []string{"ab", "abc", "abcd", "aAbB", "abcdefghij"}[round%5]
		in := Input{Terms: map[string][]string{}}
		for _, code := range []string{"", "de", "fr"}[:1+r.IntN(3)] {
			for range 1 + r.IntN(3) {
				in.Terms[code] = append(in.Terms[code], strings.ToLower(word(letters, 1+r.IntN(6))))
			}
		}
		if r.IntN(4) == 0 {
			in.Prefixes = append(in.Prefixes, strings.ToLower(word(letters, 1+r.IntN(3))))
		}
		if r.IntN(6) == 0 {
			in.Fuzzy = append(in.Fuzzy, Fuzzy{Term: strings.ToLower(word(letters, 3+r.IntN(5))), Dist: 1 + r.IntN(2)})
		}
		h := New(in)
		for range 3 {
			var text strings.Builder
			for n := r.IntN(6000); text.Len() < n; {
				text.WriteString(word(letters+"  ", 1+r.IntN(8)))
			}
			want, weighed := refWindow(h, []byte(text.String()))
			if got := h.window([]byte(text.String())); got != want {
				t.Fatalf("probes %q, text %q: window at %d, want %d", h.probes(), text.String(), got, want)
			}
			if weighed == 512 {
				capped++
			}
			if want > 0 {
				moved++
			}
		}
	}
	if capped < 200 || moved < 3000 {
		t.Errorf("the draws reached the limit of occurrences %d times and moved the window %d times: too few to test", capped, moved)
	}
	t.Logf("%d texts at the limit of occurrences, %d windows past the start", capped, moved)
}
