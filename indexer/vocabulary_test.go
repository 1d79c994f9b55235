package indexer

import (
	"context"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// The vocabulary's values reach the meta file, the table (where search
// filters and counts them) and the concept field (which it expands on).
func TestBuildKeepsTheVocabularyFields(t *testing.T) {
	dir := t.TempDir()
	in := []jhasearch.Document{
		{ID: "sis", Agency: "eu-LISA", Title: "Alerts in SIS", Body: "Alerts in SIS rose in Poland.", Language: "en",
			Published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), Topics: []string{"Border management"},
			Systems: []string{"Schengen Information System (SIS)"}, Countries: []string{"Poland"},
			Concepts: []string{"border-management", "poland", "sis"}},
		{ID: "plain", Agency: "FRA", Title: "A survey", Body: "A survey on housing.", Language: "en",
			Published: time.Date(2024, 1, 3, 0, 0, 0, 0, time.UTC)},
	}
	g, err := Build(context.Background(), dir, seq(in), WithVocabulary("f1ngerpr1nt"))
	if err != nil {
		t.Fatal(err)
	}
	if cur, err := Current(dir); err != nil || cur.Vocabulary != "f1ngerpr1nt" {
		t.Fatalf("meta vocabulary = %+v, %v; want f1ngerpr1nt", cur, err)
	}
	table, err := ReadTable(g)
	if err != nil {
		t.Fatal(err)
	}
	e := table.Entries[0]
	if diff := cmp.Diff([][]string{in[0].Topics, in[0].Systems, in[0].Countries}, [][]string{e.Values(jhasearch.FacetIndex(jhasearch.FacetTopic)),
		e.Values(jhasearch.FacetIndex(jhasearch.FacetSystem)), e.Values(jhasearch.FacetIndex(jhasearch.FacetCountry))}); diff != "" {
		t.Errorf("table entry mismatch (-want +got):\n%s", diff)
	}
	idx, err := OpenReadOnly(g)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for field, value := range map[string]string{FieldConcept: "sis", FieldTopic: "Border management"} {
		q := bleve.NewTermQuery(value)
		q.SetField(field)
		res, err := idx.Search(bleve.NewSearchRequest(q))
		if err != nil {
			t.Fatalf("%s:%q: %v", field, value, err)
		}
		want := uint64(0) // facet fields live in the table only
		if field == FieldConcept {
			want = 1
		}
		if res.Total != want || (want == 1 && res.Hits[0].ID != "sis") {
			t.Errorf("%s:%q found %d documents in the index, want %d", field, value, res.Total, want)
		}
	}
}
