package workflow

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/vocab"
)

func TestEnrichedAddsTheLocalVocabulary(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	v, err = v.Extend([]byte("concepts:\n  - id: sis\n    names: [Schengener Fahndungsverbund]\n"), "local.yaml")
	if err != nil {
		t.Fatal(err)
	}
	broken := errors.New("broken record")
	docs := func(yield func(jhasearch.Document, error) bool) {
		_ = yield(jhasearch.Document{ID: "de", Title: "Der Schengener Fahndungsverbund in Polen"}, nil) &&
			yield(jhasearch.Document{}, broken) &&
			yield(jhasearch.Document{ID: "plain", Title: "A quiet day"}, nil)
	}
	type got struct {
		ID                           string
		Systems, Countries, Concepts []string
		Err                          error
	}
	var out []got
	for doc, err := range enriched(v, docs) {
		out = append(out, got{doc.ID, doc.Systems, doc.Countries, doc.Concepts, err})
	}
	want := []got{
		{ID: "de", Systems: []string{"Schengen Information System (SIS)"}, Countries: []string{"Poland"}, Concepts: []string{"poland", "sis"}},
		{Err: broken},
		{ID: "plain"},
	}
	// "Schengener Fahndungsverbund" is a name of the local file only;
	// "Polen" is the built-in German name of Poland.
	if diff := cmp.Diff(want, out, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// A build that stops early stops the reading of the archive too, before
// enriched returns: nothing keeps reading behind its back.
func TestEnrichedStopsTheReader(t *testing.T) {
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	read, stopped := 0, false
	docs := func(yield func(jhasearch.Document, error) bool) {
		for i := range 10000 {
			read++
			if !yield(jhasearch.Document{ID: strconv.Itoa(i), Title: "Border checks"}, nil) {
				stopped = true
				return
			}
		}
	}
	var ids []string
	for doc := range enriched(v, docs) {
		ids = append(ids, doc.ID)
		if len(ids) == 3 {
			break
		}
	}
	if diff := cmp.Diff([]string{"0", "1", "2"}, ids); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	if !stopped || read == 10000 {
		t.Errorf("the source read %d documents and was stopped: %v; want it stopped early", read, stopped)
	}
}
