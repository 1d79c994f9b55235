package query

import (
	"testing"
	"time"
)

func TestDateAt(t *testing.T) {
	tests := []struct {
		q        string
		from, to string // "" for no date
	}{
		{"May 2025", "2025-05-01", "2025-05-31"},
		{"février 2024", "2024-02-01", "2024-02-29"},
		{"fevrier 2024", "2024-02-01", "2024-02-29"},
		{"grudnia 2023", "2023-12-01", "2023-12-31"},
		{"5. Dezember 2025", "2025-12-05", "2025-12-05"},
		{"December 5, 2025", "2025-12-05", "2025-12-05"},
		{"2025-12-05", "2025-12-05", "2025-12-05"},
		{"31.04.2025", "", ""},
		{"1999", "1999-01-01", "1999-12-31"},
		{"1200", "", ""},
		{"may", "", ""},
		{"12 arrests", "", ""},
	}
	for _, tt := range tests {
		p, err := Parse(tt.q)
		if err != nil {
			t.Fatal(err)
		}
		p = MarkDates(p)
		var from, to string
		if per, ok := OnlyPeriod(p); ok {
			from, to = per.From.Format(time.DateOnly), per.To.Format(time.DateOnly)
		}
		if from != tt.from || to != tt.to {
			t.Errorf("%q: period %s to %s, want %s to %s", tt.q, from, to, tt.from, tt.to)
		}
	}
}
