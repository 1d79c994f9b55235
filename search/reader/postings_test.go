package reader

import (
	"context"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
)

// segmented builds docs into an index of several segments, with some
// documents replaced and some deleted after their segment was written,
// in a generation directory of its own; byID maps the ids of a shuffled
// share of the documents to table entries, the others stay outside the
// table. It returns the open index and the words of the documents.
func segmented(t *testing.T) (*Index, *corpus.ReleaseText) {
	t.Helper()
	docs := corpus.Collect(corpus.Releases(11, 1500, 700))
	g := &indexer.Generation{Name: "segmented", Path: t.TempDir()}
	// indexer's own build configuration: no segment is ever merged.
	cfg := map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": 2}}
	idx, err := bleve.NewUsing(g.IndexPath(), indexer.NewMapping(), scorch.Name, bleve.Config.DefaultKVStore, cfg)
	if err != nil {
		t.Fatal(err)
	}
	fields := func(i int) map[string]any {
		d := docs[i]
		return map[string]any{indexer.FieldTitle: d.Title, indexer.FieldSummary: d.Summary, indexer.FieldBody: d.Body,
			indexer.FieldAgency: d.Agency, indexer.FieldTag: d.Tags}
	}
	r := rand.New(rand.NewPCG(5, 6))
	const batches = 5
	per := len(docs) / batches
	for b := range batches {
		batch := idx.NewBatch()
		for i := b * per; i < (b+1)*per; i++ {
			if err := batch.Index(docs[i].ID, fields(i)); err != nil {
				t.Fatal(err)
			}
		}
		if b > 0 {
			// Replace and delete documents of earlier segments: deleted
			// documents keep their numbers and their postings.
			for range 40 {
				i := r.IntN(b * per)
				if r.IntN(2) == 0 {
					batch.Delete(docs[i].ID)
				} else if err := batch.Index(docs[i].ID, fields(r.IntN(len(docs)))); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	// indexer's key of the mapping version (indexer.OpenReadOnly).
	if err := idx.SetInternal([]byte("jhasearch_mapping_version"), []byte(strconv.Itoa(indexer.MappingVersion))); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	byID := map[string]int{}
	for k, i := range r.Perm(len(docs)) {
		if k%10 != 0 {
			byID[docs[i].ID] = len(byID)
		}
	}
	ix, err := Open(g, byID)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, corpus.NewReleaseText(11)
}

// scorchPostings reads the postings of term in field as the engine read
// them before it read zap's iterators itself: through scorch's term field
// reader, its documents mapped by their internal numbers (entryOf). It is
// the reference that Postings must give, float for float.
func scorchPostings(t *testing.T, s *Snapshot, field, term string) ([]Posting, int) {
	t.Helper()
	tfr, err := s.r.TermFieldReader(context.Background(), []byte(term), field, true, true, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tfr.Close()
	var out []Posting
	for {
		d, err := tfr.Next(nil)
		if err != nil {
			t.Fatal(err)
		}
		if d == nil {
			return out, int(tfr.Count())
		}
		e := s.ix.entryOf(d.ID)
		if e < 0 {
			continue
		}
		p := Posting{Entry: e, Freq: int(d.Freq), Length: 1}
		if d.Norm > 0 {
			p.Length = 1 / (d.Norm * d.Norm)
		}
		out = append(out, p)
	}
}

// readAll reads the postings of term in field in batches of size.
func readAll(t *testing.T, s *Snapshot, field, term string, size int) ([]Posting, int) {
	t.Helper()
	p, err := s.Postings(context.Background(), field, term)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var out []Posting
	buf := make([]Posting, size)
	for {
		n, err := p.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return out, p.Count()
		}
		out = append(out, buf[:n]...)
	}
}

// TestPostingsAsScorchReadsThem: Postings reads zap's iterators segment
// by segment, as scorch's term field reader does, and must give the same
// postings in the same order, with the same frequencies and lengths to
// the bit, for words common and rare in every field of an index of
// several segments with deleted documents and documents outside the
// table. It relies on scorch numbering a segment's documents after all
// the documents, deleted ones included, of the segments before it.
func TestPostingsAsScorchReadsThem(t *testing.T) {
	ix, words := segmented(t)
	s, err := ix.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	is := s.r.(*scorch.IndexSnapshot)
	deleted := 0
	for _, sg := range is.Segments() {
		if d := sg.Deleted(); d != nil {
			deleted += int(d.GetCardinality())
		}
	}
	if len(is.Segments()) < 3 || deleted == 0 {
		t.Fatalf("%d segments, %d deleted documents: the test needs several segments and deletions", len(is.Segments()), deleted)
	}
	type term struct{ field, term string }
	var terms []term
	for _, f := range indexer.TextFields {
		for rank := 0; rank < 3000; rank += 1 + rank/8 {
			for _, tk := range ix.Analyzer("").Analyze([]byte(words.Words[rank])) {
				terms = append(terms, term{f, string(tk.Term)})
			}
		}
		terms = append(terms, term{f, "nosuchword"})
	}
	for _, a := range corpus.ReleaseAgencies {
		terms = append(terms, term{indexer.FieldAgency, a})
	}
	for _, tag := range corpus.ReleaseTags {
		terms = append(terms, term{indexer.FieldTag, tag})
	}
	postings, coded := 0, 0
	defer func() { t.Logf("%d terms, %d postings", len(terms), postings) }()
	lengthOfCode := map[uint32]uint64{}
	for k, tm := range terms {
		want, wantCount := scorchPostings(t, s, tm.field, tm.term)
		got, count := readAll(t, s, tm.field, tm.term, []int{1, 7, 256}[k%3])
		if count != wantCount {
			t.Errorf("%s:%s: Count %d, scorch's %d", tm.field, tm.term, count, wantCount)
		}
		if df, err := s.DocFreq(tm.field, tm.term); err != nil || df != wantCount {
			t.Errorf("%s:%s: DocFreq %d, %v; scorch's count %d", tm.field, tm.term, df, err, wantCount)
		}
		if len(got) != len(want) {
			t.Errorf("%s:%s: %d postings, scorch's %d", tm.field, tm.term, len(got), len(want))
			continue
		}
		for i, g := range got {
			w := want[i]
			if g.Entry != w.Entry || g.Freq != w.Freq || math.Float64bits(g.Length) != math.Float64bits(w.Length) {
				t.Fatalf("%s:%s posting %d: %+v, scorch's %+v", tm.field, tm.term, i, g, w)
			}
			if g.Code < MaxLengthCode {
				coded++
				if b, ok := lengthOfCode[g.Code]; ok && b != math.Float64bits(g.Length) {
					t.Fatalf("code %d names lengths %g and %g", g.Code, math.Float64frombits(b), g.Length)
				}
				lengthOfCode[g.Code] = math.Float64bits(g.Length)
			}
		}
		postings += len(got)
	}
	if postings < 25_000 || coded < postings*9/10 {
		t.Errorf("%d postings, %d with a length code: too few to test", postings, coded)
	}
	// Next reads as Read does.
	p, err := s.Postings(context.Background(), indexer.FieldBody, terms[0].term)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := scorchPostings(t, s, indexer.FieldBody, terms[0].term)
	var x Posting
	for i := 0; ; i++ {
		ok, err := p.Next(&x)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if i != len(want) {
				t.Errorf("Next gave %d postings, want %d", i, len(want))
			}
			break
		}
		if i >= len(want) || x.Entry != want[i].Entry || x.Length != want[i].Length {
			t.Fatalf("Next: posting %d is %+v", i, x)
		}
	}
}

// TestLengthCodes: the segments this program writes are read by zap's
// current version (v17), whose iterators Postings calls directly; zap
// (v15 and later) keeps a posting's field length as
// the bits of its norm, which Postings takes as the length's code: each
// code is one length, and a posting's length is known from its code
// (Posting.Code). If a Bleve upgrade kept norms otherwise, the codes
// would no longer be small integers and every posting would read NoCode:
// the scorer stays exact, only slower, and this test says so.
func TestLengthCodes(t *testing.T) {
	ix, table := open(t)
	want := len(ix.Analyzer("").Analyze([]byte(docs[0].Body)))
	s, err := ix.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, err := s.Postings(context.Background(), indexer.FieldBody, "smuggler")
	if err != nil {
		t.Fatal(err)
	}
	for _, sp := range p.segs {
		if sp.zap == nil {
			t.Errorf("a segment's postings iterator is a %T, not the one of zap's current version: Read takes the slow way", sp.it)
		}
	}
	got, _ := readAll(t, s, indexer.FieldBody, "smuggler", 4)
	for _, p := range got {
		if table.Entries[p.Entry].ID == "a" && (p.Code != uint32(want) || math.Abs(p.Length-float64(want)) > 0.01) {
			t.Errorf("body of a: code %d, length %g; want %d", p.Code, p.Length, want)
		}
		if p.Code >= MaxLengthCode {
			t.Errorf("posting %+v has no length code", p)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d postings of smuggler, want 2", len(got))
	}
}
