package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jhasearch/jhasearch"
)

// The index directory holds generation directories named genPrefix+number,
// temporary build directories named tmpPrefix+number, and the pointer file
// that names the current and the previous generation. Only the pointer file
// decides what is served: it is replaced atomically (write, fsync, rename,
// fsync of the directory), so a crash leaves either the old or the new one.
const (
	genPrefix   = "gen-"
	tmpPrefix   = "tmp-"
	pointerFile = "CURRENT"
)

// pointer is the content of the pointer file.
type pointer struct {
	Current  string `json:"current"`
	Previous string `json:"previous,omitempty"`
}

func readPointer(indexDir string) (pointer, error) {
	var p pointer
	b, err := os.ReadFile(filepath.Join(indexDir, pointerFile))
	if errors.Is(err, fs.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("indexer: read pointer: %w", err)
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("indexer: parse pointer %s: %w", filepath.Join(indexDir, pointerFile), err)
	}
	return p, nil
}

func writePointer(indexDir string, p pointer) error {
	b, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("indexer: encode pointer: %w", err)
	}
	return writeFileAtomic(filepath.Join(indexDir, pointerFile), b)
}

// Current returns the generation being served, or an *jhasearch.Error with
// ENOTFOUND when none was built yet.
func Current(indexDir string) (*Generation, error) {
	p, err := readPointer(indexDir)
	if err != nil {
		return nil, err
	}
	if p.Current == "" {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "No index has been built yet.")
	}
	return readGeneration(indexDir, p.Current)
}

// Rollback makes the previous generation current again; the generation it
// replaces becomes the previous one, so a second Rollback undoes the first.
func Rollback(indexDir string) (*Generation, error) {
	p, err := readPointer(indexDir)
	if err != nil {
		return nil, err
	}
	if p.Previous == "" {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no previous index generation to roll back to.")
	}
	g, err := readGeneration(indexDir, p.Previous)
	if err != nil {
		return nil, err
	}
	if err := writePointer(indexDir, pointer{Current: p.Previous, Previous: p.Current}); err != nil {
		return nil, err
	}
	return g, nil
}

// readGeneration reads the meta file of a generation directory.
func readGeneration(indexDir, name string) (*Generation, error) {
	dir := filepath.Join(indexDir, name)
	b, err := os.ReadFile(filepath.Join(dir, metaFileName))
	if err != nil {
		return nil, fmt.Errorf("indexer: read generation %s: %w", name, err)
	}
	var g Generation
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("indexer: parse generation %s: %w", name, err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("indexer: generation path: %w", err)
	}
	g.Name, g.Path = name, abs
	return &g, nil
}

// nextNumber returns one more than the highest generation or build number
// present, so that names never repeat, even after a crash.
func nextNumber(entries []os.DirEntry) int {
	n := 0
	for _, e := range entries {
		name := strings.TrimPrefix(strings.TrimPrefix(e.Name(), genPrefix), tmpPrefix)
		if v, err := strconv.Atoi(name); err == nil && v > n {
			n = v
		}
	}
	return n + 1
}

// prune removes every generation and temporary directory that the pointer
// does not name: older generations and leftovers of crashed builds.
func prune(indexDir string, keep pointer) error {
	entries, err := os.ReadDir(indexDir)
	if err != nil {
		return fmt.Errorf("indexer: list %s: %w", indexDir, err)
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, genPrefix) && !strings.HasPrefix(name, tmpPrefix) {
			continue
		}
		if name == keep.Current || name == keep.Previous {
			continue
		}
		if err := os.RemoveAll(filepath.Join(indexDir, name)); err != nil {
			return fmt.Errorf("indexer: remove %s: %w", name, err)
		}
	}
	return nil
}
