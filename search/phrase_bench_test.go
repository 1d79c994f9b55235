package search

import (
	"context"
	"errors"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/internal/measure"
	"github.com/jhasearch/jhasearch/search/query"
)

// BenchmarkPhraseDistinct measures quoted phrases as the load test's
// distinct workload asks them (cmd/jhaload, issue 19): on the load test's
// archive (corpus.Generator, seed 1), each phrase two to four consecutive
// words of one sentence of a document, each asked once, so that its list
// is computed; the lists of its words stay cached, as a server's are.
// 300 phrases are asked first, untimed, to fill them.
//
//	JHASEARCH_PHRASE_INDEX=/tmp/jhasearch-phrase go test ./search -run '^$' -bench PhraseDistinct -benchtime 1000x -corpus 100000
//
// It measures both ways of matching phrases, with the pairs file and on
// the positions records alone (sub-benchmarks pairs and records).
//
// The index is built in $JHASEARCH_PHRASE_INDEX once (or in a temporary
// directory every run) from the first -corpus documents of the archive.
func BenchmarkPhraseDistinct(b *testing.B) {
	dir := os.Getenv("JHASEARCH_PHRASE_INDEX")
	if dir == "" {
		dir = b.TempDir()
	}
	if g, err := indexer.Current(dir); err != nil || g.Documents != *corpusSize || g.MappingVersion != indexer.MappingVersion {
		if _, err := indexer.Build(context.Background(), dir, loadArchive(*corpusSize)); err != nil {
			b.Fatal(err)
		}
	}
	const warm = 300
	phraseWays(b, dir, warm, func(b *testing.B, e *Engine, phrases []string) {
		askPhrases(b, e, phrases[:warm], phrases[warm:])
	})
}

// phraseWays runs a sub-benchmark for each way of answering phrases, with
// warm+b.N distinct phrases and an engine on dir without caches: pairs
// answers or narrows phrases by the pairs file, records checks every
// candidate on its positions record, as before it; -count alternates
// them.
func phraseWays(b *testing.B, dir string, warm int, run func(b *testing.B, e *Engine, phrases []string)) {
	for _, way := range []struct {
		name string
		opts []Option
	}{{"pairs", nil}, {"records", []Option{withoutPairs()}}} {
		b.Run(way.name, func(b *testing.B) {
			phrases, err := distinctPhrases(*corpusSize, warm+b.N)
			if err != nil {
				b.Fatal(err)
			}
			e, err := Open(dir, nil, append(way.opts, withoutCaches())...)
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			run(b, e, phrases)
		})
	}
}

// askPhrases asks warm untimed and then phrases, timed.
func askPhrases(b *testing.B, e *Engine, warm, phrases []string) {
	ask := func(q string) {
		r := jhasearch.SearchRequest{Query: `"` + q + `"`, Sort: jhasearch.SortRelevance, Page: 1, Size: 10}
		if _, err := e.Search(context.Background(), r); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range warm {
		ask(q)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	cpu := measure.CPUTime()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		ask(phrases[i])
		lat = append(lat, time.Since(t))
	}
	b.ReportMetric(float64((measure.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-p50")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99")
}

// loadArchive yields the first n documents of the load test's archive,
// through the import format.
func loadArchive(n int) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		g, err := corpus.New(1)
		if err != nil {
			yield(jhasearch.Document{}, err)
			return
		}
		pr, pw := io.Pipe()
		defer pr.Close() // ends the writer when yield stops early
		go func() {
			_, err := g.Write(pw, n)
			pw.CloseWithError(err)
		}()
		errStop := errors.New("stop")
		_, err = archive.ScanJSONL(pr, func(_ int, d jhasearch.Document) error {
			if !yield(d, nil) {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			yield(jhasearch.Document{}, err)
		}
	}
}

// distinctPhrases draws n distinct phrases as the load test does: two to
// four consecutive words of one sentence of one of 5,000 documents spread
// over the archive of docs documents, at least one of them a content word.
func distinctPhrases(docs, n int) ([]string, error) {
	g, err := corpus.New(1)
	if err != nil {
		return nil, err
	}
	var sentences [][][]string
	for k := range min(docs, 5000) {
		var doc [][]string
		var cur []string
		for i, f := range strings.Fields(g.Document(k * docs / min(docs, 5000)).Body) {
			if i == 0 {
				continue // the agency's name
			}
			cur = append(cur, strings.ToLower(strings.TrimSuffix(f, ".")))
			if strings.HasSuffix(f, ".") {
				doc, cur = append(doc, cur), nil
			}
		}
		sentences = append(sentences, doc)
	}
	r := rand.New(rand.NewPCG(19, 19))
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		doc := sentences[r.IntN(len(sentences))]
		if len(doc) == 0 {
			continue
		}
		s := doc[r.IntN(len(doc))]
		k := 2 + r.IntN(3)
		if len(s) < k {
			continue
		}
		at := r.IntN(len(s) - k + 1)
		p := s[at : at+k]
		q := strings.Join(p, " ")
		if seen[q] || !slices.ContainsFunc(p, func(w string) bool { return !corpus.IsStopWord(w) }) {
			continue
		}
		seen[q] = true
		out = append(out, q)
	}
	return out, nil
}

// BenchmarkPhraseEval measures the evaluation of a phrase alone, its
// scored list (query.Index.Eval), on the same phrases and index as
// BenchmarkPhraseDistinct, with the pairs file and on records alone; the
// lists of the phrases' words are cached by the untimed phrases first.
//
//	JHASEARCH_PHRASE_INDEX=/tmp/jhasearch-phrase go test ./search -run '^$' -bench PhraseEval/pairs -benchtime 1000x -corpus 100000
func BenchmarkPhraseEval(b *testing.B) {
	dir := os.Getenv("JHASEARCH_PHRASE_INDEX")
	if dir == "" {
		b.Skip("JHASEARCH_PHRASE_INDEX names no index (BenchmarkPhraseDistinct builds one)")
	}
	const warm = 300
	phraseWays(b, dir, warm, func(b *testing.B, e *Engine, phrases []string) {
		x := e.cur.Load().q
		eval := func(q string) int {
			p, err := query.Parse(`"` + q + `"`)
			if err != nil {
				b.Fatal(err)
			}
			l, _, err := x.Eval(context.Background(), p, q, false)
			if err != nil {
				b.Fatal(err)
			}
			if l == nil {
				return 0
			}
			return l.Len()
		}
		for _, q := range phrases[:warm] {
			eval(q)
		}
		lat := make([]time.Duration, 0, b.N)
		matches := 0
		b.ResetTimer()
		cpu := measure.CPUTime()
		for i := 0; i < b.N; i++ {
			t := time.Now()
			matches += eval(phrases[warm+i])
			lat = append(lat, time.Since(t))
		}
		b.ReportMetric(float64((measure.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "ms-p50")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "ms-p99")
		b.ReportMetric(float64(matches)/float64(b.N), "matches/op")
	})
}
