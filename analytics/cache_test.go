package analytics

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

// bigTrend is a trend at the limits: MaxPoints points, long questions,
// and six peaks whose release is at the field limits.
func bigTrend(i int) *Trends {
	t := &Trends{Interval: Week, Normalize: Count}
	n := MaxPoints / MaxSeries
	for k := range n {
		d := date("2000-01-03").AddDate(0, 0, 7*k)
		t.Periods = append(t.Periods, Period{Label: fmt.Sprintf("2000-W%02d", k), Start: d, End: d.AddDate(0, 0, 6)})
		t.Totals = append(t.Totals, k)
	}
	for s := range MaxSeries {
		hit := jhasearch.Hit{Document: jhasearch.Document{ID: fmt.Sprint(i, s), Title: strings.Repeat("t", jhasearch.MaxTitleBytes),
			URL: strings.Repeat("u", jhasearch.MaxURLBytes), Summary: strings.Repeat("s", jhasearch.MaxSummaryBytes),
			Body: strings.Repeat("b", jhasearch.MaxBodyBytes), Published: time.Now()}, Snippet: strings.Repeat("n", 600)}
		for range jhasearch.MaxTags {
			hit.Document.Tags = append(hit.Document.Tags, strings.Repeat("g", jhasearch.MaxTagBytes))
		}
		t.Series = append(t.Series, Series{Query: strings.Repeat("q", jhasearch.MaxQueryLength), Counts: make([]int, n),
			Values: make([]float64, n), Peak: &Peak{Top: &hit}})
	}
	return t
}

// TestCacheStaysWithinItsBudget: filled with the largest answers, the
// cache holds no more than its budget of bytes, by the same estimate the
// cache charges, and keeps no release body.
func TestCacheStaysWithinItsBudget(t *testing.T) {
	c := newCache(cacheSize, cacheBudget)
	key := strings.Repeat("k", 2000)
	for i := range 2 * cacheSize {
		a := bigTrend(i)
		c.put("g1", fmt.Sprint(key, i), keepable(a))
	}
	held := 0
	for k, e := range c.items {
		held += len(k) + answerBytes(e.v)
		if tr, ok := e.v.(*Trends); ok {
			for _, s := range tr.Series {
				if s.Peak != nil && s.Peak.Top != nil && s.Peak.Top.Document.Body != "" {
					t.Fatal("a cached peak keeps its release's body")
				}
			}
		}
	}
	if held > 16<<20 || held > cacheBudget || len(c.items) == 0 {
		t.Errorf("the cache holds %d answers of %d bytes, want some within 16 MiB", len(c.items), held)
	}
	if one := answerBytes(bigTrend(0)); one < 100<<10 {
		t.Errorf("the estimate of the largest trend is %d bytes: too small to be right", one)
	}
}
