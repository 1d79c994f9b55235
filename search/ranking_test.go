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
		p, ok := r.fields()[name]
		if !ok {
			t.Fatalf("JHASEARCH_RANKING: no parameter %q", name)
		}
		switch p := p.(type) {
		case *int:
			*p = int(f)
		case *float64:
			*p = f
		}
	}
	fmt.Printf("ranking %s\n", spec)
	return r
}

// fields names every parameter of r.
func (r *rankingParams) fields() map[string]any {
	return map[string]any{
		"tierGroups": &r.tierGroups,
		"dateWeight": &r.dateWeight,
		"proxWeight": &r.proxWeight,
		"proxWindow": &r.proxWindow,
		"proxTopK":   &r.proxTopK,
	}
}
