// Package schedule reads standard five-field cron expressions and tells
// when they next fire. It is what `serve --schedule` runs the nightly
// refresh by. It knows nothing of what is run.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Schedule is a parsed cron expression: minute, hour, day of month, month
// and day of week, each a set of allowed values.
type Schedule struct {
	spec                         string
	minute, hour, dom, month     uint64
	dow                          uint64
	domRestricted, dowRestricted bool
}

type field struct {
	name     string
	min, max int
	names    []string // for months and weekdays, from min
}

var fields = [5]field{
	{name: "minute", min: 0, max: 59},
	{name: "hour", min: 0, max: 23},
	{name: "day of month", min: 1, max: 31},
	{name: "month", min: 1, max: 12, names: strings.Fields("jan feb mar apr may jun jul aug sep oct nov dec")},
	{name: "day of week", min: 0, max: 7, names: strings.Fields("sun mon tue wed thu fri sat")},
}

// Parse reads a five-field cron expression such as "0 2 * * *". Each field
// takes *, numbers, ranges a-b, steps */n and a-b/n, lists a,b, and names
// for months and weekdays; 7 is Sunday as 0 is.
func Parse(spec string) (Schedule, error) {
	parts := strings.Fields(spec)
	if len(parts) != 5 {
		return Schedule{}, fmt.Errorf("schedule %q: want 5 fields (minute hour day-of-month month day-of-week), got %d", spec, len(parts))
	}
	s := Schedule{spec: spec}
	sets := []*uint64{&s.minute, &s.hour, &s.dom, &s.month, &s.dow}
	for i, p := range parts {
		set, err := parseField(p, fields[i])
		if err != nil {
			return Schedule{}, fmt.Errorf("schedule %q: %s field %q: %w", spec, fields[i].name, p, err)
		}
		*sets[i] = set
	}
	if s.dow&(1<<7) != 0 {
		s.dow |= 1
	}
	s.domRestricted = parts[2] != "*"
	s.dowRestricted = parts[4] != "*"
	if s.Next(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero() {
		return Schedule{}, fmt.Errorf("schedule %q never fires", spec)
	}
	return s, nil
}

func parseField(p string, f field) (uint64, error) {
	var set uint64
	for _, item := range strings.Split(p, ",") {
		rangePart, stepPart, hasStep := strings.Cut(item, "/")
		step := 1
		if hasStep {
			n, err := strconv.Atoi(stepPart)
			if err != nil || n <= 0 {
				return 0, fmt.Errorf("step %q must be a positive number", stepPart)
			}
			step = n
		}
		lo, hi := f.min, f.max
		if rangePart != "*" {
			a, b, isRange := strings.Cut(rangePart, "-")
			var err error
			if lo, err = f.value(a); err != nil {
				return 0, err
			}
			hi = lo
			if isRange {
				if hi, err = f.value(b); err != nil {
					return 0, err
				}
			} else if hasStep {
				hi = f.max
			}
			if hi < lo {
				return 0, fmt.Errorf("range %q runs backwards", rangePart)
			}
		}
		for v := lo; v <= hi; v += step {
			set |= 1 << v
		}
	}
	return set, nil
}

func (f field) value(s string) (int, error) {
	for i, name := range f.names {
		if strings.EqualFold(s, name) {
			return f.min + i, nil
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < f.min || n > f.max {
		return 0, fmt.Errorf("%q is not a value from %d to %d", s, f.min, f.max)
	}
	return n, nil
}

// String returns the expression as given.
func (s Schedule) String() string { return s.spec }

// Next returns the first minute after t at which the schedule fires, in
// t's location. When both day of month and day of week are restricted, a
// day matching either fires, as in cron.
func (s Schedule) Next(t time.Time) time.Time {
	t = t.Truncate(time.Minute).Add(time.Minute)
	// Every day of every month comes round within five years (29 February
	// within four); an expression that has not fired by then never will.
	for limit := t.AddDate(5, 0, 0); t.Before(limit); {
		switch {
		case s.month&(1<<uint(t.Month())) == 0:
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, t.Location())
		case !s.dayMatches(t):
			t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
		case s.hour&(1<<uint(t.Hour())) == 0:
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour()+1, 0, 0, 0, t.Location())
		case s.minute&(1<<uint(t.Minute())) == 0:
			t = t.Add(time.Minute)
		default:
			return t
		}
	}
	return time.Time{}
}

func (s Schedule) dayMatches(t time.Time) bool {
	dom := s.dom&(1<<uint(t.Day())) != 0
	dow := s.dow&(1<<uint(t.Weekday())) != 0
	if s.domRestricted && s.dowRestricted {
		return dom || dow
	}
	return dom && dow
}
