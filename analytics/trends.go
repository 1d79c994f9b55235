package analytics

import (
	"context"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
)

// MaxSeries is the most questions a trend compares.
const MaxSeries = 6

// Normalize says what a trend's values are.
type Normalize string

// Count is the number of releases; Share divides it by the number of
// releases that match the filters alone in the same period, so that a
// busier agency or year does not look like more attention.
const (
	Count Normalize = "count"
	Share Normalize = "share"
)

// ParseNormalize reads a normalize parameter; empty is Count.
func ParseNormalize(s string) (Normalize, error) {
	switch Normalize(s) {
	case "":
		return Count, nil
	case Count, Share:
		return Normalize(s), nil
	}
	return "", jhasearch.Errorf(jhasearch.EINVALID, "Parameter normalize is %q; it must be count or share.", clip(s))
}

// TrendsRequest asks for several questions side by side over time.
type TrendsRequest struct {
	// Queries are 1 to MaxSeries queries; an empty one means every release.
	Queries []string
	// Filters apply to every query (agency, tag, …, from, to); their
	// Query, order and paging are ignored.
	Filters   jhasearch.SearchRequest
	Interval  Interval
	Normalize Normalize
}

// Trends is the answer: a series per query over the same periods.
type Trends struct {
	Interval  Interval
	Normalize Normalize
	Periods   []Period
	// Totals are the releases matching the filters alone in each period:
	// what Share divides by.
	Totals []int
	Series []Series
}

// Series is one query's counts.
type Series struct {
	Query string
	// Counts are the releases the query matches in each period; Values
	// are the counts or the shares, as asked.
	Counts []int
	Values []float64
	Total  int
	// Peak is the period of the highest value, with the release that
	// ranks first in it; nil when the query matches nothing.
	Peak *Peak
}

// Peak is a series' highest period.
type Peak struct {
	Period int // index into Periods
	Count  int
	Value  float64
	Top    *jhasearch.Hit
}

// PeriodRequest is the search a point counts: the query and filters of the
// trend within the period.
func (r *TrendsRequest) PeriodRequest(query string, p Period) jhasearch.SearchRequest {
	req := filtersOf(r.Filters)
	req.Query, req.From, req.To = query, p.Start, p.End
	return req
}

// Check validates the request beyond its parameters' syntax.
func (r *TrendsRequest) Check() error {
	if len(r.Queries) == 0 {
		r.Queries = []string{""}
	}
	if len(r.Queries) > MaxSeries {
		return jhasearch.Errorf(jhasearch.EINVALID,
			"Parameter q is given %d times; a trend compares at most %d queries.", len(r.Queries), MaxSeries)
	}
	if r.Interval == "" {
		r.Interval = Year
	}
	if r.Normalize == "" {
		r.Normalize = Count
	}
	return nil
}

// Trends answers a trends request.
func (v *Views) Trends(ctx context.Context, r TrendsRequest) (*Trends, error) {
	if err := r.Check(); err != nil {
		return nil, err
	}
	r.Filters = filtersOf(r.Filters)
	key := fmt.Sprintf("trends|%q|%v|%s|%s", r.Queries, r.Filters, r.Interval, r.Normalize)
	return cached(ctx, v, key, func(st *jhasearch.Stats) (*Trends, error) { return v.trends(ctx, &r, st) })
}

func (v *Views) trends(ctx context.Context, r *TrendsRequest, st *jhasearch.Stats) (*Trends, error) {
	from, to := r.Filters.From, r.Filters.To
	if from.IsZero() {
		from = st.Oldest
	}
	if to.IsZero() {
		to = st.Newest
	}
	t := &Trends{Interval: r.Interval, Normalize: r.Normalize}
	if from.IsZero() || to.IsZero() || to.Before(from) {
		for _, q := range r.Queries {
			t.Series = append(t.Series, Series{Query: q, Counts: []int{}, Values: []float64{}})
		}
		t.Periods, t.Totals = []Period{}, []int{}
		return t, nil
	}
	ps, edges, err := r.Interval.periods(from, to)
	if err != nil {
		return nil, err
	}
	t.Periods = ps
	if t.Totals, err = v.eng.Histogram(ctx, r.Filters, edges); err != nil {
		return nil, err
	}
	for _, q := range r.Queries {
		s, err := v.series(ctx, r, q, edges, t)
		if err != nil {
			return nil, err
		}
		t.Series = append(t.Series, s)
	}
	return t, nil
}

// series counts one query and finds its peak.
func (v *Views) series(ctx context.Context, r *TrendsRequest, q string, edges []time.Time, t *Trends) (Series, error) {
	req := r.Filters
	req.Query = q
	counts, err := v.eng.Histogram(ctx, req, edges)
	if err != nil {
		return Series{}, err
	}
	s := Series{Query: q, Counts: counts, Values: make([]float64, len(counts))}
	best := -1
	for i, n := range counts {
		s.Total += n
		s.Values[i] = float64(n)
		if r.Normalize == Share {
			s.Values[i] = 0
			if t.Totals[i] > 0 {
				s.Values[i] = float64(n) / float64(t.Totals[i])
			}
		}
		if n > 0 && (best < 0 || s.Values[i] > s.Values[best]) {
			best = i
		}
	}
	if best < 0 {
		return s, nil
	}
	s.Peak = &Peak{Period: best, Count: counts[best], Value: s.Values[best]}
	top := r.PeriodRequest(q, t.Periods[best])
	top.Size = 1
	res, err := v.eng.Search(ctx, top)
	if err != nil {
		return Series{}, err
	}
	if len(res.Hits) > 0 {
		h := res.Hits[0]
		s.Peak.Top = &h
	}
	return s, nil
}
