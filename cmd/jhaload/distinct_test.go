package main

import (
	"errors"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

func distinctWorkload(t *testing.T, docs int) *workload {
	t.Helper()
	g, err := corpus.New(1)
	if err != nil {
		t.Fatal(err)
	}
	return newDistinctWorkload(g, docs)
}

// TestDistinctNeverRepeatsAcrossClients draws as eight clients do, at the
// same time and from one set of asked questions: no question comes twice,
// whatever its page, and each belongs to the pool it was drawn for.
func TestDistinctNeverRepeatsAcrossClients(t *testing.T) {
	w := distinctWorkload(t, 2000)
	seen := newAsked()
	const clients, each = 8, 2500
	keys := make([][]string, clients)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(7, uint64(c)))
			pool := poolMeasured
			if c%2 == 1 {
				pool = poolWarmUp
			}
			for range each {
				_, v, err := w.request(r, seen, pool)
				if err != nil {
					t.Error(err)
					return
				}
				k := questionKey(v)
				if poolOf(k) != pool {
					t.Errorf("client %d drew %q of pool %d, want pool %d", c, k, poolOf(k), pool)
					return
				}
				keys[c] = append(keys[c], k)
			}
		})
	}
	wg.Wait()
	all := map[string]int{}
	for c, ks := range keys {
		for _, k := range ks {
			if prev, ok := all[k]; ok {
				t.Fatalf("question %q drawn by client %d and again by client %d", k, prev, c)
			}
			all[k] = c
		}
	}
	if len(all) != clients*each || seen.len() != clients*each {
		t.Errorf("%d distinct questions, %d recorded, want %d", len(all), seen.len(), clients*each)
	}
}

// TestDistinctLongRunKeepsItsShares draws as a long run at 100,000
// documents does (some minutes at a thousand requests a second): every
// question new, none used up, and the kinds in their shares.
func TestDistinctLongRunKeepsItsShares(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 5,000 documents")
	}
	w := distinctWorkload(t, 100000)
	seen := newAsked()
	r := rand.New(rand.NewPCG(1, 1))
	const n = 60000
	counts := make([]int, len(w.classes))
	pages := map[string]int{}
	allowed := map[string]bool{"q": true, "agency": true, "tag": true, "language": true, "from": true, "to": true, "sort": true, "page": true, "size": true}
	for i := range n {
		class, v, err := w.request(r, seen, poolMeasured)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		counts[class]++
		pages[v.Get("page")]++
		checkParams(t, v, allowed)
	}
	if seen.len() != n {
		t.Errorf("%d distinct questions in %d requests", seen.len(), n)
	}
	for i, c := range w.classes {
		share := float64(counts[i]) / n * 100
		if want := float64(c.weight*100) / float64(w.total); share < want-1 || share > want+1 {
			t.Errorf("kind %s has %.1f%% of the requests, want %.0f%%", c.name, share, want)
		}
	}
	if p1 := float64(pages[""]) / n; p1 < 0.68 || p1 > 0.72 {
		t.Errorf("page 1 is %.2f of the requests, want 0.70", p1)
	}
	if p3 := float64(pages["3"]) / n; p3 < 0.09 || p3 > 0.11 {
		t.Errorf("page 3 is %.2f of the requests, want 0.10", p3)
	}
}

// TestDistinctUsedUpEnds: on an archive of three documents the single
// words run out at once; a draw then ends with an error after maxDraws
// tries instead of looping for ever, and the other kinds go on.
func TestDistinctUsedUpEnds(t *testing.T) {
	w := distinctWorkload(t, 3)
	seen := newAsked()
	r := rand.New(rand.NewPCG(3, 3))
	usedUpKinds := map[string]bool{}
	served := 0
	for range 20000 {
		class, _, err := w.request(r, seen, poolMeasured)
		switch {
		case errors.Is(err, errUsedUp):
			usedUpKinds[w.classes[class].name] = true
		case err != nil:
			t.Fatal(err)
		default:
			served++
		}
	}
	if !usedUpKinds["word"] {
		t.Errorf("the single words of three documents were never used up: %v", usedUpKinds)
	}
	if served == 0 || served != seen.len() {
		t.Errorf("%d questions served, %d recorded", served, seen.len())
	}
}

