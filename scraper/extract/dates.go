package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Layouts tried on a whole date string, after the source's own layout.
// Those with a zone are absolute instants; the rest are read in the
// source's stamp zone.
var (
	zonedLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05-0700",
		time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"}
	stampLayouts = []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
		"02/01/2006 15:04:05", "02/01/2006 15:04", "2/1/2006 15:04:05"}
	dayLayouts = []string{"2006-01-02", "02/01/2006", "2/1/2006", "02.01.2006", "2.1.2006"}
)

var (
	// 15 February 2024, 18th February 2021, 15 Sept 2024, 7 Nov. 2023
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b`)
	// February 15, 2024
	monthDayYear = regexp.MustCompile(`(?i)\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})\b`)
	// 15/02/2024, 15.02.2024, 2024-02-15 inside longer text
	numericDate = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`)
	unixSeconds = regexp.MustCompile(`^\d{9,11}$`)
	// date-times inside text, whose time or zone moves the day:
	// 14/02/2024 22:00:00, 2024-02-14T22:00:00Z
	stampInText = regexp.MustCompile(`\b\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}(:\d{2})?\b|` +
		`\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?`)
)

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// ParseDate reads a publication date in any of the forms the newsrooms use
// and returns it as midnight UTC of the day in the source's zone. A value
// with a time is converted to the source's zone before the day is taken, so
// that a local midnight stamped in UTC keeps its day.
func (s Rules) ParseDate(raw string) (time.Time, bool) {
	v := strings.Join(strings.Fields(raw), " ")
	if v == "" {
		return time.Time{}, false
	}
	t, ok := s.parseWhole(v)
	if !ok {
		t, ok = s.FindDateIn(v)
	}
	if !ok || t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, false
	}
	return t, true
}

// Publication dates outside these years are placeholders or garbage
// ("0001-01-01", a Unix stamp of 99999999999): such a date is no date, so
// that the next candidate of the page is tried. Years outside 0-9999 would
// also break the archive's YYYY-MM-DD format.
const (
	minYear = 1990
	maxYear = 2100
)

// parseWhole reads v, whitespace already collapsed, as one date string.
func (s Rules) parseWhole(v string) (time.Time, bool) {
	if unixSeconds.MatchString(v) {
		n, _ := strconv.ParseInt(v, 10, 64)
		return s.day(time.Unix(n, 0)), true
	}
	if s.DateLayout != "" {
		if t, err := time.ParseInLocation(s.DateLayout, v, s.Stamp); err == nil {
			return s.day(t), true
		}
	}
	for _, l := range zonedLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return s.day(t), true
		}
	}
	for _, l := range stampLayouts {
		if t, err := time.ParseInLocation(l, v, s.Stamp); err == nil {
			return s.day(t), true
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// FindDateIn finds the first date inside a longer text. A date-time is
// read whole, so that a local midnight stamped in UTC keeps its day; a
// plain date is read as written.
func (s Rules) FindDateIn(v string) (time.Time, bool) {
	if m := stampInText.FindStringIndex(v); m != nil {
		if plain := numericDate.FindStringIndex(v); plain == nil || plain[0] >= m[0] {
			// parseWhole, not ParseDate: a stamp no layout reads
			// ("2024-02-14T23:30Z") would find itself again, without end.
			if t, ok := s.parseWhole(v[m[0]:m[1]]); ok {
				return t, true
			}
		}
	}
	return findDate(v)
}

// day returns midnight UTC of t's day in the source's zone.
func (s Rules) day(t time.Time) time.Time {
	t = t.In(s.Zone)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// findDate finds the first date written inside a longer text, such as a
// dateline ("Warsaw, 15 February 2024") or "15 February 2024|PRESS RELEASE".
func findDate(v string) (time.Time, bool) {
	type hit struct {
		at      int
		y, m, d int
	}
	var best *hit
	consider := func(at, y, m, d int) {
		if m < 1 || m > 12 || d < 1 || d > 31 || y < minYear || y > maxYear {
			return
		}
		if best == nil || at < best.at {
			best = &hit{at, y, m, d}
		}
	}
	if m := dayMonthYear.FindStringSubmatchIndex(v); m != nil {
		consider(m[0], atoi(v[m[6]:m[7]]), month(v[m[4]:m[5]]), atoi(v[m[2]:m[3]]))
	}
	if m := monthDayYear.FindStringSubmatchIndex(v); m != nil {
		consider(m[0], atoi(v[m[6]:m[7]]), month(v[m[2]:m[3]]), atoi(v[m[4]:m[5]]))
	}
	if m := numericDate.FindStringSubmatch(v); m != nil {
		at := strings.Index(v, m[0])
		if m[1] != "" {
			consider(at, atoi(m[3]), atoi(m[2]), atoi(m[1]))
		} else {
			consider(at, atoi(m[4]), atoi(m[5]), atoi(m[6]))
		}
	}
	if best == nil {
		return time.Time{}, false
	}
	t := time.Date(best.y, time.Month(best.m), best.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != best.d { // 31 February
		return time.Time{}, false
	}
	return t, true
}

// month reads an English month name or abbreviation ("Feb", "Sept",
// "February"); 0 when it is none.
func month(name string) int {
	n := strings.ToLower(name)
	for i, full := range monthNames {
		if n == full || (len(n) >= 3 && strings.HasPrefix(full, n)) {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
