package indexer

import (
	"context"
	"slices"
	"testing"

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
