package reader

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// Each test here guards one reliance on Bleve's internals (package doc):
// an upgrade of Bleve that changes one of them fails its test, not the
// rankings of the engine in silence.

var docs = []jhasearch.Document{
	{ID: "a", Agency: "Europol", Language: "en", Title: "Smugglers arrested",
		Body: "Police arrested seven smugglers near the border crossing today"},
	{ID: "b", Agency: "Frontex", Language: "en", Title: "Border guards trained",
		Body: "Guards trained other guards on forged passports"},
	{ID: "c", Agency: "Eurojust", Language: "en", Title: "Smuggling ring judged",
		Body: "The court judged the smuggling ring, smugglers and their helpers"},
	{ID: "d", Agency: "Europol", Language: "de", Title: "Grenzkontrollen verstärkt",
		Body: "Die Polizei verstärkt die Grenzkontrollen an der Grenze"},
}

func seq(ds []jhasearch.Document) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for i, d := range ds {
			d.URL = "https://agency.example/" + d.ID
			d.Published = time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC)
			if !yield(d, nil) {
				return
			}
		}
	}
}

// open builds docs into a new index and opens it.
func open(t *testing.T) (*Index, *indexer.Table) {
	t.Helper()
	g, err := indexer.Build(context.Background(), t.TempDir(), seq(docs))
	if err != nil {
		t.Fatal(err)
	}
	table, err := indexer.ReadTable(g)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for i, e := range table.Entries {
		byID[e.ID] = i
	}
	ix, err := Open(g, byID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, table
}

// postings returns the ids and postings of term in field.
func postings(t *testing.T, ix *Index, table *indexer.Table, field, term string) map[string]Posting {
	t.Helper()
	s, err := ix.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Postings(context.Background(), field, term)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	out := map[string]Posting{}
	var x Posting
	for {
		ok, err := p.Next(&x)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			break
		}
		out[table.Entries[x.Entry].ID] = x
	}
	if p.Count() != len(out) {
		t.Errorf("%s:%s: Count %d, %d postings", field, term, p.Count(), len(out))
	}
	return out
}

// TestInternalNumbers: Bleve's scorch numbers documents with 8 bytes,
// big-endian, which Open maps to table entries. If the layout changed,
// Open fails with ErrLayout, or the postings would name other documents.
func TestInternalNumbers(t *testing.T) {
	ix, table := open(t)
	if got := len(ix.internal); got < len(docs) {
		t.Fatalf("%d internal numbers for %d documents", got, len(docs))
	}
	seen := map[int32]bool{}
	for _, e := range ix.internal {
		if e >= 0 {
			if seen[e] {
				t.Errorf("entry %d has two internal numbers", e)
			}
			seen[e] = true
		}
	}
	if len(seen) != len(docs) {
		t.Errorf("%d entries mapped, want %d", len(seen), len(docs))
	}
	for term, want := range map[string][]string{"smuggler": {"a", "c"}, "guard": {"b"}, "court": {"c"}} {
		var got []string
		for id := range postings(t, ix, table, indexer.FieldBody, term) {
			got = append(got, id)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("body:%s holds %v, want %v", term, got, want)
		}
	}
	if ix.entryOf([]byte{1, 2, 3}) != -1 {
		t.Error("an id of 3 bytes maps to an entry")
	}
	if !errors.Is(fmt.Errorf("x: %w", ErrLayout), ErrLayout) {
		t.Error("ErrLayout does not wrap")
	}
}

