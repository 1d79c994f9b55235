package search

import (
	"context"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestDocument(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	want := fixtureDocs()[3]
	got, err := e.Document(context.Background(), "d04")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.Body, got.Body); diff != "" {
		t.Errorf("body mismatch (-want +got):\n%s", diff)
	}
	if got.Title != want.Title || !got.Published.Equal(want.Published) || !slices.Equal(got.Tags, want.Tags) {
		t.Errorf("document = %+v", got)
	}
	// A collapsed member of a group is still a document of its own.
	if d, err := e.Document(context.Background(), "d02"); err != nil || d.Agency != "Eurojust" {
		t.Errorf("Document(d02) = %+v, %v", d, err)
	}
	if _, err := e.Document(context.Background(), "nosuch"); jhasearch.ErrorCode(err) != jhasearch.ENOTFOUND {
		t.Errorf("unknown id: %v, want ENOTFOUND", err)
	}
}

func TestRelated(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	hits, err := e.Related(context.Background(), "d04", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Document.ID != "d11" {
		t.Fatalf("related to the cocaine seizure: %+v; want the drug report first", hits)
	}
	for _, h := range hits {
		if h.Document.ID == "d04" {
			t.Error("a document is not related to itself")
		}
	}
	group, err := e.Related(context.Background(), "d01", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range group {
		if h.Document.ID == "d01" || h.Document.ID == "d02" {
			t.Errorf("related lists a member of the document's own group: %s", h.Document.ID)
		}
	}
	if _, err := e.Related(context.Background(), "nosuch", 3); jhasearch.ErrorCode(err) != jhasearch.ENOTFOUND {
		t.Errorf("unknown id: %v, want ENOTFOUND", err)
	}
}

func TestSuggest(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	tests := []struct {
		prefix string
		want   []string
	}{
		{"migr", []string{"Migrant smuggling network dismantled in joint operation", "migrant"}},
		{"cyber", []string{"cybercrime"}},
		{"drug tra", []string{"Drug trafficking ring hit by cross-border raids", "drug trafficking", "drug train"}},
		{"zzz", []string{}},
		{"", []string{}},
	}
	for _, tt := range tests {
		got, err := e.Suggest(context.Background(), tt.prefix, 3)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Suggest(%q) mismatch (-want +got):\n%s", tt.prefix, diff)
		}
	}
}

func TestStats(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	st, err := e.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 16 || st.Generation == "" || st.BuiltAt.IsZero() {
		t.Errorf("stats = %+v", st)
	}
	if !st.Oldest.Equal(day("2020-02-20")) || !st.Newest.Equal(day("2024-06-01")) {
		t.Errorf("oldest %v newest %v", st.Oldest, st.Newest)
	}
	if st.Agencies[0] != (jhasearch.FacetValue{Value: "Europol", Count: 4}) {
		t.Errorf("agencies = %v", st.Agencies)
	}
}
