package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
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
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", name, b.Line, b.Reason)
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
	if err := putAll(ctx, a, in); err != nil {
		return fmt.Errorf("store documents: %w", err)
	}
	gen, err := d.build(ctx, a, v, logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d document(s)", valid)
	if len(bad) > 0 {
		fmt.Fprintf(e.stdout, ", skipped %d invalid line(s)", len(bad))
	}
	cut.report(e.stdout)
	fmt.Fprintf(e.stdout, "; index generation %s holds %d document(s).\n", gen.Name, gen.Documents)
	return nil
}

// importBatch is how many documents one archive transaction stores.
const importBatch = 1000

// putAll stores the valid documents of a checked import file in batches.
func putAll(ctx context.Context, a *archive.Archive, r io.Reader) error {
	batch := make([]jhasearch.Document, 0, importBatch)
	_, err := archive.ScanJSONL(r, func(_ int, doc jhasearch.Document) error {
		batch = append(batch, doc)
		if len(batch) < importBatch {
			return nil
		}
		err := a.Put(ctx, batch)
		batch = batch[:0]
		return err
	})
	if err != nil {
		return err
	}
	return a.Put(ctx, batch)
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
	var dir string
	f := newFlagSet(e, "export", "", "Write every document of the archive as JSON Lines (the import format) to standard output.")
	settingData.Add(f, &dir)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	a, err := dataDir(dir).openReader()
	if err != nil || a == nil {
		return err
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
