package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

// The distinct workload asks every question once: a staff member's
// question is usually new, so the server's answer cache cannot help and
// the engine is measured. Questions are cut from the text of documents of
// the generated archive (a sample of them, made again by the generator),
// so every question matches at least the document it was cut from.

// sampleDocs bounds the documents the questions are cut from: enough text
// for every kind (about two million words, 59,000 distinct content words,
// 35,600 of them in the measured pool), little memory and start-up time.
const sampleDocs = 5000

// maxDraws bounds the draws for one new question: a kind whose questions
// are used up (single words, after tens of thousands of requests) fails
// its request with an error instead of looping.
const maxDraws = 500

// sampleDoc is what questions are cut from: one document's sentences as
// lower-case words, its agency, tags, language and date.
type sampleDoc struct {
	sentences [][]string
	agency    string
	tags      []string
	language  string
	published time.Time
}

// textSample holds the sampled documents of an archive of docs documents.
type textSample struct {
	docs []sampleDoc
}

// newTextSample makes up to sampleDocs documents spread evenly over the
// archive's docs documents.
func newTextSample(g *corpus.Generator, docs int) *textSample {
	n := min(docs, sampleDocs)
	s := &textSample{docs: make([]sampleDoc, n)}
	for k := range n {
		d := g.Document(k * docs / n)
		published, _ := time.Parse("2006-01-02", d.Published)
		s.docs[k] = sampleDoc{sentences: splitSentences(d.Body), agency: d.Agency, tags: d.Tags, language: d.Language, published: published}
	}
	return s
}

