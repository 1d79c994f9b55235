package search

import (
	"context"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/internal/measure"
)

// BenchmarkAnalytics measures the analyst views (package analytics) on the
// generated archive, one goroutine at a time:
//
//	JHASEARCH_BENCH_INDEX=/tmp/jhasearch-bench go test ./search -run '^$' -bench Analytics -benchtime 20x -corpus 100000
//
// cold: the engine's caches of answers and whole queries off and a new
// analytics cache for every answer (the lists of single words stay cached,
// as a server's do after its first minutes); cached: the same answers
// asked again, as the views' per-generation cache serves them.
func BenchmarkAnalytics(b *testing.B) {
	queries := []string{"police", "smuggling", "court prosecutors", `"money laundering"`, "cybercrime", "border guards",
		"training", "victims children", "fraud customs", "asylum"}
	cases := []struct {
		name string
		run  func(ctx context.Context, v *analytics.Views, i int) error
	}{
		{"trends-year-6q-share", func(ctx context.Context, v *analytics.Views, i int) error {
			qs := make([]string, 6)
			for k := range qs {
				qs[k] = queries[(i+k)%len(queries)]
			}
			_, err := v.Trends(ctx, analytics.TrendsRequest{Queries: qs, Interval: analytics.Year, Normalize: analytics.Share})
			return err
		}},
		{"trends-week-10y-2q", func(ctx context.Context, v *analytics.Views, i int) error {
			_, err := v.Trends(ctx, analytics.TrendsRequest{Queries: []string{queries[i%len(queries)], ""}, Interval: analytics.Week,
				Filters: jhasearch.SearchRequest{From: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)}})
			return err
		}},
		{"terms", func(ctx context.Context, v *analytics.Views, i int) error {
			_, err := v.Terms(ctx, analytics.TermsRequest{Search: jhasearch.SearchRequest{Query: queries[i%len(queries)]}})
			return err
		}},
		{"terms-background-filters", func(ctx context.Context, v *analytics.Views, i int) error {
			_, err := v.Terms(ctx, analytics.TermsRequest{Background: analytics.Filters,
				Search: jhasearch.SearchRequest{Query: queries[i%len(queries)], Filters: jhasearch.Filters{"agency": []string{"Europol"}}}})
			return err
		}},
		{"rising", func(ctx context.Context, v *analytics.Views, i int) error {
			_, err := v.Rising(ctx, analytics.RisingRequest{At: time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -i%len(queries))})
			return err
		}},
	}
	for _, c := range cases {
		for _, cold := range []bool{true, false} {
			name := c.name + "/cached"
			if cold {
				name = c.name + "/cold"
			}
			b.Run(name, func(b *testing.B) {
				var opts []Option
				if cold {
					opts = append(opts, withoutCaches())
				}
				e, err := Open(benchIndex(b), nil, opts...)
				if err != nil {
					b.Fatal(err)
				}
				defer e.Close()
				ctx := context.Background()
				v := analytics.New(e)
				// Warm the lists of the words, as a running server has them.
				for i := range queries {
					w := v
					if cold {
						w = analytics.New(e)
					}
					if err := c.run(ctx, w, i); err != nil {
						b.Fatal(err)
					}
				}
				b.ResetTimer()
				cpu := measure.CPUTime()
				for i := 0; i < b.N; i++ {
					if cold {
						v = analytics.New(e)
					}
					if err := c.run(ctx, v, i); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64((measure.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			})
		}
	}
}
