package search

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// The ranking benchmark runs the engine, query language and all, on BEIR
// SciFact: go test ./search -run TestRelevance -scifact -v
// The collection is read from $JHASEARCH_EVAL (default ../../shared/eval)
// and never copied into the repository.
var scifact = flag.Bool("scifact", false, "measure ranking on the SciFact collection (slow)")

// scifactSplit chooses the judged queries: "test" (reported) or "train"
// (where every ranking parameter is chosen, docs/relevance.md).
var scifactSplit = flag.String("scifact-split", "test", "SciFact queries to measure on: test or train")

// evalDir is where the evaluation collections live.
func evalDir() string {
	if d := os.Getenv("JHASEARCH_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "eval")
}

func TestRelevance(t *testing.T) {
	if !*scifact {
		t.Skip("ranking benchmark: run with -scifact")
	}
	dir := filepath.Join(evalDir(), "scifact")
	if _, err := os.Stat(filepath.Join(dir, "corpus.jsonl")); err != nil {
		t.Skipf("SciFact not found at %s (set JHASEARCH_EVAL): %v", dir, err)
	}
	docs := readSciFactCorpus(t, filepath.Join(dir, "corpus.jsonl"))
	queries := readSciFactQueries(t, filepath.Join(dir, "queries.jsonl"))
	if *scifactSplit != "test" && *scifactSplit != "train" {
		t.Fatalf("-scifact-split is %q; it must be test or train", *scifactSplit)
	}
	qrels := readQrels(t, filepath.Join(dir, "qrels", *scifactSplit+".tsv"))
	start := time.Now()
	e, _ := openFixture(t, docs)
	e.ranking = rankingFromEnv(t)
	bm25FromEnv(t, e)
	t.Logf("indexed %d documents in %v", len(docs), time.Since(start).Round(time.Millisecond))
	var ndcg, recall float64
	qids := make([]string, 0, len(qrels))
	for q := range qrels {
		qids = append(qids, q)
	}
	sort.Strings(qids)
	for _, q := range qids {
		res, err := e.Search(context.Background(), jhasearch.SearchRequest{Query: queries[q], Sort: jhasearch.SortRelevance, Page: 1, Size: 100})
		if err != nil {
			t.Fatalf("query %s %q: %v", q, queries[q], err)
		}
		ranked := ids(res)
		ndcg += ndcgAt(ranked, qrels[q], 10)
		recall += recallAt(ranked, qrels[q], 100)
	}
	n := float64(len(qids))
	t.Logf("SciFact %s, %d queries: nDCG@10 %.4f, Recall@100 %.4f", *scifactSplit, len(qids), ndcg/n, recall/n)
	fmt.Printf("scifact %s ndcg@10=%.4f recall@100=%.4f\n", *scifactSplit, ndcg/n, recall/n)
}

func ndcgAt(ranked []string, rel map[string]int, k int) float64 {
	dcg := 0.0
	for i, id := range ranked[:min(k, len(ranked))] {
		dcg += float64(rel[id]) / math.Log2(float64(i+2))
	}
	grades := make([]int, 0, len(rel))
	for _, g := range rel {
		grades = append(grades, g)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(grades)))
	idcg := 0.0
	for i, g := range grades[:min(k, len(grades))] {
		idcg += float64(g) / math.Log2(float64(i+2))
	}
	if idcg == 0 {
		return 0
	}
	return dcg / idcg
}

func recallAt(ranked []string, rel map[string]int, k int) float64 {
	found, total := 0, 0
	for _, g := range rel {
		if g > 0 {
			total++
		}
	}
	for _, id := range ranked[:min(k, len(ranked))] {
		if rel[id] > 0 {
			found++
		}
	}
	if total == 0 {
		return 0
	}
	return float64(found) / float64(total)
}

func readSciFactCorpus(t *testing.T, path string) []jhasearch.Document {
	t.Helper()
	var docs []jhasearch.Document
	eachJSONLine(t, path, func(b []byte) {
		var d struct{ ID, Title, Text string }
		var raw struct {
			ID    string `json:"_id"`
			Title string `json:"title"`
			Text  string `json:"text"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		d.ID, d.Title, d.Text = raw.ID, raw.Title, raw.Text
		docs = append(docs, jhasearch.Document{ID: d.ID, Title: d.Title, Body: d.Text, Agency: "SciFact",
			Language: "en", Published: day("2020-01-01")})
	})
	return docs
}

func readSciFactQueries(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	eachJSONLine(t, path, func(b []byte) {
		var q struct {
			ID   string `json:"_id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(b, &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out[q.ID] = q.Text
	})
	return out
}

// readQrels reads a BEIR qrels file: header line, CRLF, query-id, corpus-id, score.
func readQrels(t *testing.T, path string) map[string]map[string]int {
	t.Helper()
	out := map[string]map[string]int{}
	first := true
	eachJSONLine(t, path, func(b []byte) {
		if first {
			first = false
			return
		}
		f := strings.Split(strings.TrimRight(string(b), "\r"), "\t")
		if len(f) != 3 {
			t.Fatalf("%s: bad line %q", path, b)
		}
		g, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("%s: bad grade in %q", path, b)
		}
		if out[f[0]] == nil {
			out[f[0]] = map[string]int{}
		}
		out[f[0]][f[1]] = g
	})
	return out
}

func eachJSONLine(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 1<<20), 16<<20)
	for s.Scan() {
		if len(strings.TrimSpace(s.Text())) > 0 {
			fn(s.Bytes())
		}
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
}
