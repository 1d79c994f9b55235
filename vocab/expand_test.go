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
		{"SIS", []Form{{Text: "Schengen Information System"}, {Text: "SIS II", CaseSensitive: true}}},
		{"Schengen Information System", []Form{{Text: "SIS", CaseSensitive: true}, {Text: "SIS II", CaseSensitive: true}}},
		{"schengen information system", []Form{{Text: "SIS", CaseSensitive: true}}},
		{"SIS II", []Form{{Text: "SIS", CaseSensitive: true}, {Text: "Schengen Information System"}}},
		{"EASO", []Form{{Text: "EUAA"}, {Text: "European Union Agency for Asylum"}}},
		{"EUAA", []Form{{Text: "EASO", CaseSensitive: true}, {Text: "European Asylum Support Office"}}},
		{"EMCDDA", []Form{{Text: "EUDA"}, {Text: "European Union Drugs Agency"}}},
		{"EUDA", []Form{{Text: "EMCDDA", CaseSensitive: true}, {Text: "European Monitoring Centre for Drugs and Drug Addiction"}}},
		{"Frontex", []Form{{Text: "European Border and Coast Guard Agency"}}},
		{"FRONTEX", []Form{{Text: "Frontex"}}},
		{"Czech Republic", []Form{{Text: "Czechia"}}},
		{"Turkey", []Form{{Text: "Türkiye"}, {Text: "Turkish"}}},
		{"Turkiye", []Form{{Text: "Turkey", CaseSensitive: true}}},
		{"Entry-Exit System", []Form{{Text: "EES", CaseSensitive: true}}},
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
			lang := ""
			if f.Only {
				lang = f.Lang
			}
			got := v.ExpandIn(f.Text, lang)
			if slices.Equal(want, got) {
				continue // cmp.Diff over thousands of forms is slow; only on a fault
			}
			if diff := cmp.Diff(want, got); diff != "" {
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
