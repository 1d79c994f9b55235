package indexer

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// The merge at the end of a build relies on Bleve's internals (merge.go):
// the index is a *scorch.Scorch; its statistics count the segments as
// num_root_filesegments and num_root_memorysegments; buildConfig keeps
// every batch's segment unmerged; a reader is a *scorch.IndexSnapshot
// whose segments know their file; the files of the segments are *.zap
// files in one directory, which removeMerged clears of all but the merged
// one; and the internal value written after the merge (passes.go) is a
// batch that Bleve persists, with the merged segment, before it returns:
// without it the index on disk may still name the removed files. A Bleve
// upgrade that changes any of these fails here.
func TestMergeReliesOnScorch(t *testing.T) {
	path := filepath.Join(t.TempDir(), indexDirName)
	idx, err := bleve.NewUsing(path, NewMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, buildConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if idx != nil {
			idx.Close()
		}
	}()
	const batches, perBatch = 3, 4
	for b := range batches {
		batch := idx.NewBatch()
		for i := range perBatch {
			id := fmt.Sprintf("d%d-%d", b, i)
			if err := batch.Index(id, map[string]any{FieldTitle: "Release " + id, FieldBody: "Border officers of batch " + id}); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Batch(batch); err != nil {
			t.Fatal(err)
		}
	}
	adv, err := idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		t.Fatalf("the index is a %T, not a *scorch.Scorch", adv)
	}
	stats := s.StatsMap()
	for _, key := range []string{"num_root_filesegments", "num_root_memorysegments"} {
		if _, ok := stats[key].(uint64); !ok {
			t.Errorf("Scorch's statistics have no uint64 %s: %T", key, stats[key])
		}
	}
	// No merge during the build: one segment per batch (persisted or not).
	if n := segmentCount(s); n != batches {
		t.Errorf("%d segments after %d batches: buildConfig no longer keeps Bleve from merging", n, batches)
	}
	keep, err := mergeAll(context.Background(), idx)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Ext(keep) != ".zap" || filepath.Dir(keep) != filepath.Join(path, "store") {
		t.Errorf("merged segment %s: want a .zap file in %s", keep, filepath.Join(path, "store"))
	}
	// As indexSpool does: the internal value is written in a batch that
	// Bleve persists before it returns, with the merged segment.
	if err := idx.SetInternal([]byte(mappingVersionKey), []byte("test")); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	idx = nil
	if err := removeMerged(keep); err != nil {
		t.Fatal(err)
	}
	if zaps, _ := filepath.Glob(filepath.Join(path, "store", "*.zap")); len(zaps) != 1 || zaps[0] != keep {
		t.Errorf("segment files %q, want %s alone", zaps, keep)
	}
	// The index reads whole from the one file left.
	ro, err := bleve.OpenUsing(path, map[string]any{"read_only": true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if n, err := ro.DocCount(); err != nil || n != batches*perBatch {
		t.Errorf("the merged index holds %d documents (%v), want %d", n, err, batches*perBatch)
	}
	adv, err = ro.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := segmentPath(adv.(*scorch.Scorch)); err != nil || got != keep {
		t.Errorf("the reopened index's segment is %q (%v), want %s", got, err, keep)
	}
}
