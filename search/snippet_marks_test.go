package search

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/search/highlight"
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
	an := tokenizer{g.q.Analyzer()}
	r := rand.New(rand.NewPCG(7, 9))
	matched := 0
	for round := range 400 {
		text := texts[r.IntN(len(texts))]
		words := strings.Fields(text)
		in := highlight.Input{Analyzer: an, Terms: map[string][]string{}}
		for range 1 + r.IntN(3) {
			w := words[r.IntN(len(words))]
			switch r.IntN(4) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w += "s"
			}
			if r.IntN(5) == 0 && len([]rune(w)) > 3 {
				in.Prefixes = append(in.Prefixes, strings.ToLower(string([]rune(w)[:3])))
				continue
			}
			for _, tok := range an.Tokens(w) {
				in.Terms[""] = append(in.Terms[""], tok.Term)
			}
		}
		h := highlight.New(in)
		start := r.IntN(len(text))
		piece := text[highlight.WordStart(text, start):highlight.WordEnd(text, min(len(text), start+highlight.SnippetLen))]
		want, got := matchingSpans(an, h, piece), markSpans(h.Marks(piece))
		if len(want) > 0 {
			matched++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d, terms %v, prefixes %v, piece %q: marks mismatch (-want +got):\n%s",
				round, in.Terms[""], in.Prefixes, piece, diff)
		}
		// Again, from the words analysed the first time, after another
		// piece of the same text: a page's hits share one highlighter.
		other := text[highlight.WordStart(text, len(text)/2):]
		if diff := cmp.Diff(matchingSpans(an, h, other), markSpans(h.Marks(other))); diff != "" {
			t.Fatalf("round %d, piece %q after %q: marks mismatch (-want +got):\n%s", round, other, piece, diff)
		}
		if diff := cmp.Diff(want, markSpans(h.Marks(piece))); diff != "" {
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

// matchingSpans analyses the whole of text and keeps the tokens that h
// matches: what marks must find.
func matchingSpans(an highlight.Analyzer, h *highlight.Highlighter, text string) []span {
	var out []span
	for _, t := range an.Tokens(text) {
		if h.Matches(t.Term) {
			out = append(out, span{t.Start, t.End, t.Term})
		}
	}
	return out
}

func markSpans(ms []highlight.Mark) []span {
	var out []span
	for _, m := range ms {
		out = append(out, span(m))
	}
	return out
}