// splitSentences cuts a body into sentences of lower-case words. The
// first word of the body, the agency's name, is left out.
func splitSentences(body string) [][]string {
	var out [][]string
	var cur []string
	for i, f := range strings.Fields(body) {
		if i == 0 {
			continue
		}
		end := strings.HasSuffix(f, ".")
		cur = append(cur, strings.ToLower(strings.TrimSuffix(f, ".")))
		if end {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (s *textSample) doc(r *rand.Rand) *sampleDoc { return &s.docs[r.IntN(len(s.docs))] }

// word draws a content word of d, by its frequency in the text.
func (d *sampleDoc) word(r *rand.Rand) string {
	for range maxDraws {
		s := d.sentences[r.IntN(len(d.sentences))]
		if w := s[r.IntN(len(s))]; !corpus.IsStopWord(w) {
			return w
		}
	}
	return "agency" // unreachable in practice: a sentence is mostly content words
}

// phrase draws two to four consecutive words of one sentence of d that
// hold at least one content word (the analyzer drops the others).
func (d *sampleDoc) phrase(r *rand.Rand) string {
	for range maxDraws {
		s := d.sentences[r.IntN(len(d.sentences))]
		n := 2 + r.IntN(3)
		if len(s) < n {
			continue
		}
		at := r.IntN(len(s) - n + 1)
		p := s[at : at+n]
		if slices.ContainsFunc(p, func(w string) bool { return !corpus.IsStopWord(w) }) {
			return strings.Join(p, " ")
		}
	}
	return d.word(r)
}

// dateRange draws a range of one day to five years that holds d's date,
// in whole days.
func (d *sampleDoc) dateRange(r *rand.Rand) (from, to string) {
	span := 1 + r.IntN(5*365)
	before := r.IntN(span)
	f := d.published.AddDate(0, 0, -before)
	return f.Format("2006-01-02"), f.AddDate(0, 0, span-1).Format("2006-01-02")
}

// distinctClasses are the kinds of the distinct workload, with the shares
// of the cached mix: its common and rare words (15 + 10) are one kind
// here, drawn by frequency, as a word never asked before must be; its
// browse (25) browses with filters, as the unfiltered landing page is
// one question. Each question is cut from one sampled document, so it
// matches at least that one.
var distinctClasses = []queryClass{
	{"word", 25, "one content word of a document, drawn by its frequency in the text (so each word once: over a run the common words are used up first)", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"q": {w.sample.doc(r).word(r)}}
	}},
	{"two or three words", 15, "two or three content words of one document", func(w *workload, r *rand.Rand) url.Values {
		d := w.sample.doc(r)
		words := make([]string, 2+r.IntN(2))
		for i := range words {
			words[i] = d.word(r)
		}
		return url.Values{"q": {strings.Join(words, " ")}}
	}},
	{"phrase", 10, "a quoted phrase: two to four consecutive words of one sentence of a document", func(w *workload, r *rand.Rand) url.Values {
		return url.Values{"q": {`"` + w.sample.doc(r).phrase(r) + `"`}}
	}},
	{"word + agency or tag", 15, "a content word of a document with its agency or one of its tags", func(w *workload, r *rand.Rand) url.Values {
		d := w.sample.doc(r)
		v := url.Values{"q": {d.word(r)}}
		if r.IntN(2) == 0 {
			v.Set("agency", d.agency)
		} else {
			v.Set("tag", d.tags[r.IntN(len(d.tags))])
		}
		return v
	}},
	{"word + date range", 10, "a content word of a document, from/to over one day to five years around its date", func(w *workload, r *rand.Rand) url.Values {
		d := w.sample.doc(r)
		from, to := d.dateRange(r)
		return url.Values{"q": {d.word(r)}, "from": {from}, "to": {to}}
	}},
	{"browse with filters", 25, "no query, newest first, a document's agency, tag or language and a date range around its date", func(w *workload, r *rand.Rand) url.Values {
		d := w.sample.doc(r)
		from, to := d.dateRange(r)
		v := url.Values{"sort": {"newest"}, "from": {from}, "to": {to}}
		switch r.IntN(4) {
		case 0:
			v.Set("agency", d.agency)
		case 1:
			v.Set("tag", d.tags[r.IntN(len(d.tags))])
		case 2:
			v.Set("language", d.language)
		}
		return v
	}},
}

// questionKey names a question whatever its page and however its words
// are ordered (outside quotes), so that the same question is never asked
// twice, not even as another page: the engine caches a query's lists, so
// a second page of a question is not new to it.
func questionKey(v url.Values) string {
	k := url.Values{}
	for name, vals := range v {
		if name == "page" || name == "size" {
			continue
		}
		k[name] = vals
	}
	if q := k.Get("q"); q != "" && !strings.HasPrefix(q, `"`) {
		words := strings.Fields(q)
		slices.Sort(words)
		k.Set("q", strings.Join(words, " "))
	}
	return k.Encode()
}

// Pools split the questions in two, by a hash of their key, so that the
// warm-up asks other questions than the measured run (and uses up none of
// its words).
const (
	poolMeasured = 0
	poolWarmUp   = 1
)

// poolOf puts two fifths of the questions in the warm-up pool.
func poolOf(key string) int {
	h := fnv.New64a()
	h.Write([]byte(key))
	if h.Sum64()%5 < 2 {
		return poolWarmUp
	}
	return poolMeasured
}

// asked is the set of questions asked in one run, shared by its clients.
type asked struct {
	mu    sync.Mutex
	keys  map[string]struct{}
	total int // questions added, across resets
	// spent holds the kinds (by their index in the workload) whose
	// questions ran out since the last reset: they are not drawn again
	// until it, so that a long run does not spend the generator's CPU on
	// draws that cannot succeed.
	spent map[int]bool
}

func newAsked() *asked { return &asked{keys: map[string]struct{}{}, spent: map[int]bool{}} }

// usedUp reports whether kind's questions ran out since the last reset.
func (a *asked) usedUp(kind int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.spent[kind]
}

// markUsedUp records that kind's questions ran out.
func (a *asked) markUsedUp(kind int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.spent[kind] = true
}

// allUsedUp reports whether the questions of every one of kinds ran out
// since the last reset.
func (a *asked) allUsedUp(kinds int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.spent) >= kinds
}

// add records key and reports whether it is new.
func (a *asked) add(key string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.keys[key]; ok {
		return false
	}
	a.keys[key] = struct{}{}
	a.total++
	return true
}

// reset forgets every question and every kind that ran out.
func (a *asked) reset() {
	a.mu.Lock()
	defer a.mu.Unlock()
	clear(a.keys)
	clear(a.spent)
}

// len is the number of questions added, across resets.
func (a *asked) len() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.total
}

// errUsedUp is a draw that found no new question of its kind.
var errUsedUp = errors.New("no new question")

func usedUp(class string) error {
	return fmt.Errorf("jhaload: %w of kind %q in %d draws: its questions are used up", errUsedUp, class, maxDraws)
}

// pageParam draws the page: 1, 2 and 3 in proportion 70:20:10.
func pageParam(r *rand.Rand, v url.Values) {
	v.Set("size", "10")
	if p := r.IntN(10); p >= 7 {
		v.Set("page", strconv.Itoa(2+p/9)) // 7,8 → 2; 9 → 3
	}
}
