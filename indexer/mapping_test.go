package indexer

import (
	"context"
	"slices"
	"testing"

	index "github.com/blevesearch/bleve_index_api"
	"github.com/google/go-cmp/cmp"
)

// The index holds the fields queries name and nothing else: dates,
// languages and the like are filtered and counted from the table, and a
// field in the index that no query reads costs build time and space.
func TestIndexHoldsOnlyQueriedFields(t *testing.T) {
	in := docs(4, "fields")
	in[0].Tags, in[0].Concepts = []string{"cybercrime"}, []string{"c-europol"}
	g, err := Build(context.Background(), t.TempDir(), seq(in))
	if err != nil {
		t.Fatal(err)
	}
	idx, err := OpenReadOnly(g)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	got, err := idx.Fields()
	if err != nil {
		t.Fatal(err)
	}
	got = slices.DeleteFunc(got, func(f string) bool { return f == "_id" })
	slices.Sort(got)
	want := []string{FieldAgency, FieldBody, FieldConcept, FieldSummary, FieldTag, FieldTitle}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields of the index (-want +got):\n%s", diff)
	}
}

// The mapping names Bleve's BM25 by its value; search relies on the index
// scoring with BM25 (and gives it the field statistics).
func TestScoringModelIsBleveBM25(t *testing.T) {
	if scoringModel != index.BM25Scoring {
		t.Errorf("scoringModel %q, Bleve's BM25 is %q", scoringModel, index.BM25Scoring)
	}
	if _, ok := index.SupportedScoringModels[scoringModel]; !ok {
		t.Errorf("Bleve does not support the scoring model %q", scoringModel)
	}
}
