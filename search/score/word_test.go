package score

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/search/reader"
)

// referenceWord is Word as it was before it read postings in batches,
// weighed them through tables of length normalisations and visited the
// dense array through its bits: one posting at a time, each weighed by
// weightedTF, the sums of a common word in an array scanned whole, those
// of a rare one sorted by a stable sort of (entry, weight) pairs. Word
// must give the same entries and the same floats.
func referenceWord(sc *Scorer, snap *reader.Snapshot, terms []Term) ([]int32, []float32, error) {
	type fp struct {
		p *reader.Postings
		t Term
	}
	var fields []fp
	dfs := map[string]float64{}
	n := 0
	for _, t := range terms {
		if t.Field == "" {
			continue
		}
		p, err := snap.Postings(context.Background(), t.Field, t.Term)
		if err != nil {
			return nil, nil, err
		}
		defer p.Close()
		_, code := indexer.StripTermPrefix(t.Term)
		dfs[code] = max(dfs[code], float64(p.Count()))
		n += p.Count()
		fields = append(fields, fp{p, t})
	}
	type ew struct {
		e int32
		w float64
	}
	dense := n > sc.n/32
	var dw []float64
	dn := 0
	var sw []ew
	if dense {
		dw = make([]float64, sc.n)
	}
	st := sc.Stats
	var p reader.Posting
	for _, f := range fields {
		boost, avgLen, b := f.t.Boost, max(st.AvgLen[f.t.Field], 1), st.B
		if f.t.Field == indexer.FieldConcept {
			b = st.ConceptB
		}
		for {
			ok, err := f.p.Next(&p)
			if err != nil {
				return nil, nil, err
			}
			if !ok {
				break
			}
			w := boost * float64(p.Freq) / (1 - b + b*p.Length/avgLen)
			if dense {
				if dw[p.Entry] == 0 {
					dn++
				}
				dw[p.Entry] += w
			} else {
				sw = append(sw, ew{p.Entry, w})
			}
		}
	}
	var entries []int32
	var scores []float32
	if dense {
		entries, scores = make([]int32, 0, dn), make([]float32, 0, dn)
		for e, w := range dw {
			if w > 0 {
				entries = append(entries, int32(e))
				scores = append(scores, float32(w))
			}
		}
	} else {
		slices.SortStableFunc(sw, func(a, b ew) int { return cmp.Compare(a.e, b.e) })
		merged := sw[:0]
		for _, x := range sw {
			if k := len(merged) - 1; k >= 0 && merged[k].e == x.e {
				merged[k].w += x.w
				continue
			}
			merged = append(merged, x)
		}
		entries, scores = make([]int32, len(merged)), make([]float32, len(merged))
		for i, x := range merged {
			entries[i], scores[i] = x.e, float32(x.w)
		}
	}
	df := 0.0
	for _, d := range dfs {
		df += d
	}
	w := IDF(st.Docs, df)
	for i, tf := range scores {
		scores[i] = float32(w * st.Saturate(float64(tf)))
	}
	return entries, scores, nil
}

