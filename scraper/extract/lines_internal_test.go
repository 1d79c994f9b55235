package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitCredits(t *testing.T) {
	paras := []string{
		"Copyright infringement cases rose by a third.",
		"Photo: eu-LISA",
		"First line\nPhotos © Eurojust",
		"Photo credit: Council of the EU",
		"© Frontex, 2024",
		"Copyright 2024 EUDA",
		"Photographers attended the event.",
	}
	body, credits := splitCredits(paras)
	wantBody := []string{"Copyright infringement cases rose by a third.", "First line", "Photographers attended the event."}
	wantCredits := []string{"Photo: eu-LISA", "Photos © Eurojust", "Photo credit: Council of the EU", "© Frontex, 2024", "Copyright 2024 EUDA"}
	if diff := cmp.Diff(wantBody, body); diff != "" {
		t.Errorf("body mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantCredits, credits); diff != "" {
		t.Errorf("credits mismatch (-want +got):\n%s", diff)
	}
}

func TestSplitTagLine(t *testing.T) {
	tests := []struct {
		name     string
		in       []string
		wantBody []string
		wantTags []string
	}{
		{"tag line", []string{"Text.", "JHAA; European Institutions; Eurodac; SIS"}, []string{"Text."}, []string{"JHAA", "European Institutions", "Eurodac", "SIS"}},
		{"after a break", []string{"Text.\nJHAA; SIS"}, []string{"Text."}, []string{"JHAA", "SIS"}},
		{"a sentence", []string{"Text.", "The systems were upgraded; the work ended in May."}, []string{"Text.", "The systems were upgraded; the work ended in May."}, nil},
		{"one part", []string{"Text.", "Eurodac"}, []string{"Text.", "Eurodac"}, nil},
	}
	for _, tt := range tests {
		body, tags := splitTagLine(tt.in)
		if diff := cmp.Diff(tt.wantBody, body); diff != "" {
			t.Errorf("%s: body mismatch (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.wantTags, tags); diff != "" {
			t.Errorf("%s: tags mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestDateOnly(t *testing.T) {
	tests := map[string]bool{
		"15 February 2024":             true,
		"Published: 15.02.2024 | News": true,
		"2024-02-15T10:00:00Z":         true,
		"04 April 2024|PRESS RELEASE":  true,
		"Meeting on 15 May 2024":       false,
		"The Hague, 4 April 2024":      false,
		"In 2024 the Agency grew.":     false,
		"Results":                      false,
	}
	for in, want := range tests {
		if got := dateOnly(in); got != want {
			t.Errorf("dateOnly(%q) = %v, want %v", in, got, want)
		}
	}
}
