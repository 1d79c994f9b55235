package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/jhasearch/jhasearch/internal/corpus"
)

// generatorVersion names the shape of the archive internal/corpus makes;
// change it whenever that output changes, so that caches are rebuilt.
const generatorVersion = 2

// workspace is the cache directory of one archive: the JSON Lines file and
// the data directory built from it.
type workspace struct {
	dir string
}

func newWorkspace(cache string, docs int, seed uint64) workspace {
	return workspace{filepath.Join(cache, fmt.Sprintf("docs%d-seed%d-v%d", docs, seed, generatorVersion))}
}

func (w workspace) archive() string     { return filepath.Join(w.dir, "archive.jsonl") }
func (w workspace) archiveMeta() string { return filepath.Join(w.dir, "archive.json") }
func (w workspace) data() string        { return filepath.Join(w.dir, "data") }
func (w workspace) importMeta() string  { return filepath.Join(w.dir, "import.json") }
func (w workspace) logs() string        { return filepath.Join(w.dir, "logs") }

// ensureArchive generates the JSON Lines file unless a complete one is
// cached; a file is complete when its size record exists, which is
// written after the file was renamed into place.
func ensureArchive(w workspace, docs int, seed uint64, progress io.Writer) (corpus.Size, error) {
	var size corpus.Size
	if readJSON(w.archiveMeta(), &size) == nil && size.Documents == docs {
		fmt.Fprintf(progress, "archive: cached %s (%d documents)\n", w.archive(), docs)
		return size, nil
	}
	if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return size, fmt.Errorf("jhaload: create cache: %w", err)
	}
	g, err := corpus.New(seed)
	if err != nil {
		return size, err
	}
	start := time.Now()
	tmp := w.archive() + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return size, fmt.Errorf("jhaload: create archive: %w", err)
	}
	defer os.Remove(tmp)
	size, err = g.Write(f, docs)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return size, err
	}
	if err := os.Rename(tmp, w.archive()); err != nil {
		return size, fmt.Errorf("jhaload: store archive: %w", err)
	}
	fmt.Fprintf(progress, "archive: generated %d documents (%.1f MB) in %s\n", docs, float64(size.JSONBytes)/1e6, time.Since(start).Round(time.Millisecond))
	return size, writeJSON(w.archiveMeta(), size)
}

// ensureImport imports the archive into a fresh data directory unless the
// cached one was built by the same binary; a different binary may index
// differently, so its figures would not describe the code being measured.
func ensureImport(ctx context.Context, w workspace, bin binary, size corpus.Size, force bool, progress io.Writer) (importResult, error) {
	var res importResult
	if !force && readJSON(w.importMeta(), &res) == nil && res.BinarySHA256 == bin.sha256 {
		fmt.Fprintf(progress, "import: cached %s (built %s by the same binary)\n", w.data(), res.At.Format(time.RFC3339))
		res.Cached = true
		return res, nil
	}
	os.Remove(w.importMeta())
	if err := os.RemoveAll(w.data()); err != nil {
		return res, fmt.Errorf("jhaload: clear old data directory: %w", err)
	}
	fmt.Fprintf(progress, "import: %d documents into %s ...\n", size.Documents, w.data())
	res, err := runImport(ctx, w, bin, size)
	if err != nil {
		return res, err
	}
	return res, writeJSON(w.importMeta(), res)
}

// binary is the jhasearch executable being measured.
type binary struct {
	path   string
	sha256 string
	commit string // vcs.revision, with "+dirty" when built from changed files
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("jhaload: write %s: %w", path, err)
	}
	return os.Rename(tmp, path)
}

// currentGeneration reads the index pointer file (data/index/CURRENT),
// which names the generation being served.
func currentGeneration(data string) (string, error) {
	var p struct {
		Current string `json:"current"`
	}
	err := readJSON(filepath.Join(data, "index", "CURRENT"), &p)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && p.Current == "") {
		return "", fmt.Errorf("jhaload: no index generation in %s", data)
	}
	if err != nil {
		return "", fmt.Errorf("jhaload: read index pointer: %w", err)
	}
	return p.Current, nil
}
