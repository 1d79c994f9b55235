package score

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/internal/measure"
	"github.com/jhasearch/jhasearch/search/reader"
)

// BenchmarkWord measures Scorer.Word alone, reading and scoring a word's
// postings in the three text fields, on a generation built by the search
// package's benchmarks (the generated archive of seed 1, whose words these are), no engine around
// it: words of ranks 50 to 200 (common: in a fifth to a half of the
// releases), 200 to 1,000, 1,000 to 5,000 and 5,000 to 19,000 (the
// rarest) in the generated vocabulary.
//
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search -run '^$' -bench ReadWord -benchtime 1x
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search/score -run '^$' -bench Word -count 6
func BenchmarkWord(b *testing.B) {
	dir := os.Getenv("JHASEARCH_BENCH_INDEX")
	if dir == "" {
		b.Skip("JHASEARCH_BENCH_INDEX names no generated archive")
	}
	g, err := indexer.Current(dir)
	if err != nil {
		b.Fatal(err)
	}
	table, err := indexer.ReadTable(g)
	if err != nil {
		b.Fatal(err)
	}
	byID := make(map[string]int, len(table.Entries))
	for i, e := range table.Entries {
		byID[e.ID] = i
	}
	ix, err := reader.Open(g, byID)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	sc := NewScorer(NewStats(g, &Default), len(table.Entries))
	words := corpus.NewReleaseText(1).Words
	for _, class := range []struct {
		name     string
		from, to int
	}{{"common", 50, 200}, {"middle", 200, 1000}, {"rare", 1000, 5000}, {"rarest", 5000, 19000}} {
		var queries [][]Term
		for r := class.from; r < class.to; r += (class.to - class.from) / 40 {
			ts := ix.Analyzer("").Analyze([]byte(words[r]))
			if len(ts) == 0 {
				continue
			}
			var q []Term
			for _, fw := range Default.Fields {
				q = append(q, Term{Field: fw.Field, Term: string(ts[0].Term), Boost: fw.Boost})
			}
			queries = append(queries, q)
		}
		b.Run(class.name, func(b *testing.B) {
			postings := 0
			cpu := measure.CPUTime()
			for i := 0; i < b.N; i++ {
				s, err := ix.Snapshot()
				if err != nil {
					b.Fatal(err)
				}
				entries, _, err := sc.Word(context.Background(), s, queries[i%len(queries)])
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
				postings += len(entries)
			}
			b.ReportMetric(float64(postings)/float64(b.N), "docs/op")
			// On a shared machine, CPU time says more than wall time.
			b.ReportMetric(float64((measure.CPUTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

// BenchmarkWeights measures adding up n weights of random entries of a
// table of 100,000 in the dense array and in the sparse list, which is
// where denseShare puts the threshold between them.
func BenchmarkWeights(b *testing.B) {
	const entries = 100_000
	r := rand.New(rand.NewPCG(1, 1))
	for _, n := range []int{20, 50, 200, 800, 3200} {
		ps := make([]reader.Posting, n)
		ws := make([]float64, n)
		for i, e := range r.Perm(entries)[:n] {
			ps[i].Entry, ws[i] = int32(e), 1
		}
		add := func(acc weights) {
			for k := 0; k < n; k += readBatch {
				acc.add(ps[k:min(k+readBatch, n)], ws[k:min(k+readBatch, n)])
			}
			acc.list()
		}
		pool := &densePool{}
		b.Run(fmt.Sprintf("dense-%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				d := pool.get(entries)
				add(d)
				pool.put(d)
			}
		})
		b.Run(fmt.Sprintf("sparse-%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				add(&sparseWeights{ws: make([]float64, 0, n), keys: make([]uint64, 0, n)})
			}
		})
	}
}
