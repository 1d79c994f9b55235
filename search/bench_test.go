package search

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/internal/measure"
)

// Benchmarks (run by `make bench`):
//
//	go test ./search -run '^$' -bench Build -benchtime 1x -corpus 100000
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search -run '^$' -bench 'Query$' -benchtime 2000x -corpus 100000
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search -run '^$' -bench QueryKind -benchtime 50x -corpus 100000
//
// A quick run: -corpus 5000.
// -corpus sets the size of the generated archive; a small one runs fast.
// The query benchmarks build it once per process in a temporary directory,
// or, when $JHASEARCH_BENCH_INDEX names a directory, build it there once
// and reuse it in later runs (delete it after changing -corpus).
var corpusSize = flag.Int("corpus", 100000, "documents in the generated benchmark archive")

const benchBody = 3000 // bytes of body per generated release

var (
	benchOnce sync.Once
	benchDir  string // removed at exit
	benchKept string // kept for later runs
	benchErr  error
)

// keptIndex builds the archive into dir unless a generation of the same
// size is there already.
func keptIndex(dir string) error {
	if g, err := indexer.Current(dir); err == nil && g.Documents == *corpusSize && g.MappingVersion == indexer.MappingVersion {
		return nil
	}
	_, err := indexer.Build(context.Background(), dir, generate(1, *corpusSize, benchBody))
	return err
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchIndex builds the generated archive once per process and shares it
// between the query benchmarks.
func benchIndex(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		if dir := os.Getenv("JHASEARCH_BENCH_INDEX"); dir != "" {
			benchErr = keptIndex(dir)
			benchKept = dir
			return
		}
		benchDir, benchErr = os.MkdirTemp("", "jhasearch-bench-")
		if benchErr == nil {
			_, benchErr = indexer.Build(context.Background(), benchDir, generate(1, *corpusSize, benchBody))
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	if benchKept != "" {
		return benchKept
	}
	return benchDir
}

// BenchmarkBuild measures a whole build of the generated archive.
func BenchmarkBuild(b *testing.B) {
	raw := 0
	for d := range generate(1, *corpusSize, benchBody) {
		raw += len(d.Title) + len(d.Summary) + len(d.Body) + len(strings.Join(d.Tags, ""))
	}
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		m := measure.StartBuild()
		g, err := indexer.Build(context.Background(), dir, generate(1, *corpusSize, benchBody))
		if err != nil {
			b.Fatal(err)
		}
		m.Report(b, g.Documents, g.Path, int64(raw), "size/raw")
	}
}

// workload is the mixed query workload: single words, several words,
// phrases, filters, date ranges and browsing newest first, all with facets.
// Query words come from the ranks of the generated vocabulary whose words
// are in roughly 0.5% to 25% of the releases, as the words people search
// for are in a real archive (the most common words of a real text are stop
// words, which the analyzer drops); phrases are adjacent pairs of such
// words taken from generated text, so that each exists in the archive.
func workload() []jhasearch.SearchRequest {
	g := corpus.NewReleaseText(7)
	rank := make(map[string]int, len(g.Words))
	for i, w := range g.Words {
		rank[w] = i
	}
	word := func() string { return g.Words[200+g.Rand.IntN(4800)] }
	phrase := func() string {
		for {
			ws := strings.Fields(strings.ToLower(strings.TrimSuffix(g.Sentence(40), ".")))
			for j := 0; j+1 < len(ws); j++ {
				if rank[ws[j]] >= 50 && rank[ws[j+1]] >= 50 {
					return `"` + ws[j] + " " + ws[j+1] + `"`
				}
			}
		}
	}
	var reqs []jhasearch.SearchRequest
	for i := 0; i < 400; i++ {
		r := jhasearch.SearchRequest{Sort: jhasearch.SortRelevance, Page: 1, Size: 10}
		switch i % 8 {
		case 0:
			r.Query = word()
		case 1:
			r.Query = word() + " " + word()
		case 2:
			r.Query = word() + " " + word() + " " + word()
		case 3:
			r.Query = phrase()
		case 4:
			r.Query = word()
			r.Filters = jhasearch.Filters{jhasearch.FacetAgency: {genAgencies[i%len(genAgencies)]}}
		case 5:
			r.Query = word()
			r.From = time.Date(2015+i%8, 1, 1, 0, 0, 0, 0, time.UTC)
			r.To = r.From.AddDate(1, 0, 0)
		case 6:
			r.Sort = jhasearch.SortNewest
			r.Filters = jhasearch.Filters{jhasearch.FacetTag: {genTags[i%len(genTags)]}}
		case 7:
			r.Sort = jhasearch.SortNewest
			r.Page = 1 + i%5
		}
		reqs = append(reqs, r)
	}
	return reqs
}

// kindNames names the classes of the workload, by index modulo 8.
var kindNames = []string{"word", "two-words", "three-words", "phrase", "word+agency", "word+dates", "browse-tag", "browse-page"}

// BenchmarkQueryKind measures each class of the workload alone, one
// goroutine, caches off: where the time goes.
func BenchmarkQueryKind(b *testing.B) {
	reqs := workload()
	for k, name := range kindNames {
		b.Run(name, func(b *testing.B) {
			e, err := Open(benchIndex(b), nil, withoutCaches())
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			b.ResetTimer()
			cpu := measure.CPUTime()
			for i := 0; i < b.N; i++ {
				r := reqs[(i*8+k)%len(reqs)]
				if _, err := e.Search(context.Background(), r); err != nil {
					b.Fatal(err)
				}
			}
			// On a shared machine wall time says more about the neighbours
			// than about the engine; CPU time per query does not.
			b.ReportMetric(float64((measure.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

func BenchmarkQuery(b *testing.B) {
	for _, cached := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cached), func(b *testing.B) { benchQuery(b, cached) })
	}
}

// benchQuery runs the workload from 8 goroutines and reports latency
// percentiles and throughput.
func benchQuery(b *testing.B, cached bool) {
	var opts []Option
	if !cached {
		opts = append(opts, withoutCaches())
	}
	e, err := Open(benchIndex(b), nil, opts...)
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	reqs := workload()
	var mu sync.Mutex
	var lat []time.Duration
	var next, failed int64
	b.SetParallelism(max(1, 8/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			mu.Lock()
			r := reqs[next%int64(len(reqs))]
			next++
			mu.Unlock()
			t := time.Now()
			if _, err := e.Search(context.Background(), r); err != nil {
				// A query over its deadline is an answer too (an error
				// to the user): count it, keep measuring.
				if jhasearch.ErrorCode(err) != jhasearch.EINVALID {
					b.Error(err)
					return
				}
				mu.Lock()
				failed++
				mu.Unlock()
			}
			mine = append(mine, time.Since(t))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-p50")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99")
		b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "queries/s")
		b.ReportMetric(float64(failed), "timeouts")
	}
}
