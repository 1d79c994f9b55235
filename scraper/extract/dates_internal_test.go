package extract

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tallinn := Rules{DateLayout: "02/01/2006 15:04:05", Zone: mustZone(t, "Europe/Tallinn"), Stamp: time.UTC}
	amsterdam := Rules{Zone: mustZone(t, "Europe/Amsterdam"), Stamp: mustZone(t, "Europe/Amsterdam")}
	tests := []struct {
		src  Rules
		in   string
		want string // "" when no date may be found
	}{
		{amsterdam, "2024-02-15", "2024-02-15"},
		{amsterdam, "2024-02-14T23:30:00Z", "2024-02-15"},      // past midnight in Amsterdam
		{amsterdam, "2024-02-15T10:00:00+01:00", "2024-02-15"}, // zoned
		{amsterdam, "15 February 2024", "2024-02-15"},
		{amsterdam, "07 November 2023", "2023-11-07"},
		{amsterdam, "15 Feb 2024", "2024-02-15"},
		{amsterdam, "15 Sept 2024", "2024-09-15"},
		{amsterdam, "18th February 2021", "2021-02-18"},
		{amsterdam, "February 18, 2021", "2021-02-18"},
		{amsterdam, "15.02.2024", "2024-02-15"},
		{amsterdam, "15/02/2024", "2024-02-15"},
		{amsterdam, "1707951600", "2024-02-15"}, // Unix seconds: 2024-02-14T23:00Z
		{amsterdam, "Thu, 15 Feb 2024 09:00:00 +0000", "2024-02-15"},
		{amsterdam, "04 April 2024|PRESS RELEASE", "2024-04-04"},
		{amsterdam, "Warsaw, 12 March 2024 – Frontex has sent", "2024-03-12"},
		{amsterdam, "(Luxembourg, 7 November 2023) - The EPPO", "2023-11-07"},
		{amsterdam, "31 February 2024", ""},
		{amsterdam, "News", ""},
		{amsterdam, "2024", ""}, // a year alone is never a date
		// eu-LISA legacy: local midnight of 15 February stamped in UTC.
		{tallinn, "14/02/2024 22:00:00", "2024-02-15"},
		{tallinn, "31/07/2023 21:00:00", "2023-08-01"}, // summer time, UTC+3
		{tallinn, "Published 14/02/2024 22:00:00 by eu-LISA", "2024-02-15"},
		{tallinn, "Updated 2024-02-14T22:30:00Z", "2024-02-15"},
		{amsterdam, "Posted 15/02/2024, updated 2024-03-01T10:00:00Z", "2024-02-15"}, // the first date wins
	}
	for _, tt := range tests {
		got, ok := tt.src.ParseDate(tt.in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("ParseDate(%q) = %s, want no date", tt.in, got.Format(time.DateOnly))
		case tt.want != "" && (!ok || got.Format(time.DateOnly) != tt.want):
			t.Errorf("ParseDate(%q) = %s, %v; want %s", tt.in, got.Format(time.DateOnly), ok, tt.want)
		case ok && (got.Location() != time.UTC || got.Hour() != 0):
			t.Errorf("ParseDate(%q) = %s, want midnight UTC", tt.in, got)
		}
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
