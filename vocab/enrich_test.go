package vocab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// The tricky cases, one by one; the labelled set measures the whole.
func TestEnrichTrickyCases(t *testing.T) {
	v := mustDefault(t)
	tests := []struct {
		name string
		doc  jhasearch.Document
		want Enrichment
	}{
		{"abbreviations only as whole words and in capitals",
			jhasearch.Document{Body: "The crisis raised fees; Sis applied for a visa vis-à-vis the rules. The EU acted."},
			Enrichment{}},
		{"abbreviations and names",
			jhasearch.Document{Title: "SIS and the EES", Body: "VIS"},
			Enrichment{Systems: []string{"Entry/Exit System (EES)", "Schengen Information System (SIS)", "Visa Information System (VIS)"},
				Concepts: []string{"ees", "sis", "vis"}}},
		{"agency tag mapped onto the vocabulary",
			jhasearch.Document{Tags: []string{"Schengen Information System", "Migrant smuggling"}},
			Enrichment{Topics: []string{"Migrant smuggling"}, Systems: []string{"Schengen Information System (SIS)"},
				Concepts: []string{"migrant-smuggling", "sis"}}},
		{"country adjectives, plurals and possessives",
			jhasearch.Document{Body: "Italian authorities, the Dutch police, Moroccans and Europol's analysts"},
			Enrichment{Countries: []string{"Italy", "Morocco", "Netherlands"}, Agencies: []string{"Europol"},
				Concepts: []string{"europol", "italy", "morocco", "netherlands"}}},
		{"longest match between neighbours in spelling",
			jhasearch.Document{Body: "Guinea-Bissau, Papua New Guinea, a guinea pig, the Niger Delta, Northern Ireland"},
			Enrichment{Countries: []string{"Guinea-Bissau", "Nigeria", "Papua New Guinea", "United Kingdom"},
				Concepts: []string{"guinea-bissau", "nigeria", "papua-new-guinea", "united-kingdom"}}},
		{"ambiguous and negative contexts",
			jhasearch.Document{Body: "Congolese nationals; the state of Georgia; Latin American cartels; US dollars; let us go; Korean; Benin City"},
			Enrichment{}},
		{"cased names",
			jhasearch.Document{Body: "polish the turkey on fine china; Polish and Turkey and China"},
			Enrichment{Countries: []string{"China", "Poland", "Türkiye"}, Concepts: []string{"china", "poland", "turkiye"}}},
		{"old agency names",
			jhasearch.Document{Body: "The EMCDDA and the European Asylum Support Office"},
			Enrichment{Agencies: []string{"EUAA", "EUDA"}, Concepts: []string{"euaa", "euda"}}},
		{"broader concepts and diacritics",
			jhasearch.Document{Body: "Crystal meth seized in Turkiye; Cote d'Ivoire"},
			Enrichment{Topics: []string{"Drug trafficking", "Synthetic drugs"}, Countries: []string{"Côte d'Ivoire", "Türkiye"},
				Concepts: []string{"cote-divoire", "drug-trafficking", "synthetic-drugs", "turkiye"}}},
		{"whole-tag names, not words of the text",
			jhasearch.Document{Body: "They return home; drugs were found.", Tags: []string{"Return", "drugs", "Return policy"}},
			Enrichment{Topics: []string{"Drug trafficking", "Return and readmission"}, Concepts: []string{"drug-trafficking", "return"}}},
		{"no mention spans two fields",
			jhasearch.Document{Title: "Schengen", Summary: "Information System"},
			Enrichment{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, v.Enrich(tt.doc)); diff != "" {
				t.Errorf("Enrich mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// Enrich is called from several goroutines at build time; run with -race.
func TestEnrichConcurrently(t *testing.T) {
	v := mustDefault(t)
	doc := jhasearch.Document{Title: "Cocaine seized in Belgium", Body: "Europol supported the Dutch police."}
	want := v.Enrich(doc)
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			for range 200 {
				if diff := cmp.Diff(want, v.Enrich(doc)); diff != "" {
					errs <- diff
					return
				}
			}
			errs <- ""
		}()
	}
	for range 8 {
		if diff := <-errs; diff != "" {
			t.Errorf("concurrent Enrich mismatch (-want +got):\n%s", diff)
		}
	}
}

// A pattern of a broader concept must not swallow a narrower one.
func TestSubstanceStaysInPatterns(t *testing.T) {
	v := mustDefault(t)
	got := v.Enrich(jhasearch.Document{Title: "Cocaine trafficking network dismantled; weapons smugglers and fake ID cards"})
	want := []string{"Cocaine", "Document fraud", "Drug trafficking", "Firearms trafficking"}
	if diff := cmp.Diff(want, got.Topics); diff != "" {
		t.Errorf("Topics mismatch (-want +got):\n%s", diff)
	}
}
