package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

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
	var in io.Reader = e.stdin
	if name != "-" {
		file, err := os.Open(name)
		if err != nil {
			return usageError{fmt.Sprintf("cannot read %s: %v", name, err)}
		}
		defer file.Close()
		in = file
	} else {
		name = "standard input"
	}
	docs, bad, err := archive.ReadJSONL(in)
	if err != nil {
		return fmt.Errorf("%s: %w; nothing was imported", name, err)
	}
	for _, b := range bad {
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", name, b.Line, b.Reason)
	}
	if len(bad) > 0 && !skip {
		fmt.Fprintf(e.stderr, "jhasearch import: %d invalid line(s); nothing was imported (use --skip-invalid to import the %d valid ones)\n", len(bad), len(docs))
		return errFailed
	}
	d := dataDir(dir)
	a, closeAll, err := d.openWriter("import", logger)
	if err != nil {
		return err
	}
	defer closeAll()
	if err := a.Put(ctx, docs); err != nil {
		return fmt.Errorf("store documents: %w", err)
	}
	gen, err := d.build(ctx, a, v, logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Imported %d document(s)", len(docs))
	if len(bad) > 0 {
		fmt.Fprintf(e.stdout, ", skipped %d invalid line(s)", len(bad))
	}
	fmt.Fprintf(e.stdout, "; index generation %s holds %d document(s).\n", gen.Name, gen.Documents)
	return nil
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
