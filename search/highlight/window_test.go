package highlight

import (
	"bytes"
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
