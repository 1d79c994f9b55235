package indexer

import (
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/google/go-cmp/cmp"
)

// The positions file holds, for every searchable document of a build of
// several batches, the term hashes of each text field at the positions the
// analyzer gave them, with 0 where it dropped a stop word.
func TestBuildWritesPositions(t *testing.T) {
	in := docs(batchSize+batchSize/2, "pos")
	in[7].Title = "Officers of the border agency"
	in[7].Summary = ""
	in[7].Body = "Forged passports; forged visas."
	g, tab := buildTable(t, in)
	pos, err := OpenPositions(g)
	if err != nil {
		t.Fatal(err)
	}
	defer pos.Close()
	cache := registry.NewCache()
	an, err := cache.AnalyzerNamed(TextAnalyzer)
	if err != nil {
		t.Fatal(err)
	}
	h := func(term string) uint16 { return TermHash([]byte(term)) }
	for _, tt := range []struct {
		field int
		want  []uint16
	}{
		{0, []uint16{h("offic"), 0, 0, h("border"), h("agenc")}},
		{1, []uint16{}},
		{2, []uint16{h("forg"), h("passport"), h("forg"), h("visa")}},
	} {
		if got := runOf(t, pos, &tab.Entries[7], tt.field); !cmp.Equal(tt.want, got) {
			t.Errorf("field %d: hashes %v, want %v", tt.field, got, tt.want)
		}
	}
	// Every document's runs agree with analysing its fields again.
	for i := range in {
		for f, text := range []string{in[i].Title, in[i].Summary, in[i].Body} {
			want, err := PositionRecord(appendRun(nil, an.Analyze([]byte(text)))).Field(0)
			if err != nil {
				t.Fatal(err)
			}
			if got := runOf(t, pos, &tab.Entries[i], f); !cmp.Equal(hashes(want), got) {
				t.Fatalf("document %d field %d: hashes %v, want %v", i, f, got, hashes(want))
			}
		}
	}
}

func runOf(t *testing.T, p *Positions, e *Entry, field int) []uint16 {
	t.Helper()
	rec, err := p.Read(e)
	if err != nil {
		t.Fatal(err)
	}
	run, err := rec.Field(field)
	if err != nil {
		t.Fatal(err)
	}
	return hashes(run)
}

func hashes(r HashRun) []uint16 {
	out := make([]uint16, r.Len())
	for i := range out {
		out[i] = r.At(i)
	}
	return out
}

// A damaged record is an error, never a panic or a run past its end.
func TestPositionRecordDamaged(t *testing.T) {
	good := appendRun(nil, analysis.TokenStream{{Term: []byte("a"), Position: 1}, {Term: []byte("b"), Position: 3}})
	for _, rec := range [][]byte{nil, {5, 0, 0}, good[:len(good)-1], {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}} {
		if _, err := PositionRecord(rec).Field(0); err == nil {
			t.Errorf("record %v: no error", rec)
		}
	}
	if _, err := PositionRecord(good).Field(1); err == nil {
		t.Error("a one-field record has no second field, yet no error")
	}
	run, err := PositionRecord(good).Field(0)
	if err != nil || fmt.Sprint(hashes(run)) != fmt.Sprint([]uint16{TermHash([]byte("a")), 0, TermHash([]byte("b"))}) {
		t.Errorf("run %v (%v)", hashes(run), err)
	}
}
