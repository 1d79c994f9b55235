package workflow

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/vocab"
)

// ImportCheck is the first pass over an import file: how many lines are
// valid, which are not and why, and the fields cut to the limits.
type ImportCheck struct {
	Valid int
	Bad   []archive.LineError
	Cut   CutCount
}

// CheckImport reads every line of an import file named name (for the
// log) without storing anything, so that an import with a bad line can
// change nothing.
func CheckImport(r io.Reader, name string, logger *slog.Logger) (ImportCheck, error) {
	var c ImportCheck
	bad, err := archive.ScanJSONLCuts(r, func(n int, doc jhasearch.Document, cuts []jhasearch.Cut) error {
		c.Valid++
		c.Cut.Note(logger, cuts, "file", name, "line", n, "document", cmp.Or(doc.URL, doc.ID))
		return nil
	})
	c.Bad = bad
	return c, err
}

// importBatch is how many documents one archive transaction stores.
const importBatch = 1000

// Import stores the valid documents of a checked import file under the
// writer lock, in batches so that memory stays flat whatever the file's
// size, then builds a new generation enriched by v. It reads r from its
// start.
func Import(ctx context.Context, d DataDir, r io.ReadSeeker, name string, v *vocab.Vocabulary, logger *slog.Logger) (archive.PutResult, *indexer.Generation, error) {
	a, closeAll, err := d.OpenWriter("import", logger)
	if err != nil {
		return archive.PutResult{}, nil, err
	}
	defer closeAll()
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return archive.PutResult{}, nil, fmt.Errorf("workflow: read %s again: %w", name, err)
	}
	put, err := putAll(ctx, a, r)
	if err != nil {
		return put, nil, fmt.Errorf("workflow: store documents: %w", err)
	}
	for _, r := range put.Examples {
		logger.Warn("an imported document replaced a stored one of another id that had its URL or alias",
			"removed", r.ID, "by", r.By, "url", r.URL)
	}
	gen, err := d.Build(ctx, a, v, logger)
	return put, gen, err
}

// putAll stores the valid documents of a checked import file in batches
// and says what they did to the archive.
func putAll(ctx context.Context, a *archive.Archive, r io.Reader) (archive.PutResult, error) {
	var total archive.PutResult
	batch := make([]jhasearch.Document, 0, importBatch)
	flush := func() error {
		res, err := a.Put(ctx, batch)
		total.Add(res)
		batch = batch[:0]
		return err
	}
	_, err := archive.ScanJSONL(r, func(_ int, doc jhasearch.Document) error {
		batch = append(batch, doc)
		if len(batch) < importBatch {
			return nil
		}
		return flush()
	})
	if err != nil {
		return total, err
	}
	return total, flush()
}

// Export writes every document of the archive as JSON Lines (the import
// format) to w. While another process writes the archive, it writes the
// documents of the current index generation instead.
func Export(ctx context.Context, d DataDir, w io.Writer, logger *slog.Logger) error {
	a, err := d.OpenReader()
	switch {
	case jhasearch.ErrorCode(err) == jhasearch.EUNAVAILABLE:
		return exportGeneration(ctx, d, w, logger)
	case err != nil:
		return err
	case a == nil:
		logger.Warn("there is no archive to export; check --data", "path", d.Abs())
		return nil
	}
	defer a.Close()
	bw := bufio.NewWriter(w)
	for doc, err := range a.Documents(ctx) {
		if err != nil {
			return err
		}
		if err := archive.WriteJSONL(bw, doc); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// exportGeneration writes the documents of the current index generation,
// for an export while a writer holds the archive. bbolt locks its file for
// the writer alone, and reading the file around that lock is unsafe (the
// writer reuses freed pages), but a generation is an immutable copy of
// every document of the archive as it was at its build, in the archive's
// order: a consistent snapshot, only without what was stored since.
func exportGeneration(ctx context.Context, d DataDir, w io.Writer, logger *slog.Logger) error {
	holder := "another process"
	if h := archive.CurrentHolder(string(d)); h != nil {
		holder = fmt.Sprintf("jhasearch %s (process %d, since %s)", h.Command, h.PID, h.Since.Format(time.RFC3339))
	}
	gen, err := indexer.Current(d.Index())
	if jhasearch.ErrorCode(err) == jhasearch.ENOTFOUND {
		return jhasearch.Errorf(jhasearch.EUNAVAILABLE, "The archive is being written by %s and no index generation exists to export instead; try again when it has finished.", holder)
	}
	if err != nil {
		return err
	}
	logger.Warn("the archive is being written; exporting the documents of the current index generation instead, without what was stored since it was built",
		"writer", holder, "generation", gen.Name, "built", gen.BuiltAt.UTC().Format(time.RFC3339), "documents", gen.Documents)
	table, err := indexer.ReadTable(gen)
	if err != nil {
		return err
	}
	store, err := indexer.OpenDocStore(gen)
	if err != nil {
		return err
	}
	defer store.Close()
	entries := table.Entries
	slices.SortStableFunc(entries, func(x, y indexer.Entry) int { return strings.Compare(x.ID, y.ID) })
	bw := bufio.NewWriter(w)
	for i := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := store.Read(&entries[i])
		if err != nil {
			return err
		}
		if err := archive.WriteJSONL(bw, doc.Document); err != nil {
			return err
		}
	}
	return bw.Flush()
}
