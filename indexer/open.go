package indexer

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2"
)

// OpenTimeout bounds the wait for Bleve's file lock when opening a
// generation, so that a reader never hangs behind a writer.
const OpenTimeout = "5s"

// OpenReadOnly opens the index of a generation for searching. Several
// processes may do so at once; none may write to it.
func OpenReadOnly(g *Generation) (bleve.Index, error) {
	idx, err := bleve.OpenUsing(g.IndexPath(), map[string]any{
		"read_only":    true,
		"bolt_timeout": OpenTimeout,
	})
	if err != nil {
		return nil, fmt.Errorf("indexer: open generation %s: %w", g.Name, err)
	}
	v, err := idx.GetInternal([]byte(mappingVersionKey))
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("indexer: read mapping version of %s: %w", g.Name, err)
	}
	if n, _ := strconv.Atoi(string(v)); n != MappingVersion {
		idx.Close()
		return nil, fmt.Errorf("indexer: generation %s has mapping version %q, this program needs %d: %w", g.Name, v, MappingVersion, ErrOutdated)
	}
	return idx, nil
}

// ErrOutdated is the error of a generation another version of the program
// built with another mapping or layout: it cannot be read, only rebuilt
// from the archive (jhasearch reindex).
var ErrOutdated = errors.New("rebuild the index")

// checkVersion refuses a generation written with another layout, before
// anything reads its files.
func checkVersion(g *Generation) error {
	if g.MappingVersion != MappingVersion {
		return fmt.Errorf("indexer: generation %s has mapping version %d, this program needs %d: %w", g.Name, g.MappingVersion, MappingVersion, ErrOutdated)
	}
	return nil
}
