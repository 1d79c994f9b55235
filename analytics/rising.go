package analytics

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
)

// What is rising: the releases of the last WindowDays days, and the
// topics, EU systems and countries mentioned unusually often in them.
//
// "Unusually often" compares a value's count c in the window with its
// count b in the BaselineDays before the window. The expected count in a
// window is the baseline's rate, smoothed by priorPerYear pseudo-releases:
//
//	λ = (b + priorPerYear) × WindowDays / BaselineDays
//
// and the rise is the Poisson z-score z = (c − λ) / √λ. A value is listed
// when c ≥ minRising and z ≥ minZ, highest z first. The prior, about one
// release a month, keeps a value never seen before from scoring an
// infinite rise: three releases of a new topic score z ≈ 2, while a topic
// that goes from 20 to 40 a month scores about 4.2. A single release is
// never listed, whatever its rarity (minRising). docs/analytics.md says
// why these numbers.
const (
	WindowDays   = 30
	BaselineDays = 365
	priorPerYear = 12
	minRising    = 3
	minZ         = 2.0
	maxRising    = 10
)

// RisingRequest asks what is rising up to a reference day.
type RisingRequest struct {
	// At is the window's last day; zero is today, or the archive's newest
	// release when the archive holds nothing in the 30 days up to today.
	At time.Time
}

// Rising is the answer.
type Rising struct {
	// At is the window's last day, From its first; BaselineFrom and
	// BaselineTo bound the year before the window.
	At, From                 time.Time
	BaselineFrom, BaselineTo time.Time
	// Anchored is true when At was moved to the newest release because
	// the archive holds nothing recent.
	Anchored bool
	// Releases is the number of releases in the window.
	Releases int
	// Agencies are the releases per agency in the window, most first.
	Agencies []Change
	// Topics, Systems and Countries are the unusually frequent values.
	Topics, Systems, Countries []Change
}

// Change is one value's count in the window against its baseline.
type Change struct {
	Value string
	// Count is the releases in the window; Baseline those of the year
	// before; Expected the baseline's count per window (unsmoothed).
	Count, Baseline int
	Expected        float64
	// Score is the Poisson z-score of the rise (smoothed baseline).
	Score float64
}

// Window returns the search of a value's releases in the window; with
// no facet, of all the window's releases.
func (r *Rising) Window(facet, value string) jhasearch.SearchRequest {
	// A window may start before the first date a search accepts (at in
	// January of jhasearch.MinYear); nothing is published before it.
	first := time.Date(jhasearch.MinYear, 1, 1, 0, 0, 0, 0, time.UTC)
	req := jhasearch.SearchRequest{From: r.From, To: r.At}
	if req.From.Before(first) {
		req.From = first
	}
	if f, ok := jhasearch.FacetNamed(facet); ok && f.Filter {
		req.Filters = jhasearch.Filters{facet: {value}}
	}
	return req
}

// Rising answers a rising request.
func (v *Views) Rising(ctx context.Context, r RisingRequest) (*Rising, error) {
	st, err := v.eng.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("analytics: rising: %w", err)
	}
	at, anchored := day(r.At), false
	if r.At.IsZero() {
		at = day(v.now())
		if n := st.Newest; !n.IsZero() && n.Before(at.AddDate(0, 0, 1-WindowDays)) {
			at, anchored = day(n), true
		}
	}
	key := "rising|" + at.Format(jhasearch.DateLayout)
	out, err := cached(ctx, v, key, func(*jhasearch.Stats) (*Rising, error) { return v.rising(ctx, at) })
	if err != nil {
		return nil, err
	}
	if out.Anchored != anchored {
		c := *out
		c.Anchored = anchored
		out = &c
	}
	return out, nil
}

func (v *Views) rising(ctx context.Context, at time.Time) (*Rising, error) {
	from := at.AddDate(0, 0, 1-WindowDays)
	r := &Rising{At: at, From: from, BaselineTo: from.AddDate(0, 0, -1), BaselineFrom: from.AddDate(0, 0, -BaselineDays)}
	window := jhasearch.SearchRequest{From: r.From, To: r.At}
	base := jhasearch.SearchRequest{From: r.BaselineFrom, To: r.BaselineTo}
	for _, f := range []struct {
		facet string
		dst   *[]Change
		all   bool
	}{{jhasearch.FacetAgency, &r.Agencies, true}, {jhasearch.FacetTopic, &r.Topics, false},
		{jhasearch.FacetSystem, &r.Systems, false}, {jhasearch.FacetCountry, &r.Countries, false}} {
		now, total, err := v.eng.FacetCounts(ctx, window, f.facet)
		if err != nil {
			return nil, err
		}
		r.Releases = total
		before, _, err := v.eng.FacetCounts(ctx, base, f.facet)
		if err != nil {
			return nil, err
		}
		*f.dst = changes(now, before, f.all)
	}
	return r, nil
}

// changes scores every value counted in the window against the baseline;
// unless all, it keeps only the unusually frequent ones, at most maxRising.
func changes(now, before []jhasearch.FacetValue, all bool) []Change {
	base := make(map[string]int, len(before))
	for _, fv := range before {
		base[strings.ToLower(fv.Value)] = fv.Count
	}
	out := []Change{}
	for _, fv := range now {
		b := base[strings.ToLower(fv.Value)]
		c := Change{Value: fv.Value, Count: fv.Count, Baseline: b,
			Expected: float64(b) * WindowDays / BaselineDays, Score: riseScore(fv.Count, b)}
		if all || c.Count >= minRising && c.Score >= minZ {
			out = append(out, c)
		}
	}
	if all {
		return out // as counted: most releases first
	}
	slices.SortStableFunc(out, func(a, b Change) int {
		if a.Score != b.Score {
			return cmpFloat(b.Score, a.Score)
		}
		return strings.Compare(a.Value, b.Value)
	})
	if len(out) > maxRising {
		out = out[:maxRising]
	}
	return out
}

// riseScore is the Poisson z-score of count c in a window against a
// baseline of b releases in the year before, smoothed (see above).
func riseScore(c, b int) float64 {
	lambda := (float64(b) + priorPerYear) * WindowDays / BaselineDays
	return math.Round((float64(c)-lambda)/math.Sqrt(lambda)*100) / 100
}
