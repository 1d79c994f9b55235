package main

import (
	"context"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch/workflow"
)

func runStatus(ctx context.Context, e env, args []string) error {
	var dir string
	f := newFlagSet(e, "status", "", "Show the current index generation, the documents per agency and the last crawl and build.")
	settingData.Add(f, &dir)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	// What status prints comes from the archive's data: escape it.
	return workflow.WriteStatus(controlEscaper{e.stdout}, workflow.DataDir(dir))
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
	gen, err := workflow.Rollback(workflow.DataDir(dir), logger)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Rolled back: generation %s (built %s, %d documents) is current.\n",
		gen.Name, gen.BuiltAt.UTC().Format(time.RFC3339), gen.Documents)
	return nil
}
