package indexer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A build of several batches (written concurrently) stores every document
// whole, indexes every searchable one once, and counts its tokens.
func TestBuildStoresAndIndexesEveryDocument(t *testing.T) {
	in := docs(2*batchSize+batchSize/2, "many")
	g, tab := buildTable(t, in)
	store, err := OpenDocStore(g)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if len(tab.Entries) != len(in) {
		t.Fatalf("%d entries, want %d", len(tab.Entries), len(in))
	}
	for i := range tab.Entries {
		got, err := store.Read(&tab.Entries[i])
		if err != nil {
			t.Fatal(err)
		}
		want := StoredDoc{Document: in[i], Agencies: []string{in[i].Agency}}
		if diff := cmp.Diff(want, *got); diff != "" {
			t.Fatalf("document %d mismatch (-want +got):\n%s", i, diff)
		}
	}
	idx, err := OpenReadOnly(g)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if n, err := idx.DocCount(); err != nil || int(n) != g.Indexed || g.Indexed != len(in) {
		t.Errorf("index holds %d documents (%v), meta says %d indexed, want %d", n, err, g.Indexed, len(in))
	}
	// The build merges its batches into one segment, and leaves no other.
	if zaps, _ := filepath.Glob(filepath.Join(g.IndexPath(), "store", "*.zap")); len(zaps) != 1 {
		t.Errorf("segment files %q, want one", zaps)
	}
	if g.FieldTokens[FieldBody] < 20*len(in) {
		t.Errorf("body tokens = %d, want at least %d", g.FieldTokens[FieldBody], 20*len(in))
	}
}

// A generation written with another layout is refused with a message that
// says what to do, by every reader, before it reads the files.
func TestOldGenerationIsRefused(t *testing.T) {
	dir := t.TempDir()
	g, err := Build(context.Background(), dir, seq(docs(3, "old")))
	if err != nil {
		t.Fatal(err)
	}
	meta := filepath.Join(g.Path, metaFileName)
	b, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	m["mapping_version"] = MappingVersion - 1
	b, _ = json.Marshal(m)
	if err := os.WriteFile(meta, b, 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := Current(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(*Generation) error{
		"ReadTable":    func(g *Generation) error { _, err := ReadTable(g); return err },
		"OpenDocStore": func(g *Generation) error { _, err := OpenDocStore(g); return err },
	} {
		if err := open(old); err == nil || !strings.Contains(err.Error(), "rebuild the index") {
			t.Errorf("%s of an old generation: %v, want a request to rebuild", name, err)
		}
	}
}

// A document file cut short (a disk that filled, a copy that stopped) is
// reported for the documents it lost, and the others still read; an empty
// generation's empty file opens.
func TestDocStoreReportsACutFile(t *testing.T) {
	in := docs(3, "cut")
	g, tab := buildTable(t, in)
	path := filepath.Join(g.Path, docsFileName)
	last := tab.Entries[len(tab.Entries)-1]
	if err := os.Truncate(path, last.Offset+int64(last.Length)/2); err != nil {
		t.Fatal(err)
	}
	store, err := OpenDocStore(g)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if _, err := store.Read(&tab.Entries[0]); err != nil {
		t.Errorf("first document: %v", err)
	}
	_, err = store.Read(&last)
	if err == nil || !strings.Contains(err.Error(), last.ID) || !strings.Contains(err.Error(), "pass the end") {
		t.Errorf("last document: error %v, want one naming %s and the end of the file", err, last.ID)
	}

	if err := os.Truncate(path, 0); err != nil {
		t.Fatal(err)
	}
	empty, err := OpenDocStore(g)
	if err != nil {
		t.Fatalf("open an empty document file: %v", err)
	}
	if _, err := empty.Read(&tab.Entries[0]); err == nil {
		t.Error("read from an empty document file: no error")
	}
	if err := empty.Close(); err != nil {
		t.Error(err)
	}
}
