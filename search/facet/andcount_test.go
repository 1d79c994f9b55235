package facet

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkAndCount counts the shared bits of two sets of 100,000
// entries, the inner loop of CountBits.
func BenchmarkAndCount(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	x, y := make([]uint64, 1563), make([]uint64, 1563)
	for i := range x {
		x[i], y[i] = r.Uint64(), r.Uint64()
	}
	n := 0
	for b.Loop() {
		n += andCount(x, y)
	}
	_ = n
}

// TestAndCountMatchesBits holds andCount to a count bit by bit, for
// lengths that end at every place of its four-word steps.
func TestAndCountMatchesBits(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	for n := range 13 {
		a, b := make([]uint64, n), make([]uint64, n+r.IntN(3))
		for i := range a {
			a[i] = r.Uint64()
		}
		for i := range b {
			b[i] = r.Uint64()
		}
		want := 0
		for i := range a {
			for bit := range 64 {
				if a[i]&b[i]&(1<<bit) != 0 {
					want++
				}
			}
		}
		if got := andCount(a, b); got != want {
			t.Errorf("andCount of %d words = %d, want %d", n, got, want)
		}
	}
}
