package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
)

// listBudget bounds the bytes of the word and clause lists a generation
// keeps, per 100,000 documents: the 150 most common words of 100,000
// releases (each in 20 to 65 % of them) take about 45 MB together, and
// ten times that of a million. With a fixed 128 MB, a million releases
// kept a tenth of the common words and read the others from the index
// again and again (31 ms of CPU a request, docs/BENCHMARKS.md).
// queryBudget bounds the lists of whole queries, kept for paging and
// facet clicks.
const (
	listBudget  = 128 << 20
	queryBudget = 32 << 20
)

// listBudgetFor is the list budget of a generation of n documents.
func listBudgetFor(n int) int {
	return max(listBudget, int(int64(listBudget)*int64(n)/100_000))
}

// checkEvery is how many postings a list reads between two looks at the
// deadline.
const checkEvery = 1 << 12

// wordList returns the list of one word's BM25F weights: the documents
// holding any of terms (the word in each of its fields), each scored with
// its BM25 contribution, computed as bm25Searcher does. Cached.
func (g *generation) wordList(ctx context.Context, terms []bm25Term) (*list, error) {
	return g.cachedList(ctx, wordKey(terms), func(ctx context.Context) (*list, error) {
		return g.readWord(ctx, terms)
	})
}

// readWord reads a word's postings from the index. The fields of one word
// share one idf, from the field where it is most common (the closest to
// the number of documents holding it anywhere); its weighted frequencies
// in the fields add up before they saturate (BM25F). terms may also be
// the expansions of a prefix or a fuzzy word, which then score as one
// word (compile.go).
func (g *generation) readWord(ctx context.Context, terms []bm25Term) (*list, error) {
	s, err := g.ix.Snapshot()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	var fields []fieldPostings
	var vacuous []string
	dfs := map[string]float64{} // by language
	n := 0
	defer func() {
		for _, f := range fields {
			f.postings.Close()
		}
	}()
	for _, t := range terms {
		if t.field == "" {
			vacuous = append(vacuous, t.term)
			continue
		}
		p, err := s.Postings(ctx, t.field, t.term)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		_, code := indexer.StripTermPrefix(t.term)
		dfs[code] = max(dfs[code], float64(p.Count()))
		n += p.Count()
		fields = append(fields, fieldPostings{postings: p, term: t})
	}
	// A common word's weights add up in an array as long as the table, a
	// rare word's in a list sorted at the end: scanning the array would
	// cost more than its few postings. The arrays are reused: made anew,
	// they were a fifth of a loaded server's garbage.
	var acc weights = &sparseWeights{ws: make([]entryWeight, 0, n)}
	if n > len(g.table.Entries)/32 {
		d := g.dense.get(len(g.table.Entries))
		defer g.dense.put(d)
		acc = d
	}
	var p reader.Posting
	for _, f := range fields {
		boost, avgLen, b := f.term.boost, max(g.params.avgLen[f.term.field], 1), g.params.b
		if f.term.field == indexer.FieldConcept {
			b = g.ranking.conceptB
		}
		for n := 0; ; n++ {
			if n%checkEvery == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			ok, err := f.postings.Next(&p)
			if err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			if !ok {
				break
			}
			acc.add(p.Entry, weightedTF(&p, boost, avgLen, b))
		}
	}
	// A word's forms in several languages hold disjoint documents: their
	// counts add up.
	df := 0.0
	for _, d := range dfs {
		df += d
	}
	w := idf(g.params.docs, df)
	l := acc.list()
	for i, tf := range l.scores {
		l.scores[i] = float32(w * g.params.saturate(float64(tf)))
	}
	if len(vacuous) > 0 {
		ls := []*list{l}
		for _, code := range vacuous {
			if d := g.langDocs(code); d != nil {
				ls = append(ls, d)
			}
		}
		l = union(ls, false)
	}
	return l, nil
}

// fieldPostings is the posting list of a word in one field.
type fieldPostings struct {
	postings *reader.Postings
	term     bm25Term
}

// weights adds up a word's weighted frequencies by entry.
type weights interface {
	add(entry int32, w float64)
	// list returns the entries in order with their sums.
	list() *list
}

// denseWeights holds a sum per table entry; n counts the entries with one.
type denseWeights struct {
	w []float64
	n int
}

func (d *denseWeights) add(e int32, w float64) {
	if d.w[e] == 0 {
		d.n++
	}
	d.w[e] += w
}

// list returns the sums and leaves d empty for its next word.
func (d *denseWeights) list() *list {
	l := &list{entries: make([]int32, 0, d.n), scores: make([]float32, 0, d.n)}
	for e, w := range d.w {
		if w > 0 {
			l.entries = append(l.entries, int32(e))
			l.scores = append(l.scores, float32(w))
			d.w[e] = 0
		}
	}
	d.n = 0
	return l
}

// densePool reuses the arrays of denseWeights.
type densePool struct{ p sync.Pool }

// get returns empty weights for n entries.
func (p *densePool) get(n int) *denseWeights {
	if d, ok := p.p.Get().(*denseWeights); ok && len(d.w) == n {
		return d
	}
	return &denseWeights{w: make([]float64, n)}
}

// put gives back weights whose list was taken, or clears them: a read
// that failed half-way leaves sums behind.
func (p *densePool) put(d *denseWeights) {
	if d.n != 0 {
		clear(d.w)
		d.n = 0
	}
	p.p.Put(d)
}

type entryWeight struct {
	e int32
	w float64
}

// sparseWeights collects a rare word's weights as they come, in the order
// of the index's document numbers, and sorts them by entry at the end.
type sparseWeights struct{ ws []entryWeight }

func (s *sparseWeights) add(e int32, w float64) { s.ws = append(s.ws, entryWeight{e, w}) }

func (s *sparseWeights) list() *list {
	// Stable: a word in several fields of a document has a weight from
	// each, and they add up in the order of the fields, as they did in
	// the dense array, to the same float.
	slices.SortStableFunc(s.ws, func(a, b entryWeight) int { return cmp.Compare(a.e, b.e) })
	merged := s.ws[:0]
	for _, x := range s.ws {
		if k := len(merged) - 1; k >= 0 && merged[k].e == x.e {
			merged[k].w += x.w
			continue
		}
		merged = append(merged, x)
	}
	l := &list{entries: make([]int32, len(merged)), scores: make([]float32, len(merged))}
	for i, x := range merged {
		l.entries[i], l.scores[i] = x.e, float32(x.w)
	}
	return l
}

// wordKey names a word's list in the cache.
func wordKey(terms []bm25Term) string {
	var b strings.Builder
	b.WriteString("w")
	for _, t := range terms {
		fmt.Fprintf(&b, "|%s:%s:%g", t.field, t.term, t.boost)
	}
	return b.String()
}

// clauseKey names a clause in the list cache.
func clauseKey(cl clause) string {
	return strings.Join([]string{"c", fmt.Sprint(int(cl.kind)), cl.field, cl.text, fmt.Sprint(cl.fuzz), cl.concept, fmt.Sprint(cl.slop)}, "|")
}
