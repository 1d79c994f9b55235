package search

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// rankingFromEnv returns the default ranking parameters with the
// overrides of $JHASEARCH_RANKING ("name=value,name=value"), for the
// sweeps docs/relevance.md reports: go test ./search -run TestRelevance
// -scifact -scifact-split train with JHASEARCH_RANKING=tierGroups=3.
func rankingFromEnv(t testing.TB) rankingParams {
	t.Helper()
	r := defaultRanking
	spec := os.Getenv("JHASEARCH_RANKING")
	if spec == "" {
		return r
	}
	for _, kv := range strings.Split(spec, ",") {
		name, val, _ := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(val, 64)
		if err != nil {
			t.Fatalf("JHASEARCH_RANKING: %q: %v", kv, err)
		}
		p, ok := rankingFields(&r)[name]
		if !ok {
			t.Fatalf("JHASEARCH_RANKING: no parameter %q", name)
		}
		switch p := p.(type) {
		case *bool:
			*p = f != 0
		case *int:
			*p = int(f)
		case *float64:
			*p = f
		}
	}
	fmt.Printf("ranking %s\n", spec)
	return r
}

// rankingFields names every parameter of r.
func rankingFields(r *rankingParams) map[string]any {
	return map[string]any{
		"tierGroups":     &r.TierGroups,
		"dateWeight":     &r.DateWeight,
		"proxWeight":     &r.ProxWeight,
		"proxWindow":     &r.ProxWindow,
		"proxTopK":       &r.ProxTopK,
		"prfMinTerms":    &r.PRFMinTerms,
		"prfDocs":        &r.PRFDocs,
		"prfTerms":       &r.PRFTerms,
		"prfWeight":      &r.PRFWeight,
		"prfIDF":         &r.PRFIDF,
		"looseSumGroups": &r.LooseSumGroups,
		"keywordBoost":   &r.KeywordBoost,
		"conceptBoost":   &r.ConceptBoost,
		"conceptB":       &r.ConceptB,
	}
}

// bm25FromEnv sets the BM25F parameters of e's generation from
// $JHASEARCH_BM25 ("k1=1.2,b=0.75,title=3"), for the sweeps on SciFact's
// train queries; the field weights are restored when the test ends.
func bm25FromEnv(t testing.TB, e *Engine) {
	t.Helper()
	spec := os.Getenv("JHASEARCH_BM25")
	if spec == "" {
		return
	}
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	for _, kv := range strings.Split(spec, ",") {
		name, val, _ := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(val, 64)
		if err != nil {
			t.Fatalf("JHASEARCH_BM25: %q: %v", kv, err)
		}
		switch name {
		case "k1":
			g.params.K1 = f
		case "b":
			g.params.B = f
		case "title":
			e.ranking.Fields[0].Boost = f
		default:
			t.Fatalf("JHASEARCH_BM25: no parameter %q", name)
		}
	}
	fmt.Printf("bm25 %s\n", spec)
}
