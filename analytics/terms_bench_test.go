package analytics

import (
	"context"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// BenchmarkCounterHostile reads a sample of SampleSize releases at the
// body limit, every word new: the worst sample for the characteristic
// words (go test -run '^$' -bench CounterHostile -benchmem ./analytics).
func BenchmarkCounterHostile(b *testing.B) {
	docs := make([]*jhasearch.Document, SampleSize)
	for i := range docs {
		docs[i] = hostileRelease(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		c := newCounter(nil)
		for _, d := range docs {
			if err := c.add(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
