package indexer

import (
	"cmp"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/indexer/group"
	"github.com/jhasearch/jhasearch/internal/measure"
	"github.com/jhasearch/jhasearch/vocab"
)

// BenchmarkBuild measures a whole build of an archive, as `jhasearch
// import` runs it (documents enriched by the default vocabulary), with the
// documents already in memory: reading the archive is not the indexer's.
//
//	go test ./indexer -run '^$' -bench Build -benchtime 1x -archive ~/.cache/jhaload/docs100000-seed1-v2/archive.jsonl
//
// -archive names a JSON Lines archive in the import format (jhaload
// generates one of 100,000 releases); without it the benchmark builds
// -docs releases of a small built-in generator. size/text compares the
// whole generation directory (apparent sizes; jhaload uses du) with the
// bytes of title, summary and body, as jhaload's "index / text" does.
// docs/cpu-s is steadier than docs/s on a shared machine, but other
// processes inflate it too: compare builds run at the same time.
var (
	benchArchive = flag.String("archive", "", "JSON Lines archive to build in BenchmarkBuild")
	benchDocs    = flag.Int("docs", 0, "releases in BenchmarkBuild: the first of the archive (0: all), or how many to generate without -archive (0: 5000)")
)

func BenchmarkBuild(b *testing.B) {
	in := benchInput(b)
	text := 0
	for _, d := range in {
		text += len(d.Title) + len(d.Summary) + len(d.Body)
	}
	runtime.GC()
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		m := measure.StartBuild()
		g, err := Build(context.Background(), dir, seq(in))
		if err != nil {
			b.Fatal(err)
		}
		m.Report(b, g.Documents, g.Path, int64(text), "size/text")
		zaps, _ := filepath.Glob(filepath.Join(g.Path, indexDirName, "store", "*.zap"))
		b.Logf("%d documents in %d groups, %d segments", g.Documents, g.Groups, len(zaps))
		for _, part := range []string{indexDirName, docsFileName, tableFileName} {
			b.Logf("%s: %.1f MB", part, float64(mustDirSize(b, filepath.Join(g.Path, part)))/(1<<20))
		}
	}
}

// BenchmarkSignature computes the grouping sketches of -archive's
// releases (the first -docs), or of generated ones.
func BenchmarkSignature(b *testing.B) {
	in := benchInput(b)
	for i := 0; b.Loop(); i++ {
		group.NewSignature(&in[i%len(in)])
	}
}

// benchInput reads -archive, or generates -docs releases, and enriches
// them with the default vocabulary.
func benchInput(b *testing.B) []jhasearch.Document {
	b.Helper()
	var in []jhasearch.Document
	if *benchArchive != "" {
		f, err := os.Open(*benchArchive)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		docs, bad, err := archive.ReadJSONL(f)
		if err != nil || len(bad) > 0 {
			b.Fatalf("read %s: %v (%d bad lines)", *benchArchive, err, len(bad))
		}
		in = docs
		if *benchDocs > 0 && *benchDocs < len(in) {
			in = in[:*benchDocs]
		}
	} else {
		in = docs(cmp.Or(*benchDocs, 5000), "bench")
	}
	v, err := vocab.Default()
	if err != nil {
		b.Fatal(err)
	}
	for i := range in {
		e := v.Enrich(in[i])
		in[i].Topics, in[i].Systems, in[i].Countries, in[i].Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
	}
	return in
}

func mustDirSize(b *testing.B, dir string) int64 {
	n, err := measure.DirSize(dir)
	if err != nil {
		b.Fatal(err)
	}
	return n
}
