package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestNext(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02 15:04 Mon", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		spec, from, want string
	}{
		{"0 2 * * *", "2026-11-27 10:58 Fri", "2026-11-28 02:00 Sat"},
		{"0 2 * * *", "2026-11-27 01:59 Fri", "2026-11-27 02:00 Fri"},
		{"0 2 * * *", "2026-11-27 02:00 Fri", "2026-11-28 02:00 Sat"},
		{"*/15 * * * *", "2026-11-27 10:58 Fri", "2026-11-27 11:00 Fri"},
		{"30 3 * * mon-fri", "2026-11-27 04:00 Fri", "2026-11-30 03:30 Mon"},
		{"0 0 1 jan *", "2026-11-27 04:00 Fri", "2027-01-01 00:00 Fri"},
		{"0 0 29 2 *", "2026-03-01 00:00 Sun", "2028-02-29 00:00 Tue"},
		{"0 12 13 * 5", "2026-11-27 13:00 Fri", "2026-12-04 12:00 Fri"}, // day 13 or a Friday
		{"5,35 22-23 * * 7", "2026-11-27 00:00 Fri", "2026-11-29 22:05 Sun"},
		{"59 23 31 12 *", "2026-12-31 23:59 Thu", "2027-12-31 23:59 Fri"},
	}
	for _, tt := range tests {
		t.Run(tt.spec+" from "+tt.from, func(t *testing.T) {
			s, err := Parse(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Next(at(tt.from)); !got.Equal(at(tt.want)) {
				t.Errorf("Next = %s, want %s", got.Format("2006-01-02 15:04 Mon"), tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ spec, says string }{
		{"0 2 * *", "want 5 fields"},
		{"60 2 * * *", "minute field"},
		{"0 24 * * *", "hour field"},
		{"0 2 0 * *", "day of month field"},
		{"0 2 * 13 *", "month field"},
		{"0 2 * * 8", "day of week field"},
		{"*/0 * * * *", "step"},
		{"5-1 * * * *", "backwards"},
		{"0 0 30 feb *", "never fires"},
		{"a b c d e", "minute field"},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.spec); err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("Parse(%q) = %v, want an error saying %q", tt.spec, err, tt.says)
		}
	}
}
