package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/jhasearch/jhasearch/workflow"
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
	check, err := workflow.CheckImport(in, name, logger)
	if err != nil {
		return fmt.Errorf("%s: %w; nothing was imported", name, err)
	}
	for _, b := range check.Bad {
		fmt.Fprintf(controlEscaper{e.stderr}, "%s:%d: %s\n", name, b.Line, b.Reason) // reasons may quote the line
	}
	if len(check.Bad) > 0 && !skip {
		fmt.Fprintf(e.stderr, "jhasearch import: %d invalid line(s); nothing was imported (use --skip-invalid to import the %d valid ones)\n", len(check.Bad), check.Valid)
		return errFailed
	}
	put, gen, err := workflow.Import(ctx, workflow.DataDir(dir), in, name, v, logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d document(s)", check.Valid)
	if len(check.Bad) > 0 {
		fmt.Fprintf(e.stdout, ", skipped %d invalid line(s)", len(check.Bad))
	}
	fmt.Fprintf(e.stdout, ": %d new, %d replaced stored ones (same id, URL or alias)", put.New, put.Replaced)
	if put.Removed > 0 {
		fmt.Fprintf(e.stdout, "; %d stored document(s) removed because an imported one of another id took their URL or alias", put.Removed)
		if put.Removed > len(put.Examples) {
			fmt.Fprintf(e.stdout, " (the first %d are in the log)", len(put.Examples))
		}
	}
	check.Cut.Report(e.stdout)
	fmt.Fprintf(e.stdout, "; index generation %s holds %d document(s).\n", gen.Name, gen.Documents)
	return nil
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
	return workflow.Export(ctx, workflow.DataDir(dir), e.stdout, logger)
}
