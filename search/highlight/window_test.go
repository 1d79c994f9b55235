package highlight

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// TestASCIILowerChangesOnlyASCIICapitals checks the eight-bytes-at-a-time
// lower-casing against the byte-by-byte rule, for every byte value at
// every place in a word and in the tail after the last whole word, and
// that it appends to what the buffer holds.
func TestASCIILowerChangesOnlyASCIICapitals(t *testing.T) {
	for c := range 256 {
		for at := range 19 {
			in := bytes.Repeat([]byte{'Q'}, 19)
			in[at] = byte(c)
			want := []byte("kept")
			for _, b := range in {
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				want = append(want, b)
			}
			if got := asciiLower([]byte("kept"), in); !bytes.Equal(got, want) {
				t.Fatalf("byte %#x at %d: %q, want %q", c, at, got, want)
			}
		}
	}
}

// TestIndexIsBytesIndex checks index against bytes.Index on random texts
// of few letters, where first letters are frequent, with and without the
// chunks from the start.
func TestIndexIsBytesIndex(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 2))
	draw := func(letters string, n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return b
	}
	crowdedSeen := 0
	for round := range 100000 {
		letters := []string{"ab", "abc ", "abcdefgh ", "aaaab"}[round%4]
		s, p := draw(letters, r.IntN(400)), draw(letters, 1+r.IntN(40))
		crowded := r.IntN(2) == 0
		if got, want := index(s, p, &crowded), bytes.Index(s, p); got != want {
			t.Fatalf("index(%q, %q) = %d, want %d", s, p, got, want)
		}
		if crowded {
			crowdedSeen++
		}
	}
	if crowdedSeen < 10000 {
		t.Errorf("only %d draws compared chunk by chunk", crowdedSeen)
	}
}
