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
