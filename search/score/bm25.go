package score

import (
	"context"
	"math"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

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
	return boost * float64(p.Freq) / lengthNorm(p.Length, avgLen, b)
}

// lengthNorm is BM25's normalisation of a field of length l, whose
// average is avgLen.
func lengthNorm(l, avgLen, b float64) float64 {
	return 1 - b + b*l/avgLen
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
	// norms holds the length normalisations of each field, by length code.
	normsMu sync.Mutex
	norms   map[normKey]*normTable
}

// NewScorer returns the scorer of a generation of n table entries.
func NewScorer(s *Stats, n int) *Scorer { return &Scorer{Stats: s, n: n} }

// normKey names the length normalisations of a field: its average length
// and b.
type normKey struct{ avgLen, b float64 }

// normTable holds lengthNorm of each length code (reader.Posting.Code), a
// float64's bits, filled as postings name the codes; 0: not yet known (a
// normalisation of +0 is computed each time, which gives the same float).
// A posting's normalisation so costs a load where it cost two divisions.
type normTable [reader.MaxLengthCode]atomic.Uint64

// normsOf returns the table of avgLen and b.
func (sc *Scorer) normsOf(avgLen, b float64) *normTable {
	sc.normsMu.Lock()
	defer sc.normsMu.Unlock()
	k := normKey{avgLen, b}
	t := sc.norms[k]
	if t == nil {
		if sc.norms == nil {
			sc.norms = map[normKey]*normTable{}
		}
		t = new(normTable)
		sc.norms[k] = t
	}
	return t
}

// weigh sets ws[i] to weightedTF of ps[i], through t: the same floats.
func (t *normTable) weigh(ps []reader.Posting, ws []float64, boost, avgLen, b float64) {
	ws = ws[:len(ps)]
	for i := range ps {
		p := &ps[i]
		var d float64
		if c := p.Code; c < reader.MaxLengthCode {
			if bits := t[c].Load(); bits != 0 {
				d = math.Float64frombits(bits)
			} else {
				d = lengthNorm(p.Length, avgLen, b)
				t[c].Store(math.Float64bits(d))
			}
		} else {
			d = lengthNorm(p.Length, avgLen, b)
		}
		ws[i] = boost * float64(p.Freq) / d
	}
}

// readBatch is how many postings Word reads at a time.
const readBatch = 256

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
	// A word's weights add up in an array as long as the table, a rare
	// word's in a list sorted at the end: visiting the array's words of
	// bits would cost more than sorting its few postings. The arrays are
	// reused: made anew, they were a fifth of a loaded server's garbage.
	var acc weights
	if n > sc.n/denseShare {
		d := sc.dense.get(sc.n)
		defer sc.dense.put(d)
		acc = d
	} else {
		acc = &sparseWeights{ws: make([]float64, 0, n), keys: make([]uint64, 0, n)}
	}
	var ps [readBatch]reader.Posting
	var ws [readBatch]float64
	st := sc.Stats
	for _, f := range fields {
		boost, avgLen, b := f.term.Boost, max(st.AvgLen[f.term.Field], 1), st.B
		if f.term.Field == indexer.FieldConcept {
			b = st.ConceptB
		}
		t := sc.normsOf(avgLen, b)
		for since := checkEvery; ; {
			if since >= checkEvery {
				if ctx.Err() != nil {
					return nil, nil, ctx.Err()
				}
				since = 0
			}
			k, err := f.postings.Read(ps[:])
			if err != nil {
				return nil, nil, err
			}
			if k == 0 {
				break
			}
			since += k
			t.weigh(ps[:k], ws[:k], boost, avgLen, b)
			acc.add(ps[:k], ws[:k])
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

// denseShare: a word whose postings are more than one in denseShare of
// the table adds up its weights in an array over the table. Visiting the
// array through its bits, that costs less than sorting from about 50
// postings on, at 100,000 entries (BenchmarkWeights). A variable for the
// tests, which try both ways on every word.
var denseShare = 1024

// fieldPostings is the posting list of a word in one field.
type fieldPostings struct {
	postings *reader.Postings
	term     Term
}

// weights adds up a word's weighted frequencies by entry.
type weights interface {
	// add adds ws[i] to the sum of ps[i].Entry.
	add(ps []reader.Posting, ws []float64)
	// list returns the entries in order with their sums.
	list() ([]int32, []float32)
}

// denseWeights holds a sum per table entry, and a bit per entry with one;
// n counts those entries.
type denseWeights struct {
	w   []float64
	set []uint64
	n   int
}

func (d *denseWeights) add(ps []reader.Posting, ws []float64) {
	ws = ws[:len(ps)]
	for i := range ps {
		e := ps[i].Entry
		if m := uint64(1) << (e & 63); d.set[e>>6]&m == 0 {
			d.set[e>>6] |= m
			d.n++
		}
		d.w[e] += ws[i]
	}
}

// list returns the sums and leaves d empty for its next word. It visits
// the entries with a sum through the bits, not the whole array.
func (d *denseWeights) list() ([]int32, []float32) {
	entries, scores := make([]int32, 0, d.n), make([]float32, 0, d.n)
	for k, word := range d.set {
		if word == 0 {
			continue
		}
		for word != 0 {
			e := k<<6 + bits.TrailingZeros64(word)
			word &= word - 1
			if w := d.w[e]; w > 0 {
				entries = append(entries, int32(e))
				scores = append(scores, float32(w))
			}
			d.w[e] = 0
		}
		d.set[k] = 0
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
	return &denseWeights{w: make([]float64, n), set: make([]uint64, (n+63)/64)}
}

// put gives back weights whose list was taken, or clears them: a read
// that failed half-way leaves sums behind.
func (p *densePool) put(d *denseWeights) {
	if d.n != 0 {
		clear(d.w)
		clear(d.set)
		d.n = 0
	}
	p.p.Put(d)
}

// sparseWeights collects a rare word's weights as they come, in the order
// of the index's document numbers, and sorts them by entry at the end:
// keys holds each weight's entry in its high 32 bits and its place in ws
// in the low ones, so that sorting the keys is a stable sort by entry.
type sparseWeights struct {
	ws   []float64
	keys []uint64
}

func (s *sparseWeights) add(ps []reader.Posting, ws []float64) {
	for i := range ps {
		s.keys = append(s.keys, uint64(uint32(ps[i].Entry))<<32|uint64(len(s.ws)))
		s.ws = append(s.ws, ws[i])
	}
}

func (s *sparseWeights) list() ([]int32, []float32) {
	// Stable: a word in several fields of a document has a weight from
	// each, and they add up in the order of the fields, as they do in the
	// dense array, to the same float.
	slices.Sort(s.keys)
	n := 0
	for i, k := range s.keys {
		if i == 0 || k>>32 != s.keys[i-1]>>32 {
			n++
		}
	}
	entries, scores := make([]int32, 0, n), make([]float32, 0, n)
	for i := 0; i < len(s.keys); {
		e := s.keys[i] >> 32
		w := s.ws[uint32(s.keys[i])]
		for i++; i < len(s.keys) && s.keys[i]>>32 == e; i++ {
			w += s.ws[uint32(s.keys[i])]
		}
		entries = append(entries, int32(e))
		scores = append(scores, float32(w))
	}
	return entries, scores
}
