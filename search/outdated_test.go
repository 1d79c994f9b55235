package search

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// A server upgraded past a mapping change starts without serving the
// generation the old version built, says it is unavailable, and serves
// the next build as soon as it is current.
func TestOpenWaitsForRebuildOfOutdatedGeneration(t *testing.T) {
	dir := t.TempDir()
	g, err := indexer.Build(context.Background(), dir, seq(fixtureDocs()))
	if err != nil {
		t.Fatal(err)
	}
	meta := filepath.Join(g.Path, "meta.json")
	b, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	now := []byte(`"mapping_version": ` + strconv.Itoa(indexer.MappingVersion))
	if !bytes.Contains(b, now) {
		t.Fatalf("meta.json does not hold %s:\n%s", now, b)
	}
	old := bytes.Replace(b, now, []byte(`"mapping_version": `+strconv.Itoa(indexer.MappingVersion-1)), 1)
	if err := os.WriteFile(meta, old, 0o644); err != nil {
		t.Fatal(err)
	}

	e, err := Open(dir, nil)
	if err != nil {
		t.Fatalf("Open with an outdated generation: %v", err)
	}
	defer e.Close()
	if e.Ready() {
		t.Fatal("ready on a generation of another mapping version")
	}
	_, err = e.Search(context.Background(), jhasearch.SearchRequest{Query: "border", Page: 1, Size: 10, Sort: jhasearch.SortRelevance})
	if code := jhasearch.ErrorCode(err); code != jhasearch.EUNAVAILABLE {
		t.Fatalf("search: %v (code %q), want %q", err, code, jhasearch.EUNAVAILABLE)
	}
	if changed, err := e.Reload(); changed || err != nil {
		t.Fatalf("Reload of the same outdated generation = %v, %v; want false, nil", changed, err)
	}

	if _, err := indexer.Build(context.Background(), dir, seq(fixtureDocs())); err != nil {
		t.Fatal(err)
	}
	if changed, err := e.Reload(); !changed || err != nil {
		t.Fatalf("Reload after the rebuild = %v, %v; want true, nil", changed, err)
	}
	if got := search(t, e, jhasearch.SearchRequest{Query: "border"}); got.Total == 0 {
		t.Error("the rebuilt generation finds nothing for border")
	}
}

// A generation whose pairs file was built for another table (a file
// copied from elsewhere) is refused with a message, never served with
// lists of entries it does not have.
func TestOpenRefusesPairsOfAnotherTable(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	g, err := indexer.Build(context.Background(), dir, seq(fixtureDocs()))
	if err != nil {
		t.Fatal(err)
	}
	o, err := indexer.Build(context.Background(), other, seq(fixtureDocs()[:len(fixtureDocs())/2]))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(o.Path, "pairs.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(g.Path, "pairs.bin"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := Open(dir, nil)
	if err == nil {
		e.Close()
		t.Fatal("Open served a generation with another table's pairs file")
	}
	if !bytes.Contains([]byte(err.Error()), []byte("pairs of "+g.Name+": the pairs file was built for")) {
		t.Errorf("Open: %v", err)
	}
}
