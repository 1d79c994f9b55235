package query

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch/vocab"
)

func TestExpandConceptsKeepsOtherClauses(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(`checks in the Schengen Information System agency:Frontex "EASO" SIS* -SIS`)
	if err != nil {
		t.Fatal(err)
	}
	var got []Clause
	for _, g := range ExpandConcepts(p, v).Groups {
		got = append(got, g...)
	}
	want := []Clause{
		{Kind: KindWord, Text: "checks"}, {Kind: KindWord, Text: "in"}, {Kind: KindWord, Text: "the"},
		{Kind: KindConcept, Text: "Schengen Information System", Concept: "sis"},
		{Kind: KindWord, Field: "agency", Text: "Frontex"},
		{Kind: KindConcept, Text: "EASO", Concept: "euaa"},
		{Kind: KindPrefix, Text: "SIS"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(Clause{})); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
