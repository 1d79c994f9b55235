package indexer

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/jhasearch/jhasearch/internal/atomicfile"
)

// The pointer file and the directories of generations are made durable
// by internal/atomicfile, which the workflows' run log uses too: one
// implementation, with the directory fsync.
var (
	writeFileAtomic = atomicfile.WriteFile
	syncDir         = atomicfile.SyncDir
)

// syncTree fsyncs every regular file below dir and every directory, so
// that a generation is durable before the pointer names it.
func syncTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("indexer: open %s: %w", path, err)
		}
		defer f.Close()
		if err := f.Sync(); err != nil {
			return fmt.Errorf("indexer: sync %s: %w", path, err)
		}
		return nil
	})
}
