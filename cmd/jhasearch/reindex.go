package main

import (
	"context"
	"fmt"

	"github.com/jhasearch/jhasearch/workflow"
)

func runReindex(ctx context.Context, e env, args []string) error {
	var dir, sourcesFile, logFormat, vocabFile string
	f := newFlagSet(e, "reindex", "", "Extract every stored raw page again with today's rules and build a new index generation.\nNeeds no network: a corrected selector repairs old documents without a crawl.")
	settingData.Add(f, &dir)
	settingSources.Add(f, &sourcesFile)
	settingLogFormat.Add(f, &logFormat)
	settingVocabulary.Add(f, &vocabFile)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	logger, err := newLogger(e.stderr, logFormat)
	if err != nil {
		return err
	}
	sources, err := loadSources(sourcesFile)
	if err != nil {
		return err
	}
	v, err := loadVocabulary(vocabFile)
	if err != nil {
		return err
	}
	summary, err := workflow.Reindex(ctx, workflow.DataDir(dir), sources, v, logger)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, summary)
	return nil
}