// TestFieldLength: Bleve keeps a field's length as the norm 1/√length in
// a float32; BM25F needs the length back, and the frequency.
func TestFieldLength(t *testing.T) {
	ix, table := open(t)
	// The length is the analyzer's count of the body's tokens.
	want := float64(len(ix.Analyzer("").Analyze([]byte(docs[0].Body))))
	p := postings(t, ix, table, indexer.FieldBody, "smuggler")
	a := p["a"]
	if math.Abs(a.Length-want) > 0.01*want {
		t.Errorf("body length of a = %g, want %g", a.Length, want)
	}
	if a.Freq != 1 {
		t.Errorf("freq of smuggler in a = %d, want 1", a.Freq)
	}
	if b := postings(t, ix, table, indexer.FieldBody, "guard")["b"]; b.Freq != 2 {
		t.Errorf("freq of guard in b = %d, want 2", b.Freq)
	}
	n, err := docFreq(ix, indexer.FieldBody, "smuggler")
	if err != nil || n != 2 {
		t.Errorf("DocFreq = %d, %v; want 2", n, err)
	}
}

func docFreq(ix *Index, field, term string) (int, error) {
	s, err := ix.Snapshot()
	if err != nil {
		return 0, err
	}
	defer s.Close()
	return s.DocFreq(field, term)
}

// TestAnalyzers: the analyzers are looked up in the index's mapping by
// their registered names (indexer.TextAnalyzer, indexer.AnalyzerOf); a
// lookup that failed would give nil, or the English one for German.
func TestAnalyzers(t *testing.T) {
	ix, _ := open(t)
	toks := ix.Analyzer("").Analyze([]byte("The smugglers, arrested"))
	var terms []string
	for _, tk := range toks {
		terms = append(terms, string(tk.Term))
	}
	if !slices.Equal(terms, []string{"smuggler", "arrest"}) {
		t.Errorf("English terms %q", terms)
	}
	if toks[0].Position != 2 || toks[0].Start != 4 || toks[0].End != 13 {
		t.Errorf("first token %+v, want position 2, bytes 4-13", toks[0])
	}
	de := ix.Analyzer("de").Analyze([]byte("Grenzkontrollen"))
	if len(de) != 1 || string(de[0].Term) != indexer.TermPrefix("de")+"grenzkontroll" {
		t.Errorf("German terms %+v", de)
	}
	if got := ix.Analyzer("xx").Analyze([]byte("smugglers")); len(got) != 1 || string(got[0].Term) != "smuggler" {
		t.Errorf("an unknown language analyses as %+v, want English", got)
	}
}

// TestExpansions: prefixes through the term dictionary, fuzzy words
// through scorch's Levenshtein automaton, with the edit distance, the
// first letter fixed; both bounded.
func TestExpansions(t *testing.T) {
	ix, _ := open(t)
	s, err := ix.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	pre, err := s.Prefix(indexer.FieldBody, "smug", 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Expansion{{Term: "smuggl"}, {Term: "smuggler"}}; !slices.Equal(pre, want) {
		t.Errorf("smug* = %+v, want %+v", pre, want)
	}
	if _, err := s.Prefix(indexer.FieldBody, "smug", 1); !errors.Is(err, ErrTooManyTerms) {
		t.Errorf("smug* within 1 term: err = %v, want ErrTooManyTerms", err)
	}
	fz, err := s.Fuzzy(indexer.FieldBody, "smugglr", 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Expansion{{Term: "smuggl", Distance: 1}, {Term: "smuggler", Distance: 1}}; !slices.Equal(fz, want) {
		t.Errorf("smugglr~1 = %+v, want %+v", fz, want)
	}
	// The first letter is fixed: "muggler" is one edit from "smuggler".
	if fz, err := s.Fuzzy(indexer.FieldBody, "muggler", 1, 10); err != nil || len(fz) != 0 {
		t.Errorf("muggler~1 = %+v, %v; want none", fz, err)
	}
	if fz, err := s.Fuzzy(indexer.FieldBody, "smuggl", 2, 10); err != nil || !slices.Contains(fz, Expansion{Term: "smuggl"}) || !slices.Contains(fz, Expansion{Term: "smuggler", Distance: 2}) {
		t.Errorf("smuggl~2 = %+v, %v", fz, err)
	}
}
