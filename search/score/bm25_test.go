package score

import (
	"math"
	"testing"

	"github.com/jhasearch/jhasearch/search/reader"
)

func TestIDFAndSaturation(t *testing.T) {
	// Lucene's idf: log(1 + (n-df+0.5)/(df+0.5)).
	if got, want := IDF(100, 9.5), math.Log(1+91.0/10); math.Abs(got-want) > 1e-12 {
		t.Errorf("IDF(100, 9.5) = %g, want %g", got, want)
	}
	if IDF(100, 1) <= IDF(100, 50) {
		t.Error("a rare term weighs no more than a common one")
	}
	s := &Stats{K1: 1.2}
	if got := s.Saturate(1); math.Abs(got-1) > 1e-12 {
		t.Errorf("Saturate(1) = %g, want 1", got)
	}
	if s.Saturate(1000) >= s.K1+1 {
		t.Error("saturation exceeds k1+1")
	}
}

// TestWeightedTF: BM25F's length normalisation of one posting.
func TestWeightedTF(t *testing.T) {
	p := &reader.Posting{Freq: 2, Length: 20}
	// At the average length the weight is boost × frequency.
	if got := weightedTF(p, 3, 20, 0.75); math.Abs(got-6) > 1e-12 {
		t.Errorf("weightedTF at the average length = %g, want 6", got)
	}
	// Twice the average: 2×3 / (0.25 + 0.75×2).
	if got, want := weightedTF(p, 3, 10, 0.75), 6/1.75; math.Abs(got-want) > 1e-12 {
		t.Errorf("weightedTF at twice the average = %g, want %g", got, want)
	}
	// b = 0: no normalisation.
	if got := weightedTF(p, 1, 5, 0); got != 2 {
		t.Errorf("weightedTF with b = 0: %g, want 2", got)
	}
}

func TestWeightsDenseAndSparseAgree(t *testing.T) {
	add := []struct {
		e int32
		w float64
	}{{5, 1.5}, {2, 0.25}, {5, 0.5}, {9, 3}, {2, 1}}
	d := &denseWeights{w: make([]float64, 10), set: make([]uint64, 1)}
	s := &sparseWeights{}
	for _, x := range add {
		ps, ws := []reader.Posting{{Entry: x.e}}, []float64{x.w}
		d.add(ps, ws)
		s.add(ps, ws)
	}
	de, ds := d.list()
	se, ss := s.list()
	want := []int32{2, 5, 9}
	for i := range want {
		if de[i] != want[i] || se[i] != want[i] || ds[i] != ss[i] {
			t.Fatalf("dense %v %v, sparse %v %v", de, ds, se, ss)
		}
	}
	if d.n != 0 || d.w[5] != 0 || d.set[0] != 0 {
		t.Error("dense weights not left empty")
	}
}
