package search

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/search/reader"
)

// TestMarksAgreeWithAnalysingEverything checks the shortcut of marks
// (analyse only the words holding a probe) against analysing the whole
// piece, on generated releases, hand-written awkward text and queries of
// words taken from them: plain, inflected, capitalised and prefixes.
func TestMarksAgreeWithAnalysingEverything(t *testing.T) {
	docs := collect(generate(3, 40, 1500))
	texts := []string{
		"Agencies' agency AGENCY agencies: the Agency’s cross-border work, policies, policy; dying ties",
		"Das État-Europa ÜBER über Schengen-Raum — l'Union\u00a0européenne, smuggling smugglers smuggled",
		"<script>alert(1)</script> trafficking-related; re-entry & ex-officio cooperation.",
	}
	for _, d := range docs {
		texts = append(texts, d.Title+"\n"+d.Body)
	}
	a, _ := openFixture(t, fixtureDocs())
	g, release, err := a.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	an := g.analyzer()
	r := rand.New(rand.NewPCG(7, 9))
	matched := 0
	for round := range 400 {
		text := texts[r.IntN(len(texts))]
		words := strings.Fields(text)
		h := &highlighter{analyzer: an, terms: map[string]bool{}}
		for range 1 + r.IntN(3) {
			w := words[r.IntN(len(words))]
			switch r.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w += "s"
			}
			if r.IntN(5) == 0 && len([]rune(w)) > 3 {
				h.prefixes = append(h.prefixes, strings.ToLower(string([]rune(w)[:3])))
				continue
			}
			for _, tok := range an.Analyze([]byte(w)) {
				h.terms[string(tok.Term)] = true
			}
		}
		start := r.IntN(len(text))
		piece := text[wordStart(text, start):wordEnd(text, min(len(text), start+snippetLen))]
		want, got := spans(h.matching(piece, 0)), markSpans(h.marks(piece))
		if len(want) > 0 {
			matched++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d, terms %v, prefixes %v, piece %q: marks mismatch (-want +got):\n%s",
				round, h.terms, h.prefixes, piece, diff)
		}
		// Again, from the words analysed the first time, after another
		// piece of the same text: a page's hits share one highlighter.
		other := text[wordStart(text, len(text)/2):]
		if diff := cmp.Diff(spans(h.matching(other, 0)), markSpans(h.marks(other))); diff != "" {
			t.Fatalf("round %d, piece %q after %q: marks mismatch (-want +got):\n%s", round, other, piece, diff)
		}
		if diff := cmp.Diff(want, markSpans(h.marks(piece))); diff != "" {
			t.Fatalf("round %d, piece %q asked again: marks mismatch (-want +got):\n%s", round, piece, diff)
		}
	}
	if matched < 100 {
		t.Errorf("only %d of 400 pieces had a match: the test checks too little", matched)
	}
}

type span struct {
	Start, End int
	Term       string
}

func spans(toks []reader.Token) []span {
	var out []span
	for _, t := range toks {
		out = append(out, span{t.Start, t.End, string(t.Term)})
	}
	return out
}

func markSpans(ms []mark) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span(m))
	}
	return out
}
