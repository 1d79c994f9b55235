package indexer

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// batch.go swaps the analyzer inside the document Bleve has mapped for a
// recorder of positions: it relies on MapDocument giving each text field
// as a *document.TextField, on Bleve analysing a field with the analyzer
// the field carries (so a release is indexed in its own language), on the
// analysis being done when Batch returns, and on AnalyzedLength being the
// number of tokens. This test checks each on a real build, against what
// the analyzers give for known texts: the positions recorded, the terms in
// Bleve's dictionary and the token counts. A Bleve upgrade that maps or
// analyses fields otherwise fails here.
func TestRecorderSeesWhatBleveIndexes(t *testing.T) {
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	in := []jhasearch.Document{
		{ID: "rec-en", Agency: "Europol", Language: "en", Published: day,
			Title: "Officers of the border agency", Body: "Forged passports were seized; the forged visas too."},
		{ID: "rec-de", Agency: "Frontex", Language: "de", Published: day,
			Title: "Grenzschutzbeamte üben gemeinsam", Body: "Die Beamten übten die Kontrollen an den Grenzen."},
	}
	g, tab := buildTable(t, in)
	pos, err := OpenPositions(g)
	if err != nil {
		t.Fatal(err)
	}
	defer pos.Close()
	mapping := NewMapping()
	tokens := map[string]int{}
	dict := map[string][]string{}
	for i, d := range in {
		an := mapping.AnalyzerNamed(AnalyzerOf(d.Language))
		for f, text := range []string{d.Title, d.Summary, d.Body} {
			ts := an.Analyze([]byte(text))
			want, err := PositionRecord(appendRun(nil, ts)).Field(0)
			if err != nil {
				t.Fatal(err)
			}
			if got := runOf(t, pos, &tab.Entries[i], f); !cmp.Equal(hashes(want), got) {
				t.Errorf("%s, %s: positions %v, want the analyzer's %v", d.ID, TextFields[f], got, hashes(want))
			}
			tokens[TextFields[f]] += len(ts)
			for _, tok := range ts {
				dict[TextFields[f]] = append(dict[TextFields[f]], string(tok.Term))
			}
		}
	}
	if len(dict[FieldBody]) == 0 || !slices.Contains(dict[FieldBody], TermPrefix("de")+"grenz") {
		t.Fatalf("the German analyzer gives %q: the test's texts no longer test it", dict[FieldBody])
	}
	for _, f := range TextFields {
		if g.FieldTokens[f] != tokens[f] {
			t.Errorf("%s: the build counted %d tokens, the analyzers give %d", f, g.FieldTokens[f], tokens[f])
		}
	}
	idx, err := OpenReadOnly(g)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for _, f := range []string{FieldTitle, FieldBody} {
		want := slices.Compact(slices.Sorted(slices.Values(dict[f])))
		fd, err := idx.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for {
			e, err := fd.Next()
			if err != nil {
				t.Fatal(err)
			}
			if e == nil {
				break
			}
			got = append(got, e.Term)
		}
		fd.Close()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Bleve's terms differ from the analyzers' (-want +got):\n%s", f, diff)
		}
	}
}
