package vocab

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExpandBothDirections(t *testing.T) {
	v := mustDefault(t)
	tests := []struct {
		phrase string
		want   []Form // each must be among the expansion
	}{
		{"SIS", []Form{{"Schengen Information System", false}, {"SIS II", true}}},
		{"Schengen Information System", []Form{{"SIS", true}, {"SIS II", true}}},
		{"schengen information system", []Form{{"SIS", true}}},
		{"SIS II", []Form{{"SIS", true}, {"Schengen Information System", false}}},
		{"EASO", []Form{{"EUAA", false}, {"European Union Agency for Asylum", false}}},
		{"EUAA", []Form{{"EASO", true}, {"European Asylum Support Office", false}}},
		{"EMCDDA", []Form{{"EUDA", false}, {"European Union Drugs Agency", false}}},
		{"EUDA", []Form{{"EMCDDA", true}, {"European Monitoring Centre for Drugs and Drug Addiction", false}}},
		{"Frontex", []Form{{"European Border and Coast Guard Agency", false}}},
		{"FRONTEX", []Form{{"Frontex", false}}},
		{"Czech Republic", []Form{{"Czechia", false}}},
		{"Turkey", []Form{{"Türkiye", false}, {"Turkish", false}}},
		{"Turkiye", []Form{{"Turkey", true}}},
		{"Entry-Exit System", []Form{{"EES", true}}},
	}
	for _, tt := range tests {
		got := v.Expand(tt.phrase)
		for _, f := range tt.want {
			if !slices.Contains(got, f) {
				t.Errorf("Expand(%q) = %v; want it to contain %+v", tt.phrase, got, f)
			}
		}
	}
}

func TestExpandNamesNoConcept(t *testing.T) {
	v := mustDefault(t)
	for _, phrase := range []string{
		"sis", "Sis", "crisis", "fees", "visa", "EU", "SIS checks", "Congo", "polish", "turkey", "", "  ",
		"Return", "Drugs", // whole-tag names only

	} {
		if got := v.Expand(phrase); got != nil {
			t.Errorf("Expand(%q) = %v; want nil", phrase, got)
		}
	}
}

// Every form of every concept must expand to that concept: a form hidden
// by another concept's longer form or by a negative context would make
// the concept unreachable by that name.
func TestEveryFormExpandsToItsConcept(t *testing.T) {
	v := mustDefault(t)
	for _, c := range v.Concepts() {
		want := c.Forms()
		for _, f := range want {
			if diff := cmp.Diff(want, v.Expand(f.Text)); diff != "" {
				t.Errorf("concept %s: Expand(%q) mismatch (-want +got):\n%s", c.ID, f.Text, diff)
			}
		}
	}
}

func TestMentions(t *testing.T) {
	v := mustDefault(t)
	tests := []struct {
		query string
		want  []Mention
	}{
		{"EASO report on Schengen Information System checks by Italian police", []Mention{
			{Concept: "euaa", Start: 0, End: 4, Text: "EASO"},
			{Concept: "sis", Start: 15, End: 42, Text: "Schengen Information System"},
			{Concept: "italy", Start: 53, End: 60, Text: "Italian"},
		}},
		// Longest first: one mention of ECRIS-TCN, not ECRIS then TCN.
		{"ECRIS-TCN rollout", []Mention{{Concept: "ecris-tcn", Start: 0, End: 9, Text: "ECRIS-TCN"}}},
		{"Europol's cocaine seizures", []Mention{
			{Concept: "europol", Start: 0, End: 7, Text: "Europol"},
			{Concept: "cocaine", Start: 10, End: 17, Text: "cocaine"},
		}},
		{"crisis fees visa", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, v.Mentions(tt.query)); diff != "" {
			t.Errorf("Mentions(%q) mismatch (-want +got):\n%s", tt.query, diff)
		}
	}
}

func TestWordMentions(t *testing.T) {
	v := mustDefault(t)
	tests := []struct {
		words []string
		want  []WordMention
	}{
		{[]string{"Schengen", "Information", "System", "alerts"}, []WordMention{{Concept: "sis", From: 0, To: 3}}},
		{[]string{"EASO", "report", "(ECRIS-TCN)", "Italian"}, []WordMention{
			{Concept: "euaa", From: 0, To: 1}, {Concept: "ecris-tcn", From: 2, To: 3}, {Concept: "italy", From: 3, To: 4}}},
		{[]string{"SIS-like", "crisis"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, v.WordMentions(tt.words)); diff != "" {
			t.Errorf("WordMentions(%q) mismatch (-want +got):\n%s", tt.words, diff)
		}
	}
}
