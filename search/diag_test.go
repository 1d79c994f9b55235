package search

import (
	"context"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

func BenchmarkDiag(b *testing.B) {
	e, err := Open(benchIndex(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	e.noCache = true
	for i, r := range workload()[:16] {
		t := time.Now()
		res, err := e.Search(context.Background(), r)
		n := 0
		if res != nil {
			n = res.Total
		}
		b.Logf("%d %q ag=%v tags=%v from=%v sort=%s page=%d: %v total=%d err=%v", i%8, r.Query, r.Agencies, r.Tags, r.From.Format("2006"), r.Sort, r.Page, time.Since(t), n, err)
	}
	_ = jhasearch.MaxWindow
}
