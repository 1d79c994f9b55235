package search

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch/search/highlight"
	"github.com/jhasearch/jhasearch/search/query"
)

// suggestBelow: an answer with fewer hits than this gets a did-you-mean.
const suggestBelow = 3

// vocabulary is the words of the generation's titles. Titles are short, edited, and spell the archive's vocabulary well
// enough for corrections and completions, and reading them from the table
// costs no index access. Built on first use.
type vocabulary struct {
	words  []string // sorted
	counts map[string]int
	titles []string // lower-cased titles, sorted
	orig   map[string]string
	// byFirst lists the words by their first letter.
	byFirst map[rune][]string
}

func (g *generation) vocabulary() *vocabulary {
	g.vocabOnce.Do(func() {
		v := &vocabulary{counts: map[string]int{}, orig: map[string]string{}}
		for _, e := range g.table.Entries {
			if !e.Searchable {
				continue
			}
			for _, w := range words(e.Title) {
				v.counts[w]++
			}
			lt := strings.ToLower(e.Title)
			if _, ok := v.orig[lt]; !ok {
				v.orig[lt] = e.Title
				v.titles = append(v.titles, lt)
			}
		}
		for w := range v.counts {
			v.words = append(v.words, w)
		}
		sort.Strings(v.words)
		v.byFirst = map[rune][]string{}
		for _, w := range v.words {
			r, _ := utf8.DecodeRuneInString(w)
			v.byFirst[r] = append(v.byFirst[r], w)
		}
		sort.Strings(v.titles)
		g.vocab = v
	})
	return g.vocab
}

// words splits text into lower-cased words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

func lower(s string) string { return strings.ToLower(s) }

// didYouMean rewrites the query's plain words that the vocabulary lacks
// into the most frequent word within two edits; "" when nothing changes.
func (g *generation) didYouMean(p *query.Parsed) string {
	v := g.vocabulary()
	var out []string
	changed := false
	for _, grp := range p.Groups {
		for _, cl := range grp {
			if cl.Field != "" || cl.Kind != query.KindWord {
				out = append(out, cl.Text)
				continue
			}
			w := lower(cl.Text)
			if best := v.correct(w); best != "" && best != w {
				out = append(out, best)
				changed = true
			} else {
				out = append(out, cl.Text)
			}
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(out, " ")
}

// correct returns w when known, else the most frequent word within the
// edit distance allowed for its length, else "".
func (v *vocabulary) correct(w string) string {
	if v.counts[w] > 0 || len(w) < 3 {
		return w
	}
	limit := 1
	if len([]rune(w)) > 5 {
		limit = 2
	}
	best, bestCount, bestDist := "", 0, limit+1
	// Only words with the same first letter: few misspellings change it,
	// and the scan stays short.
	first, _ := utf8.DecodeRuneInString(w)
	for _, c := range v.byFirst[first] {
		d := highlight.EditDistance(w, c, limit)
		if d > limit {
			continue
		}
		if d < bestDist || d == bestDist && v.counts[c] > bestCount {
			best, bestCount, bestDist = c, v.counts[c], d
		}
	}
	return best
}

// Suggest completes prefix: titles that start with it first, then the
// prefix with its last word completed from the vocabulary, most frequent
// first.
func (e *Engine) Suggest(ctx context.Context, prefix string, n int) ([]string, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	prefix = strings.TrimLeft(prefix, " ")
	if prefix == "" || n <= 0 {
		return []string{}, nil
	}
	v := g.vocabulary()
	lp := lower(prefix)
	out := []string{}
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[lower(s)] && len(out) < n {
			seen[lower(s)] = true
			out = append(out, s)
		}
	}
	for i := sort.SearchStrings(v.titles, lp); i < len(v.titles) && strings.HasPrefix(v.titles[i], lp) && len(out) < n; i++ {
		add(v.orig[v.titles[i]])
	}
	head, last := "", lp
	if i := strings.LastIndexFunc(lp, unicode.IsSpace); i >= 0 {
		head, last = lp[:i+1], lp[i+1:]
	}
	for _, w := range v.completions(last, n) {
		add(head + w)
	}
	return out, nil
}

// completions returns up to n vocabulary words starting with p, most
// frequent first.
func (v *vocabulary) completions(p string, n int) []string {
	if p == "" {
		return nil
	}
	var c []string
	for i := sort.SearchStrings(v.words, p); i < len(v.words) && strings.HasPrefix(v.words[i], p); i++ {
		c = append(c, v.words[i])
	}
	sort.SliceStable(c, func(a, b int) bool { return v.counts[c[a]] > v.counts[c[b]] })
	if len(c) > n {
		c = c[:n]
	}
	return c
}