// TestWordAsBefore: Word scores words common and rare, in every text
// field with the fields' weights, alone, as expansions of several terms
// and in the keyword fields, exactly as referenceWord does: the same
// entries in the same order, the same float32 scores to the bit, lists of
// the same capacity. Each word is scored four times: as the threshold
// between the dense array and the sparse list puts it, with its sums in
// the array, in the list, and again through tables of length
// normalisations the others filled.
func TestWordAsBefore(t *testing.T) {
	g, err := indexer.Build(context.Background(), t.TempDir(), corpus.Releases(17, 1500, 700))
	if err != nil {
		t.Fatal(err)
	}
	table, err := indexer.ReadTable(g)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, e := range table.Entries {
		byID[e.ID] = i
	}
	ix, err := reader.Open(g, byID)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	sc := NewScorer(NewStats(g, &Default), len(table.Entries))
	snap, err := ix.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	words := corpus.NewReleaseText(17).Words
	term := func(w string) string {
		if ts := ix.Analyzer("").Analyze([]byte(w)); len(ts) > 0 {
			return string(ts[0].Term)
		}
		return "nosuchword"
	}
	var queries [][]Term
	r := rand.New(rand.NewPCG(1, 2))
	for rank := 0; rank < 4000; rank += 1 + rank/10 {
		tm := term(words[rank])
		var all []Term
		for _, fw := range Default.Fields {
			all = append(all, Term{Field: fw.Field, Term: tm, Boost: fw.Boost})
		}
		queries = append(queries, all, all[2:], all[:1])
		// An expansion: several terms of one field as one word.
		var exp []Term
		for range 2 + r.IntN(4) {
			// Boosts of any float, as a query's ^ gives them.
			exp = append(exp, Term{Field: indexer.FieldBody, Term: term(words[r.IntN(3000)]), Boost: 0.1 + 3*r.Float64()})
		}
		queries = append(queries, exp)
	}
	for _, a := range corpus.ReleaseAgencies {
		queries = append(queries, []Term{{Field: indexer.FieldAgency, Term: a, Boost: Default.KeywordBoost}})
	}
	for _, tag := range corpus.ReleaseTags {
		queries = append(queries, []Term{{Field: indexer.FieldTag, Term: tag, Boost: Default.KeywordBoost}, {Term: "stop word"}})
	}
	nonEmpty := 0
	// Every word both ways: its sums in the dense array and in the
	// sparse list, and as the threshold puts it.
	defer func(share int) { denseShare = share }(denseShare)
	for round, share := range []int{denseShare, 1 << 30, 1, denseShare} {
		denseShare = share
		for _, q := range queries {
			we, ws, err := referenceWord(sc, snap, q)
			if err != nil {
				t.Fatal(err)
			}
			ge, gs, err := sc.Word(context.Background(), snap, q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ge, we) || cap(ge) != cap(we) || cap(gs) != cap(ws) {
				t.Fatalf("round %d, %v: entries %v (cap %d), want %v (cap %d)", round, q, ge, cap(ge), we, cap(we))
			}
			for i := range gs {
				if math.Float32bits(gs[i]) != math.Float32bits(ws[i]) {
					t.Fatalf("round %d, %v: entry %d scores %g, want %g", round, q, ge[i], gs[i], ws[i])
				}
			}
			if len(we) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < 4*250 {
		t.Errorf("%d words found of %d, 4 times: too few to test", nonEmpty/4, len(queries))
	}
}

// TestWeighAsWeightedTF: the weights through the tables of length
// normalisations are weightedTF's, float64 for float64, for postings of
// any code, length and frequency, with tables filled or not.
func TestWeighAsWeightedTF(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	sc := &Scorer{}
	ps := make([]reader.Posting, 5000)
	ws := make([]float64, len(ps))
	for round := range 3 {
		for i := range ps {
			code := uint32(r.IntN(reader.MaxLengthCode + 50))
			l := 1 / math.Sqrt(float64(code)) // any length of its code
			if code >= reader.MaxLengthCode {
				code, l = reader.NoCode, 1+1000*r.Float64()
			}
			ps[i] = reader.Posting{Entry: int32(i), Freq: 1 + r.IntN(9), Length: 1 / (l * l), Code: code}
		}
		for _, f := range []struct{ boost, avgLen, b float64 }{{3, 7.3, 0.75}, {1, 410.6, 0.75}, {0.37, 23.1, 0.3}, {2.9, 1, 0}} {
			sc.normsOf(f.avgLen, f.b).weigh(ps, ws, f.boost, f.avgLen, f.b)
			for i := range ps {
				if want := weightedTF(&ps[i], f.boost, f.avgLen, f.b); math.Float64bits(ws[i]) != math.Float64bits(want) {
					t.Fatalf("round %d, %+v, %+v: weight %g, weightedTF %g", round, f, ps[i], ws[i], want)
				}
			}
		}
	}
}

// TestWeightsAddInFieldOrder: a document's weights from several fields
// add up in the order of the fields, in the dense array and in the sparse
// list alike, as float64s rounded to float32 at the end. The weights of
// some documents are chosen so that another order gives another float32:
// 1+2⁻²⁴ is halfway between two float32s, and 2⁻⁵³ twice adds nothing to
// it one at a time but tips it when added together first.
func TestWeightsAddInFieldOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const n = 3000
	for round := range 20 {
		fields := make([][]reader.Posting, 1+r.IntN(4))
		fws := make([][]float64, len(fields))
		want := map[int32]float64{}
		for f := range fields {
			for _, e := range r.Perm(n)[:r.IntN(n)] {
				w := r.Float64() * 5
				if e%7 == 0 {
					w = []float64{1 + 1.0/(1<<24), 1.0 / (1 << 53), 1.0 / (1 << 53), 1.0 / (1 << 53)}[f]
				}
				fields[f] = append(fields[f], reader.Posting{Entry: int32(e)})
				fws[f] = append(fws[f], w)
				if s, ok := want[int32(e)]; ok {
					want[int32(e)] = s + w
				} else {
					want[int32(e)] = w
				}
			}
		}
		d := (&densePool{}).get(n)
		s := &sparseWeights{}
		for f := range fields {
			for len(fields[f]) > 0 { // in batches, as Word adds them
				k := min(len(fields[f]), 1+r.IntN(300))
				d.add(fields[f][:k], fws[f][:k])
				s.add(fields[f][:k], fws[f][:k])
				fields[f], fws[f] = fields[f][k:], fws[f][k:]
			}
		}
		for _, acc := range []weights{d, s} {
			entries, scores := acc.list()
			if len(entries) != len(want) || !slices.IsSorted(entries) {
				t.Fatalf("round %d, %T: %d entries, want %d in order", round, acc, len(entries), len(want))
			}
			for i, e := range entries {
				if math.Float32bits(scores[i]) != math.Float32bits(float32(want[e])) {
					t.Fatalf("round %d, %T: entry %d sums to %g, want %g", round, acc, e, scores[i], float32(want[e]))
				}
			}
		}
		if d.n != 0 || slices.ContainsFunc(d.w, func(w float64) bool { return w != 0 }) || slices.ContainsFunc(d.set, func(b uint64) bool { return b != 0 }) {
			t.Fatalf("round %d: the dense weights are not left empty", round)
		}
	}
}
