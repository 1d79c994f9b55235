package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/indexer"
)

func runImport(ctx context.Context, e env, args []string) error {
	var dir, logFormat, vocabFile string
	var skip bool
	f := newFlagSet(e, "import", "FILE", "Add or replace documents from a JSON Lines file ('-' for standard input), then build a new index.\nAn import with any invalid line changes nothing, unless --skip-invalid is given.")
	settingData.Add(f, &dir)
	f.Bool(&skip, "skip-invalid", "", false, "import the valid lines and report the invalid ones")
	settingLogFormat.Add(f, &logFormat)
	settingVocabulary.Add(f, &vocabFile)
	if err := f.Parse(args, 1); err != nil {
		return err
	}
	logger, err := newLogger(e.stderr, logFormat)
	if err != nil {
		return err
	}
	v, err := loadVocabulary(vocabFile)
	if err != nil {
		return err
	}
	name := f.Arg(0)
	in, cleanup, err := openImport(name, e)
	if err != nil {
		return err
	}
	defer cleanup()
	if name == "-" {
		name = "standard input"
	}
	// First pass: check every line, so that an import with a bad line
	// changes nothing (unless --skip-invalid).
	valid := 0
	var cut cutCount
	bad, err := archive.ScanJSONLCuts(in, func(n int, doc jhasearch.Document, cuts []jhasearch.Cut) error {
		valid++
		cut.note(logger, cuts, "file", name, "line", n, "document", cmp.Or(doc.URL, doc.ID))
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w; nothing was imported", name, err)
	}
	for _, b := range bad {
		fmt.Fprintf(controlEscaper{e.stderr}, "%s:%d: %s\n", name, b.Line, b.Reason) // reasons may quote the line
	}
	if len(bad) > 0 && !skip {
		fmt.Fprintf(e.stderr, "jhasearch import: %d invalid line(s); nothing was imported (use --skip-invalid to import the %d valid ones)\n", len(bad), valid)
		return errFailed
	}
	d := dataDir(dir)
	a, closeAll, err := d.openWriter("import", logger)
	if err != nil {
		return err
	}
	defer closeAll()
	// Second pass: store the documents in batches, so that memory stays
	// flat whatever the file's size.
	if _, err := in.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("read %s again: %w", name, err)
	}
	put, err := putAll(ctx, a, in)
	if err != nil {
		return fmt.Errorf("store documents: %w", err)
	}
	for _, r := range put.Examples {
		logger.Warn("an imported document replaced a stored one of another id that had its URL or alias",
			"removed", r.ID, "by", r.By, "url", r.URL)
	}
	gen, err := d.build(ctx, a, v, logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d document(s)", valid)
	if len(bad) > 0 {
		fmt.Fprintf(e.stdout, ", skipped %d invalid line(s)", len(bad))
	}
	fmt.Fprintf(e.stdout, ": %d new, %d replaced stored ones (same id, URL or alias)", put.New, put.Replaced)
	if put.Removed > 0 {
		fmt.Fprintf(e.stdout, "; %d stored document(s) removed because an imported one of another id took their URL or alias", put.Removed)
		if put.Removed > len(put.Examples) {
			fmt.Fprintf(e.stdout, " (the first %d are in the log)", len(put.Examples))
		}
	}
	cut.report(e.stdout)
	fmt.Fprintf(e.stdout, "; index generation %s holds %d document(s).\n", gen.Name, gen.Documents)
	return nil
}

// importBatch is how many documents one archive transaction stores.
const importBatch = 1000

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

// openImport opens the import file, or copies standard input to a
// temporary file, since the import reads its input twice.
func openImport(name string, e env) (io.ReadSeeker, func(), error) {
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return nil, nil, usageError{fmt.Sprintf("cannot read %s: %v", name, err)}
		}
		return file, func() { file.Close() }, nil
	}
	tmp, err := os.CreateTemp("", "jhasearch-import-*.jsonl")
	if err != nil {
		return nil, nil, fmt.Errorf("spool standard input: %w", err)
	}
	cleanup := func() { tmp.Close(); os.Remove(tmp.Name()) }
	if _, err := io.Copy(tmp, e.stdin); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("spool standard input: %w", err)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("spool standard input: %w", err)
	}
	return tmp, cleanup, nil
}

func runExport(ctx context.Context, e env, args []string) error {
	var dir, logFormat string
	f := newFlagSet(e, "export", "", "Write every document of the archive as JSON Lines (the import format) to standard output.\n"+
		"While a crawl, reindex or import writes the archive, the documents of the current index generation are written instead.")
	settingData.Add(f, &dir)
	settingLogFormat.Add(f, &logFormat)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	logger, err := newLogger(e.stderr, logFormat)
	if err != nil {
		return err
	}
	d := dataDir(dir)
	a, err := d.openReader()
	switch {
	case jhasearch.ErrorCode(err) == jhasearch.EUNAVAILABLE:
		return exportGeneration(ctx, e, d, logger)
	case err != nil:
		return err
	case a == nil:
		logger.Warn("there is no archive to export; check --data", "path", d.abs())
		return nil
	}
	defer a.Close()
	w := bufio.NewWriter(e.stdout)
	for doc, err := range a.Documents(ctx) {
		if err != nil {
			return err
		}
		if err := archive.WriteJSONL(w, doc); err != nil {
			return err
		}
	}
	return w.Flush()
}

// exportGeneration writes the documents of the current index generation,
// for an export while a writer holds the archive. bbolt locks its file for
// the writer alone, and reading the file around that lock is unsafe (the
// writer reuses freed pages), but a generation is an immutable copy of
// every document of the archive as it was at its build, in the archive's
// order: a consistent snapshot, only without what was stored since.
func exportGeneration(ctx context.Context, e env, d dataDir, logger *slog.Logger) error {
	holder := "another process"
	if h := archive.CurrentHolder(string(d)); h != nil {
		holder = fmt.Sprintf("jhasearch %s (process %d, since %s)", h.Command, h.PID, h.Since.Format(time.RFC3339))
	}
	gen, err := indexer.Current(d.index())
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
	w := bufio.NewWriter(e.stdout)
	for i := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := store.Read(&entries[i])
		if err != nil {
			return err
		}
		if err := archive.WriteJSONL(w, doc.Document); err != nil {
			return err
		}
	}
	return w.Flush()
}
