package indexer

import (
	"cmp"
	"context"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
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
		stop := samplePeak()
		start, cpu0 := time.Now(), cpuTime()
		g, err := Build(context.Background(), dir, seq(in))
		if err != nil {
			b.Fatal(err)
		}
		elapsed, cpu := time.Since(start), cpuTime()-cpu0
		peak := stop()
		size := dirSize(b, g.Path)
		b.ReportMetric(float64(g.Documents)/elapsed.Seconds(), "docs/s")
		b.ReportMetric(float64(g.Documents)/cpu.Seconds(), "docs/cpu-s")
		b.ReportMetric(float64(size)/float64(text), "size/text")
		b.ReportMetric(float64(size)/(1<<20), "MB-index")
		b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
		if rss := peakRSS(); rss > 0 {
			b.ReportMetric(float64(rss)/(1<<20), "MB-peak-rss")
		}
		zaps, _ := filepath.Glob(filepath.Join(g.Path, indexDirName, "store", "*.zap"))
		b.Logf("%d segments", len(zaps))
		for _, part := range []string{indexDirName, docsFileName, tableFileName} {
			b.Logf("%s: %.1f MB", part, float64(dirSize(b, filepath.Join(g.Path, part)))/(1<<20))
		}
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

// samplePeak samples the heap in use until the returned function is
// called, which returns the highest value seen.
func samplePeak() func() uint64 {
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); wg.Wait(); return peak }
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakRSS reads the process's peak resident set (Linux), 0 elsewhere.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseUint(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func dirSize(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			n += fi.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}
