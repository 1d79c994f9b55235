package score

import (
	"cmp"
	"context"
	"math"
	"slices"
	"sync"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
)

// Bleve's BM25 departs from BM25 in three ways that cost ranking quality
// (measured on SciFact, see docs/relevance.md): the average field length
// is the number of distinct terms per document, the term frequency enters
// as its square root, and the idf is applied twice through the query norm;
// its disjunction also multiplies by the share of matching clauses. So the
// engine scores with its own code over Bleve's posting lists: Okapi BM25
// with Lucene's idf and the true average lengths recorded by the indexer,
// in its BM25F form: the weighted frequencies of a term in title, summary
// and body add up before they saturate, and each term counts its idf once.

// Stats are the collection statistics of a generation, with the
// parameters of BM25.
type Stats struct {
	Docs   float64
	AvgLen map[string]float64
	K1, B  float64
	// ConceptB is B of the concept field.
	ConceptB float64
}

// NewStats returns the statistics of g with p's k1 and b.
func NewStats(g *indexer.Generation, p *Params) *Stats {
	s := &Stats{Docs: float64(g.Indexed), AvgLen: map[string]float64{}, K1: p.K1, B: p.B, ConceptB: p.ConceptB}
	if g.Indexed == 0 {
		return s
	}
	for _, f := range indexer.TextFields {
		s.AvgLen[f] = float64(g.FieldTokens[f]) / float64(g.Indexed)
	}
	// The keyword fields and the concepts: at least one token a document,
	// as a document without any has a length of 1 too.
	for _, f := range []string{indexer.FieldAgency, indexer.FieldTag, indexer.FieldConcept} {
		s.AvgLen[f] = float64(max(g.FieldTokens[f], g.Indexed)) / float64(g.Indexed)
	}
	return s
}

// Saturate is BM25's saturation of a term's weighted frequency.
func (s *Stats) Saturate(tf float64) float64 {
	return tf * (s.K1 + 1) / (tf + s.K1)
}

// IDF is BM25's inverse document frequency of a term in df of n
// documents (Lucene's).
func IDF(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// Term is one index term of one field, with the field's weight. A term
// with no field marks a language in which a word is a stop word (the
// engine's languages.go).
type Term struct {
	Field, Term string
	Boost       float64
}

// weightedTF is a posting's length-normalised, weighted term frequency
// (BM25F), the field weighing boost and its average length avgLen.
func weightedTF(p *reader.Posting, boost, avgLen, b float64) float64 {
	return boost * float64(p.Freq) / (1 - b + b*p.Length/avgLen)
}

// checkEvery is how many postings a read walks between two looks at the
// deadline.
const checkEvery = 1 << 12

// Scorer scores words on one generation of n table entries.
type Scorer struct {
	Stats *Stats
	n     int
	// dense lends Word its arrays of a sum per entry.
	dense densePool
}

// NewScorer returns the scorer of a generation of n table entries.
func NewScorer(s *Stats, n int) *Scorer { return &Scorer{Stats: s, n: n} }

// Word reads a word's postings and scores them: the entries holding any
// of terms, in ascending order, each with its BM25F weight. The fields of
// one word share one idf, from the field where it is most common (the
// closest to the number of documents holding it anywhere); its weighted
// frequencies in the fields add up before they saturate. terms may also
// be the expansions of a prefix or a fuzzy word, which then score as one
// word. A word's forms in several languages (terms prefixed with their
// language, indexer.TermPrefix) hold disjoint documents: their counts add
// up. Terms without a field are left out.
func (sc *Scorer) Word(ctx context.Context, snap *reader.Snapshot, terms []Term) (entries []int32, scores []float32, err error) {
	var fields []fieldPostings
	dfs := map[string]float64{} // by language
	n := 0
	defer func() {
		for _, f := range fields {
			f.postings.Close()
		}
	}()
	for _, t := range terms {
		if t.Field == "" {
			continue
		}
		p, err := snap.Postings(ctx, t.Field, t.Term)
		if err != nil {
			return nil, nil, err
		}
		_, code := indexer.StripTermPrefix(t.Term)
		dfs[code] = max(dfs[code], float64(p.Count()))
		n += p.Count()
		fields = append(fields, fieldPostings{postings: p, term: t})
	}
	// A common word's weights add up in an array as long as the table, a
	// rare word's in a list sorted at the end: scanning the array would
	// cost more than its few postings. The arrays are reused: made anew,
	// they were a fifth of a loaded server's garbage.
	var acc weights = &sparseWeights{ws: make([]entryWeight, 0, n)}
	if n > sc.n/32 {
		d := sc.dense.get(sc.n)
		defer sc.dense.put(d)
		acc = d
	}
	var p reader.Posting
	st := sc.Stats
	for _, f := range fields {
		boost, avgLen, b := f.term.Boost, max(st.AvgLen[f.term.Field], 1), st.B
		if f.term.Field == indexer.FieldConcept {
			b = st.ConceptB
		}
		for n := 0; ; n++ {
			if n%checkEvery == 0 && ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			ok, err := f.postings.Next(&p)
			if err != nil {
				return nil, nil, err
			}
			if !ok {
				break
			}
			acc.add(p.Entry, weightedTF(&p, boost, avgLen, b))
		}
	}
	df := 0.0
	for _, d := range dfs {
		df += d
	}
	w := IDF(st.Docs, df)
	entries, scores = acc.list()
	for i, tf := range scores {
		scores[i] = float32(w * st.Saturate(float64(tf)))
	}
	return entries, scores, nil
}

// fieldPostings is the posting list of a word in one field.
type fieldPostings struct {
	postings *reader.Postings
	term     Term
}

// weights adds up a word's weighted frequencies by entry.
type weights interface {
	add(entry int32, w float64)
	// list returns the entries in order with their sums.
	list() ([]int32, []float32)
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
func (d *denseWeights) list() ([]int32, []float32) {
	entries, scores := make([]int32, 0, d.n), make([]float32, 0, d.n)
	for e, w := range d.w {
		if w > 0 {
			entries = append(entries, int32(e))
			scores = append(scores, float32(w))
			d.w[e] = 0
		}
	}
	d.n = 0
	return entries, scores
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

func (s *sparseWeights) list() ([]int32, []float32) {
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
	entries, scores := make([]int32, len(merged)), make([]float32, len(merged))
	for i, x := range merged {
		entries[i], scores[i] = x.e, float32(x.w)
	}
	return entries, scores
}
