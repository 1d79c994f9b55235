package search

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/vocab"
)

// The judged set: questions written the way staff ask them, over the demo
// newsroom (internal/demosite), with judgements kept in
// testdata/judged/demo.tsv. go test ./search -run TestJudged -judged -v
// prints MRR@10 for the kinds with one answer (a remembered release, a
// thing by another name, a question in another language) and nDCG@10 for
// topics (graded judgements). docs/relevance.md reports it.
var judged = flag.Bool("judged", false, "measure ranking on the judged set (testdata/judged)")

// judgedQuestion is one line of a judged file: its kind, the query and the
// grade of each judged release.
type judgedQuestion struct {
	kind, query string
	grades      map[string]int
	line        int
}

// demoID is the id the judged set names a demo release by.
func demoID(r demosite.Release) string {
	key := strings.ToLower(strings.ReplaceAll(r.Agency, "-", ""))
	return key + "." + r.Slug
}

// demoDocs are the demo newsroom's releases as documents, enriched by v as
// a build does; groups maps an id to its joint-release group (or itself).
func demoDocs(v *vocab.Vocabulary) (docs []jhasearch.Document, groups map[string]string) {
	groups = map[string]string{}
	for _, r := range demosite.Releases() {
		id := demoID(r)
		d := jhasearch.Document{ID: id, URL: "https://demo.example" + r.Path, Agency: r.Agency, Title: r.Title,
			Summary: r.Summary, Body: r.Body(), Tags: r.Tags, Language: "en", Published: r.Published, Group: r.Group}
		e := v.Enrich(d)
		d.Topics, d.Systems, d.Countries, d.Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
		docs = append(docs, d)
		groups[id] = id
		if r.Group != "" {
			groups[id] = "group:" + r.Group
		}
	}
	return docs, groups
}

func readJudged(t *testing.T, path string) []judgedQuestion {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []judgedQuestion
	s := bufio.NewScanner(f)
	for n := 1; s.Scan(); n++ {
		line := s.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			t.Fatalf("%s:%d: want kind, query and judgements separated by tabs", path, n)
		}
		q := judgedQuestion{kind: parts[0], query: parts[1], grades: map[string]int{}, line: n}
		for _, j := range strings.Fields(parts[2]) {
			id, g, ok := strings.Cut(j, "=")
			grade, err := strconv.Atoi(g)
			if !ok || err != nil || grade < 1 {
				t.Fatalf("%s:%d: bad judgement %q (want id=grade)", path, n, j)
			}
			q.grades[id] = grade
		}
		out = append(out, q)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// judgedScores runs every question on e and returns the mean score of each
// kind and, per kind, the questions whose answer missed.
func judgedScores(t *testing.T, e *Engine, qs []judgedQuestion, groups map[string]string, match string) (map[string]float64, map[string]int) {
	t.Helper()
	sum, count := map[string]float64{}, map[string]int{}
	for _, q := range qs {
		res, err := e.Search(context.Background(), jhasearch.SearchRequest{Query: q.query, Sort: jhasearch.SortRelevance, Page: 1, Size: 10, Match: match})
		if err != nil {
			t.Fatalf("line %d %q: %v", q.line, q.query, err)
		}
		// A joint release is indexed once, under one member: a member
		// stands for its group.
		rel := map[string]int{}
		for id, g := range q.grades {
			if _, ok := groups[id]; !ok {
				t.Fatalf("line %d: %s is no demo release", q.line, id)
			}
			rel[groups[id]] = max(rel[groups[id]], g)
		}
		var ranked []string
		for _, id := range ids(res) {
			ranked = append(ranked, groups[id])
		}
		var score float64
		if q.kind == "topic" {
			score = ndcgAt(ranked, rel, 10)
		} else {
			score = mrrAt(ranked, rel, 10)
		}
		if testing.Verbose() && score < 1 && os.Getenv("JUDGED_MISSES") != "" {
			fmt.Printf("  %-10s %.2f %q -> %v\n", q.kind, score, q.query, ids(res)[:min(3, len(res.Hits))])
		}
		sum[q.kind] += score
		count[q.kind]++
	}
	for k := range sum {
		sum[k] /= float64(count[k])
	}
	return sum, count
}

func mrrAt(ranked []string, rel map[string]int, k int) float64 {
	for i, id := range ranked[:min(k, len(ranked))] {
		if rel[id] > 0 {
			return 1 / float64(i+1)
		}
	}
	return 0
}

func TestJudged(t *testing.T) {
	if !*judged {
		t.Skip("ranking on the judged set: run with -judged")
	}
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs, groups := demoDocs(v)
	e := openWithVocabulary(t, docs, v)
	e.ranking = rankingFromEnv(t)
	qs := readJudged(t, filepath.Join("testdata", "judged", "demo.tsv"))
	for _, match := range []string{"", jhasearch.MatchAll} {
		scores, counts := judgedScores(t, e, qs, groups, match)
		kinds := make([]string, 0, len(scores))
		for k := range scores {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		var b strings.Builder
		fmt.Fprintf(&b, "judged match=%s:", cmpOr(match, "default"))
		for _, k := range kinds {
			metric := "MRR@10"
			if k == "topic" {
				metric = "nDCG@10"
			}
			fmt.Fprintf(&b, " %s(%d) %s=%.4f", k, counts[k], metric, scores[k])
		}
		fmt.Println(b.String())
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