// TestDistinctQuestionsMatchTheArchive checks every drawn question
// against the archive it was cut from, with the engine's semantics in
// miniature: every word in the text (title, summary, body), a phrase as
// consecutive words of one sentence, the filters equal, the date inside
// the range. Each must match at least one document.
func TestDistinctQuestionsMatchTheArchive(t *testing.T) {
	const docs = 300
	w := distinctWorkload(t, docs)
	type doc struct {
		words     map[string]bool
		text      string // sentences' words, space-separated, sentences apart by "|"
		agency    string
		tags      []string
		language  string
		published string
	}
	all := make([]doc, docs)
	for i := range docs {
		d := w.gen.Document(i)
		var sentences []string
		words := map[string]bool{}
		for _, part := range []string{d.Title + ".", d.Summary, d.Body} {
			for _, s := range splitSentences("x " + part) {
				sentences = append(sentences, strings.Join(s, " "))
				for _, x := range s {
					words[x] = true
				}
			}
		}
		all[i] = doc{words, "|" + strings.Join(sentences, "|") + "|", d.Agency, d.Tags, d.Language, d.Published}
	}
	matches := func(v url.Values, d doc) bool {
		q := v.Get("q")
		if strings.HasPrefix(q, `"`) {
			p := strings.Trim(q, `"`)
			if !strings.Contains(d.text, "|"+p+" ") && !strings.Contains(d.text, " "+p+" ") &&
				!strings.Contains(d.text, " "+p+"|") && !strings.Contains(d.text, "|"+p+"|") {
				return false
			}
		} else {
			for _, x := range strings.Fields(q) {
				if !d.words[x] {
					return false
				}
			}
		}
		if a := v.Get("agency"); a != "" && a != d.agency {
			return false
		}
		if tag := v.Get("tag"); tag != "" && !slices.Contains(d.tags, tag) {
			return false
		}
		if l := v.Get("language"); l != "" && l != d.language {
			return false
		}
		if from, to := v.Get("from"), v.Get("to"); from != "" && (d.published < from || d.published > to) {
			return false
		}
		return true
	}
	r := rand.New(rand.NewPCG(5, 5))
	seen := newAsked()
	kinds := map[int]int{}
	for range 3000 {
		class, v, err := w.request(r, seen, poolMeasured)
		if errors.Is(err, errUsedUp) {
			continue // 300 documents hold few words; the test above covers it
		}
		if err != nil {
			t.Fatal(err)
		}
		kinds[class]++
		if !slices.ContainsFunc(all, func(d doc) bool { return matches(v, d) }) {
			t.Errorf("%s question %v matches no document of the archive", w.classes[class].name, v)
		}
	}
	if len(kinds) != len(w.classes) {
		t.Errorf("kinds drawn: %v, want all %d", kinds, len(w.classes))
	}
}

func TestQuestionKeyIgnoresPageAndWordOrder(t *testing.T) {
	a := url.Values{"q": {"border police"}, "page": {"2"}, "size": {"10"}}
	b := url.Values{"q": {"police  border"}, "size": {"10"}}
	if questionKey(a) != questionKey(b) {
		t.Errorf("keys differ: %q and %q", questionKey(a), questionKey(b))
	}
	p1 := url.Values{"q": {`"border police"`}}
	p2 := url.Values{"q": {`"police border"`}}
	if questionKey(p1) == questionKey(p2) {
		t.Errorf("two phrases in other orders have one key %q", questionKey(p1))
	}
	if questionKey(a) == questionKey(url.Values{"q": {"border police"}, "agency": {"Europol"}}) {
		t.Error("a filter does not change the key")
	}
}

func TestAskedReset(t *testing.T) {
	a := newAsked()
	if !a.add("q=border") || a.add("q=border") {
		t.Fatal("add does not tell a new question from an asked one")
	}
	a.reset()
	if !a.add("q=border") {
		t.Error("after reset the question is still asked")
	}
	if a.len() != 2 {
		t.Errorf("len = %d after two adds around a reset, want 2", a.len())
	}
}

// TestUsedUpKindIsSkippedUntilReset: once a kind's questions ran out, its
// draws give up at once (no draw is spent on it and nothing is recorded)
// until the set of asked questions is emptied, as at a generation switch.
func TestUsedUpKindIsSkippedUntilReset(t *testing.T) {
	w := distinctWorkload(t, 3)
	word := slices.IndexFunc(w.classes, func(c queryClass) bool { return c.name == "word" })
	only, err := w.onlyKind("word")
	if err != nil {
		t.Fatal(err)
	}
	seen := newAsked()
	r := rand.New(rand.NewPCG(4, 4))
	for range 10000 {
		if _, _, err := only.request(r, seen, poolMeasured); errors.Is(err, errUsedUp) {
			break
		}
	}
	if !seen.usedUp(word) {
		t.Fatal("the single words of three documents never ran out")
	}
	n := seen.len()
	if _, _, err := only.request(r, seen, poolMeasured); !errors.Is(err, errUsedUp) || seen.len() != n {
		t.Errorf("a draw of a used-up kind: %v, %d questions recorded (was %d)", err, seen.len(), n)
	}
	if !seen.allUsedUp(len(only.classes)) || seen.allUsedUp(len(w.classes)) {
		t.Errorf("allUsedUp: %v for the one kind asked, %v for all %d kinds", seen.allUsedUp(len(only.classes)),
			seen.allUsedUp(len(w.classes)), len(w.classes))
	}
	seen.reset()
	if seen.usedUp(word) || seen.allUsedUp(len(only.classes)) {
		t.Error("reset left the kind used up")
	}
	if _, _, err := only.request(r, seen, poolMeasured); err != nil {
		t.Errorf("after reset: %v", err)
	}
}
