package analytics

import (
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Interval is the length of a trend's periods.
type Interval string

// The intervals of a trend. Weeks are ISO weeks, Monday to Sunday.
const (
	Year  Interval = "year"
	Month Interval = "month"
	Week  Interval = "week"
)

// MaxPeriods bounds the points of a series, so that an answer, its chart
// and its table stay small: ten years of weeks, or a century of months.
const MaxPeriods = 600

// Period is one period of a trend: the days from Start to End, both
// inclusive, clipped to the request's from and to.
type Period struct {
	Label      string
	Start, End time.Time
}

// ParseInterval reads an interval parameter; empty is Year.
func ParseInterval(s string) (Interval, error) {
	switch Interval(s) {
	case "":
		return Year, nil
	case Year, Month, Week:
		return Interval(s), nil
	}
	return "", jhasearch.Errorf(jhasearch.EINVALID,
		"Parameter interval is %q; it must be year, month or week.", clip(s))
}

// start returns the first day of the period holding t.
func (iv Interval) start(t time.Time) time.Time {
	t = day(t)
	switch iv {
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case Week:
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	}
	return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
}

func (iv Interval) next(t time.Time) time.Time {
	switch iv {
	case Month:
		return t.AddDate(0, 1, 0)
	case Week:
		return t.AddDate(0, 0, 7)
	}
	return t.AddDate(1, 0, 0)
}

func (iv Interval) label(t time.Time) string {
	switch iv {
	case Month:
		return t.Format("2006-01")
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	}
	return t.Format("2006")
}

// periods cuts [from, to] (days, inclusive) into periods of iv. edges are
// the periods' first days and the day after the last, as the engine's
// Histogram takes them; the first and last periods are clipped to from and
// to, and the first edge is from, so nothing before from is counted.
func (iv Interval) periods(from, to time.Time) (ps []Period, edges []time.Time, err error) {
	from, to = day(from), day(to)
	for s := iv.start(from); !s.After(to); s = iv.next(s) {
		if len(ps) == MaxPeriods {
			return nil, nil, jhasearch.Errorf(jhasearch.EINVALID,
				"From %s to %s by %s makes more than %d periods; narrow the dates (from, to) or choose a longer interval.",
				from.Format(jhasearch.DateLayout), to.Format(jhasearch.DateLayout), iv, MaxPeriods)
		}
		p := Period{Label: iv.label(s), Start: s, End: iv.next(s).AddDate(0, 0, -1)}
		if p.Start.Before(from) {
			p.Start = from
		}
		if p.End.After(to) {
			p.End = to
		}
		ps = append(ps, p)
		edges = append(edges, p.Start)
	}
	if len(ps) > 0 {
		edges = append(edges, ps[len(ps)-1].End.AddDate(0, 0, 1))
	}
	return ps, edges, nil
}

// clip shortens a user's value before a message echoes it.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
