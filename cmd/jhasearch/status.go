package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

func runStatus(ctx context.Context, e env, args []string) error {
	var dir string
	f := newFlagSet(e, "status", "", "Show the current index generation, the documents per agency and the last crawl and build.")
	settingData.Add(f, &dir)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	// What status prints comes from the archive's data: escape it.
	out := controlEscaper{e.stdout}
	d := dataDir(dir)
	// An index that cannot be read is reported after the last runs, which
	// often say why.
	gen, indexErr := indexer.Current(d.index())
	switch {
	case jhasearch.ErrorCode(indexErr) == jhasearch.ENOTFOUND:
		fmt.Fprintln(out, "Index: none built yet.")
		indexErr = nil
	case indexErr != nil:
		fmt.Fprintln(out, "Index: cannot be read.")
	default:
		printGeneration(out, gen)
	}
	runs, err := d.readRuns()
	if err != nil {
		return err
	}
	printRun(out, "Last crawl", runs.LastCrawl)
	printRun(out, "Last build", runs.LastBuild)
	return indexErr
}

func printGeneration(w io.Writer, gen *indexer.Generation) {
	fmt.Fprintf(w, "Index: generation %s, built %s (%s ago), %d documents, mapping version %d\n",
		gen.Name, gen.BuiltAt.UTC().Format(time.RFC3339), time.Since(gen.BuiltAt).Round(time.Second), gen.Documents, gen.MappingVersion)
	agencies := make([]string, 0, len(gen.Agencies))
	for a := range gen.Agencies {
		agencies = append(agencies, a)
	}
	sort.Strings(agencies)
	for _, a := range agencies {
		fmt.Fprintf(w, "  %-10s %6d\n", a, gen.Agencies[a])
	}
}

func printRun(w io.Writer, label string, r *runRecord) {
	if r == nil {
		fmt.Fprintf(w, "%s: never.\n", label)
		return
	}
	outcome := "succeeded"
	if !r.OK {
		outcome = "FAILED"
	}
	fmt.Fprintf(w, "%s: %s at %s, took %s: %s\n", label, outcome, r.Started.Format(time.RFC3339),
		r.Finished.Sub(r.Started).Round(time.Millisecond), r.Summary)
	for _, s := range r.Sources {
		fmt.Fprintf(w, "  %s\n", s)
	}
}

func runRollback(ctx context.Context, e env, args []string) error {
	var dir, logFormat string
	f := newFlagSet(e, "rollback", "", "Make the previous index generation current again. A running server picks it up within seconds.")
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
	_, closeAll, err := d.openWriter("rollback", logger)
	if err != nil {
		return err
	}
	defer closeAll()
	gen, err := indexer.Rollback(d.index())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Rolled back: generation %s (built %s, %d documents) is current.\n",
		gen.Name, gen.BuiltAt.UTC().Format(time.RFC3339), gen.Documents)
	return nil
}
