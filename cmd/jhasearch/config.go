package main

import (
	"context"
	"flag"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
	"github.com/jhasearch/jhasearch/ui"
)

// adminTokenEnv holds the admin API's bearer token. It is read from the
// environment only: a flag would show it in the process list.
const adminTokenEnv = "JHASEARCH_ADMIN_TOKEN"

func runConfig(ctx context.Context, e env, args []string) error {
	var dir, addr, sourcesFile, userAgent, logFormat, spec, publicURL, vocabFile, browserPath string
	var watch time.Duration
	f := newFlagSet(e, "config", "", "Print the effective configuration, from flags, environment and defaults, with secrets hidden,\nafter checking every value (exit status 2 when one is invalid). Takes the flags of every command.")
	settingData.Add(f, &dir)
	settingAddr.Add(f, &addr)
	settingSources.Add(f, &sourcesFile)
	settingUserAgent.Add(f, &userAgent)
	settingLogFormat.Add(f, &logFormat)
	settingSchedule.Add(f, &spec)
	settingPublicURL.Add(f, &publicURL)
	settingVocabulary.Add(f, &vocabFile)
	settingBrowser.Add(f, &browserPath)
	f.Duration(&watch, "watch", "JHASEARCH_WATCH", 2*time.Second, "how often serve looks for a new index generation")
	var of opsFlags
	of.add(f)
	if err := f.Parse(args, 0); err != nil {
		return err
	}
	if _, err := of.config(e); err != nil {
		return err
	}
	if watch <= 0 {
		return usageError{fmt.Sprintf("--watch %s: must be positive", watch)}
	}
	if _, err := newLogger(e.stderr, logFormat); err != nil {
		return err
	}
	sources, err := loadSources(sourcesFile)
	if err != nil {
		return err
	}
	if _, err := loadVocabulary(vocabFile); err != nil {
		return err
	}
	if err := (ui.Config{BaseURL: publicURL}).Validate(); err != nil {
		return usageError{"--public-url: " + err.Error()}
	}
	if spec != "" {
		if _, err := schedule.Parse(spec); err != nil {
			return usageError{"--schedule: " + err.Error()}
		}
	}
	set := map[string]bool{}
	f.fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "SETTING\tVALUE\tFROM")
	f.fs.VisitAll(func(fl *flag.Flag) {
		from := "default"
		switch {
		case set[fl.Name]:
			from = "flag --" + fl.Name
		case f.fromEnv[fl.Name] != "":
			from = "environment " + f.fromEnv[fl.Name]
		}
		value := fl.Value.String()
		switch {
		case value == "" && fl.Name == "sources":
			value = "(the ten agencies, built in)"
		case value == "" && fl.Name == "vocabulary":
			value = "(built in only)"
		case fl.Name == "browser":
			value = browserSetting(sources, value)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", fl.Name, value, from)
	})
	token := "(not set: the admin API is off)"
	if e.getenv(adminTokenEnv) != "" {
		token = "(set, hidden)"
	}
	fmt.Fprintf(w, "admin token\t%s\tenvironment %s\n", token, adminTokenEnv)
	fmt.Fprintf(w, "source headers\t%s\tsources file\n", headerSetting(sources))
	return w.Flush()
}
