package search

import (
	"context"
	"runtime"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/measure"
	"github.com/jhasearch/jhasearch/search/cache"
	"github.com/jhasearch/jhasearch/search/highlight"
	"github.com/jhasearch/jhasearch/search/query"
)

// pageCase is one page of hits to fill: the parsed query, its request and
// the picks of its first page (and the one after it, for the cursor).
type pageCase struct {
	p     *query.Parsed
	req   jhasearch.SearchRequest
	picks []query.Match
}

// pageCases searches reqs with e and returns the picks of their first
// pages: each hit's entry and score, so that fillHits rebuilds the same page.
func pageCases(tb testing.TB, e *Engine, g *generation, reqs []jhasearch.SearchRequest) []pageCase {
	tb.Helper()
	var out []pageCase
	for _, req := range reqs {
		big := req
		big.Size = req.Size + 1
		res, err := e.Search(context.Background(), big)
		if err != nil {
			tb.Fatalf("search %q: %v", req.Query, err)
		}
		if len(res.Hits) == 0 {
			continue
		}
		p, err := query.Parse(req.Query)
		if err != nil {
			tb.Fatal(err)
		}
		p = query.MarkDates(query.ExpandConcepts(p, e.concepts))
		c := pageCase{p: p, req: req}
		for _, h := range res.Hits {
			c.picks = append(c.picks, query.Match{Entry: int32(g.byID[h.Document.ID]), Score: h.Score})
		}
		out = append(out, c)
	}
	return out
}

// BenchmarkFillHits measures filling pages of ten hits of long releases
// (3,000 bytes of body) for queries of one to three words and phrases:
// reading the records and making the snippets, what every search pays.
//
//	go test ./search -run '^$' -bench FillHits -benchmem
func BenchmarkFillHits(b *testing.B) { benchFillHits(b, false) }

// BenchmarkFillHitsCold is BenchmarkFillHits with the generation's caches
// of analyses emptied before every page: the cost of words and queries
// never seen.
//
//	go test ./search -run '^$' -bench FillHitsCold -benchmem
func BenchmarkFillHitsCold(b *testing.B) { benchFillHits(b, true) }

func benchFillHits(b *testing.B, cold bool) {
	docs := collect(generate(5, 2000, benchBody))
	e, _ := openFixture(b, docs)
	g, release, err := e.current()
	if err != nil {
		b.Fatal(err)
	}
	defer release()
	var reqs []jhasearch.SearchRequest
	for i, r := range workload() {
		if i%8 < 4 {
			reqs = append(reqs, r)
		}
	}
	cases := pageCases(b, e, g, reqs)
	if len(cases) < 50 {
		b.Fatalf("only %d queries with hits", len(cases))
	}
	b.ReportAllocs()
	runtime.GC()
	cpu := measure.CPUTime()
	n := 0
	for b.Loop() {
		c := &cases[n%len(cases)]
		n++
		if cold {
			g.tokens = cache.NewMemo[tokenKey, []highlight.Token](maxCachedTokens)
			g.queryTerms = cache.NewMemo[string, map[string][]string](maxCachedQueries)
		}
		res := &jhasearch.SearchResult{}
		if err := g.fillHits(res, c.picks, c.p, &c.req); err != nil {
			b.Fatal(err)
		}
	}
	// On a shared machine wall time says more about the neighbours than
	// about the code; CPU time per page does not.
	b.ReportMetric(float64((measure.CPUTime()-cpu).Microseconds())/float64(n), "cpu-µs/op")
}
