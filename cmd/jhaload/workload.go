package main

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

// queryClass is one kind of request of the mixed workload. The weights are
// a guess at how the archive is used: the landing page (browse) most,
// then short queries, often narrowed by a facet.
type queryClass struct {
	name   string
	weight int
	about  string
	params func(w *workload, r *rand.Rand) url.Values
}

// workload draws requests. Pages 1, 2 and 3 are asked in proportion
// 70:20:10, always ten results a page. The cached mix (queryClasses)
// repeats its questions, so the server's answer cache answers many; the
// distinct one (distinctClasses) asks each question once in a run.
type workload struct {
	name     string // workloadDistinct or workloadCached
	gen      *corpus.Generator
	sample   *textSample // the distinct workload's source text
	classes  []queryClass
	total    int
	distinct bool
}

// The workloads, as -workload names them.
const (
	workloadDistinct = "distinct"
	workloadCached   = "cached"
)

// newWorkload makes the cached mix.
func newWorkload(g *corpus.Generator) *workload {
	return newWorkloadOf(workloadCached, g, nil, queryClasses)
}

// newDistinctWorkload makes the distinct workload over an archive of docs
// documents.
func newDistinctWorkload(g *corpus.Generator, docs int) *workload {
	w := newWorkloadOf(workloadDistinct, g, newTextSample(g, docs), distinctClasses)
	w.distinct = true
	return w
}

func newWorkloadOf(name string, g *corpus.Generator, s *textSample, classes []queryClass) *workload {
	w := &workload{name: name, gen: g, sample: s, classes: classes}
	for _, c := range w.classes {
		w.total += c.weight
	}
	return w
}

var queryClasses = []queryClass{
	{"common word", 15, "one of the 150 most frequent content words (each in about 20-65% of the documents)", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"q": {w.commonWord(r)}}
	}},
	{"rare word", 10, "one word of rank 3,000-60,000 (each in about 0.07-1.3% of the documents)", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"q": {w.rareWord(r)}}
	}},
	{"several words", 15, "two to four words drawn by frequency, any rank", func(w *workload, r *rand.Rand) url.Values {
		words := make([]string, 2+r.IntN(3))
		for i := range words {
			words[i] = w.contentWord(r)
		}
		return url.Values{"q": {strings.Join(words, " ")}}
	}},
	{"phrase", 10, "a quoted phrase of two to five words that occurs in the text", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"q": {`"` + corpus.Phrases[r.IntN(len(corpus.Phrases))] + `"`}}
	}},
	{"filters", 15, "a common word with agency, tag, language or several of them", func(w *workload, r *rand.Rand) url.Values {
		v := url.Values{"q": {w.commonWord(r)}}
		w.addFilters(r, v)
		return v
	}},
	{"date range", 10, "from/to over one to five years, half with a common word, half browsing", func(w *workload, r *rand.Rand) url.Values {
		v := url.Values{}
		if r.IntN(2) == 0 {
			v.Set("q", w.commonWord(r))
		}
		from := corpus.FirstYear + r.IntN(corpus.LastDay.Year()-corpus.FirstYear+1)
		to := min(from+r.IntN(5), corpus.LastDay.Year())
		v.Set("from", strconv.Itoa(from)+"-01-01")
		v.Set("to", strconv.Itoa(to)+"-12-31")
		return v
	}},
	{"browse", 25, "no query, newest first, all facets (the landing page)", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"sort": {"newest"}}
	}},
}

// onlyKind is w with its kind name alone.
func (w *workload) onlyKind(name string) (*workload, error) {
	var names []string
	for _, c := range w.classes {
		if c.name == name {
			o := *w
			o.classes, o.total = []queryClass{c}, c.weight
			return &o, nil
		}
		names = append(names, fmt.Sprintf("%q", c.name))
	}
	return nil, usageError{fmt.Sprintf("-only %q: the %s workload's kinds are %s", name, w.name, strings.Join(names, ", "))}
}

// request draws the next request's parameters and names its class. For
// the distinct workload it draws until it finds a question of pool that
// seen has not had, and records it there; after maxDraws draws it gives up
// with errUsedUp and marks the kind in seen, whose later draws of it give
// up at once. The cached mix ignores seen and pool.
func (w *workload) request(r *rand.Rand, seen *asked, pool int) (int, url.Values, error) {
	n := r.IntN(w.total)
	for i, c := range w.classes {
		if n >= c.weight {
			n -= c.weight
			continue
		}
		if !w.distinct {
			v := c.params(w, r)
			pageParam(r, v)
			return i, v, nil
		}
		if seen.usedUp(i) {
			return i, nil, usedUp(c.name)
		}
		for range maxDraws {
			v := c.params(w, r)
			if key := questionKey(v); poolOf(key) == pool && seen.add(key) {
				pageParam(r, v)
				return i, v, nil
			}
		}
		seen.markUsedUp(i)
		return i, nil, usedUp(c.name)
	}
	panic("unreachable: weights cover every draw")
}

// commonWord is a content word of rank 1-150 after the function words.
func (w *workload) commonWord(r *rand.Rand) string {
	return w.gen.Word(corpus.StopWords() + r.IntN(150))
}

func (w *workload) rareWord(r *rand.Rand) string {
	return w.gen.Word(3000 + r.IntN(corpus.VocabularySize-3000))
}

// contentWord draws by frequency, as text does, skipping function words.
func (w *workload) contentWord(r *rand.Rand) string {
	for {
		if s := w.gen.DrawWord(r.Float64()); !corpus.IsStopWord(s) {
			return s
		}
	}
}

// addFilters adds one of: an agency, a tag, a language, or an agency with
// one of its tags and a language.
func (w *workload) addFilters(r *rand.Rand, v url.Values) {
	a := corpus.Agencies[r.IntN(len(corpus.Agencies))]
	tag := a.Tags[r.IntN(len(a.Tags))]
	switch r.IntN(4) {
	case 0:
		v.Set("agency", a.Name)
	case 1:
		v.Set("tag", tag)
	case 2:
		v.Set("language", corpus.Languages[r.IntN(len(corpus.Languages))].Tag)
	default:
		v.Set("agency", a.Name)
		v.Set("tag", tag)
		v.Set("language", "en")
	}
}

// describe lists the classes for the report.
func (w *workload) describe() []string {
	var out []string
	for _, c := range w.classes {
		out = append(out, fmt.Sprintf("| %s | %d%% | %s |", c.name, c.weight*100/w.total, c.about))
	}
	return out
}
