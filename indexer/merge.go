package indexer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// A generation is written once and then only read, so the build leaves
// merging to its end: while batches come in, Bleve's merger would rewrite
// every document two or three times (tier after tier) and compete with the
// analysis for the two cores; one merge at the end writes each document
// once more, and leaves one segment: one term dictionary instead of
// several (a fifth smaller on the generated archive) and one segment for
// every query to visit.

// buildConfig is the Bleve configuration of a build: no segment is small
// enough to be merged (eligible segments hold fewer than half of
// MaxSegmentSize documents).
func buildConfig() map[string]any {
	return map[string]any{"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": 2}}
}

// oneSegment merges every segment into one, in one pass.
var oneSegment = mergeplan.MergePlanOptions{
	MaxSegmentsPerTier:   1,
	MaxSegmentSize:       mergeplan.MaxSegmentSizeLimit,
	MaxSegmentFileSize:   1 << 40,
	TierGrowth:           1,
	SegmentsPerMergeTask: 1 << 20,
	FloorSegmentSize:     mergeplan.MaxSegmentSizeLimit,
	FloorSegmentFileSize: 1 << 40,
	ReclaimDeletesWeight: 2,
}

// mergeWhile merges the index into one segment while work runs: the
// merge keeps one core busy for a while and has nothing to share with the
// other. It returns the path of the segment's file.
func mergeWhile(ctx context.Context, idx bleve.Index, work func(context.Context) error) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		path string
		err  error
	}
	merged := make(chan result, 1)
	go func() {
		path, err := mergeAll(ctx, idx)
		merged <- result{path, err}
	}()
	err := work(ctx)
	if err != nil {
		cancel() // stop the merge early, but wait for it: it uses idx
	}
	m := <-merged
	if err != nil {
		return "", err
	}
	return m.path, m.err
}

// mergeAll merges the index's segments into one and returns the path of
// its file. The merger plans on the snapshot it holds when it takes the
// request, which may miss the last segments persisted: it asks again
// until one is left.
func mergeAll(ctx context.Context, idx bleve.Index) (string, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return "", fmt.Errorf("indexer: merge: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return "", fmt.Errorf("indexer: merge: unexpected index type %T", adv)
	}
	for range 4 {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		if segmentCount(s) <= 1 {
			return segmentPath(s)
		}
		opts := oneSegment
		if err := s.ForceMerge(ctx, &opts); err != nil {
			return "", fmt.Errorf("indexer: merge: %w", err)
		}
	}
	return "", fmt.Errorf("indexer: merge: %d segments left", segmentCount(s))
}

// segmentPath returns the file of the index's one segment, and "" for an
// index of no documents, which has no segment at all (an empty archive
// builds an empty generation).
func segmentPath(s *scorch.Scorch) (string, error) {
	r, err := s.Reader()
	if err != nil {
		return "", fmt.Errorf("indexer: merge: %w", err)
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return "", fmt.Errorf("indexer: merge: unexpected snapshot %T", r)
	}
	switch n := len(snap.Segments()); n {
	case 0:
		return "", nil
	case 1:
	default:
		return "", fmt.Errorf("indexer: merge: %d segments left", n)
	}
	p, ok := snap.Segments()[0].Segment().(interface{ Path() string })
	if !ok {
		return "", fmt.Errorf("indexer: merge: the merged segment is not on disk")
	}
	return p.Path(), nil
}

// removeMerged removes the segment files other than keep from the
// directory of keep. Bleve removes the files of merged segments in the
// background, some time after the merge; a build closes the index before,
// and no reader of a generation would ever remove them. The index's
// latest snapshot names keep alone. An empty keep (an index without
// segments) removes nothing.
func removeMerged(keep string) error {
	if keep == "" {
		return nil
	}
	files, err := filepath.Glob(filepath.Join(filepath.Dir(keep), "*.zap"))
	if err != nil {
		return fmt.Errorf("indexer: list segments: %w", err)
	}
	for _, f := range files {
		if f == keep {
			continue
		}
		if err := os.Remove(f); err != nil {
			return fmt.Errorf("indexer: remove merged segment: %w", err)
		}
	}
	return nil
}

func segmentCount(s *scorch.Scorch) uint64 {
	m := s.StatsMap()
	files, _ := m["num_root_filesegments"].(uint64)
	mem, _ := m["num_root_memorysegments"].(uint64)
	return files + mem
}
