package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer/group"
)

// Build writes a new generation under indexDir from docs, in batches, then
// atomically makes it current, keeps the previous one and removes older
// ones and any incomplete leftovers of crashed builds. It must be called
// only by the process holding the data directory's writer lock, never
// concurrently. On error nothing changes for readers.
func Build(ctx context.Context, indexDir string, docs iter.Seq2[jhasearch.Document, error], opts ...BuildOption) (*Generation, error) {
	var info Generation
	for _, o := range opts {
		o(&info)
	}
	if err := os.MkdirAll(indexDir, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: create %s: %w", indexDir, err)
	}
	ptr, err := readPointer(indexDir)
	if err != nil {
		return nil, err
	}
	// Number first, prune second: a leftover's number is never reused, so
	// no name can mean two different builds.
	entries, err := os.ReadDir(indexDir)
	if err != nil {
		return nil, fmt.Errorf("indexer: list %s: %w", indexDir, err)
	}
	n := nextNumber(entries)
	if err := prune(indexDir, ptr); err != nil {
		return nil, err
	}
	name := fmt.Sprintf("%s%06d", genPrefix, n)
	tmp := filepath.Join(indexDir, fmt.Sprintf("%s%06d", tmpPrefix, n))
	if err := os.Mkdir(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: create build directory: %w", err)
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if _, err := buildInto(ctx, tmp, name, info.Vocabulary, docs); err != nil {
		return nil, err
	}
	final := filepath.Join(indexDir, name)
	if err := os.Rename(tmp, final); err != nil {
		return nil, fmt.Errorf("indexer: rename build directory: %w", err)
	}
	done = true
	if err := syncDir(indexDir); err != nil {
		return nil, err
	}
	next := pointer{Current: name, Previous: ptr.Current}
	if err := writePointer(indexDir, next); err != nil {
		return nil, err
	}
	if err := prune(indexDir, next); err != nil {
		return nil, err
	}
	return readGeneration(indexDir, name)
}

// BuildOption records a fact about the documents in the generation's meta.
type BuildOption func(*Generation)

// WithVocabulary records the fingerprint of the vocabulary that enriched
// the documents (vocab.Vocabulary.Fingerprint), so that a server can tell
// a generation built with another vocabulary.
func WithVocabulary(fingerprint string) BuildOption {
	return func(g *Generation) { g.Vocabulary = fingerprint }
}

// buildInto fills dir with a complete generation: index, table and meta
// file, all synced to disk.
func buildInto(ctx context.Context, dir, name, vocabulary string, docs iter.Seq2[jhasearch.Document, error]) (*Generation, error) {
	sp, err := writeSpool(ctx, filepath.Join(dir, spoolFileName), docs)
	if err != nil {
		return nil, err
	}
	groups := group.Decide(sp.sigs, sp.live)
	gen := &Generation{Name: name, MappingVersion: MappingVersion, Agencies: map[string]int{}, FieldTokens: map[string]int{},
		Vocabulary: vocabulary}
	table, err := indexSpool(ctx, filepath.Join(dir, indexDirName), sp, groups, gen)
	if err != nil {
		return nil, err
	}
	if err := os.Remove(sp.path); err != nil {
		return nil, fmt.Errorf("indexer: remove spool: %w", err)
	}
	if err := writeTable(filepath.Join(dir, tableFileName), table); err != nil {
		return nil, err
	}
	gen.BuiltAt = time.Now().UTC()
	meta, err := json.MarshalIndent(gen, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("indexer: encode meta: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, metaFileName), meta, 0o644); err != nil {
		return nil, fmt.Errorf("indexer: write meta: %w", err)
	}
	return gen, syncTree(dir)
}
