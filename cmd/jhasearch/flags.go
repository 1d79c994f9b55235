package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/jhasearch/jhasearch/scraper"
)

// flagSet is a command's flags, each of which may take its default from an
// environment variable. A bad value in the environment is a usage error just
// like a bad flag, and names the variable.
type flagSet struct {
	fs     *flag.FlagSet
	getenv func(string) string
	errs   []error
	// fromEnv maps a flag's name to the variable its default came from.
	fromEnv map[string]string
}

func newFlagSet(e env, name, args, summary string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := &flagSet{fs: fs, getenv: e.getenv, fromEnv: map[string]string{}}
	fs.Usage = func() {
		w := e.stderr
		fmt.Fprintf(w, "Usage: jhasearch %s [flags] %s\n\n%s\n\nFlags:\n", name, args, summary)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return f
}

// envHelp appends the variable's name to a flag's help text.
func envHelp(help, envVar string) string {
	if envVar == "" {
		return help
	}
	return help + " (env " + envVar + ")"
}

func (f *flagSet) String(p *string, name, envVar, def, help string) {
	def = envValue(f, name, envVar, def, func(v string) (string, error) { return v, nil }, "")
	f.fs.StringVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Bool(p *bool, name, envVar string, def bool, help string) {
	def = envValue(f, name, envVar, def, strconv.ParseBool, "true or false")
	f.fs.BoolVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Duration(p *time.Duration, name, envVar string, def time.Duration, help string) {
	def = envValue(f, name, envVar, def, time.ParseDuration, "a duration such as 30s or 5m")
	f.fs.DurationVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Int(p *int, name, envVar string, def int, help string) {
	def = envValue(f, name, envVar, def, strconv.Atoi, "a whole number")
	f.fs.IntVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Float(p *float64, name, envVar string, def float64, help string) {
	parse := func(v string) (float64, error) { return strconv.ParseFloat(v, 64) }
	def = envValue(f, name, envVar, def, parse, "a number")
	f.fs.Float64Var(p, name, def, envHelp(help, envVar))
}

// envValue returns a flag's default: the environment variable's value when
// it is set, def otherwise. A value that does not parse is kept as a usage
// error naming the variable, what it should be (what), and Parse reports it.
func envValue[T any](f *flagSet, name, envVar string, def T, parse func(string) (T, error), what string) T {
	v := f.env(envVar)
	if v == "" {
		return def
	}
	x, err := parse(v)
	if err != nil {
		f.errs = append(f.errs, fmt.Errorf("environment variable %s=%q is not %s", envVar, v, what))
		return def
	}
	f.fromEnv[name] = envVar
	return x
}

func (f *flagSet) env(name string) string {
	if name == "" {
		return ""
	}
	return f.getenv(name)
}

// Parse parses args, then requires exactly nargs positional arguments
// (any number when nargs < 0). --help prints the usage and returns
// flag.ErrHelp.
func (f *flagSet) Parse(args []string, nargs int) error {
	if err := f.fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			f.fs.Usage()
			return err
		}
		return usageError{err.Error()}
	}
	if len(f.errs) > 0 {
		return usageError{errors.Join(f.errs...).Error()}
	}
	if nargs >= 0 && f.fs.NArg() != nargs {
		if nargs == 0 {
			return usageError{fmt.Sprintf("unexpected argument %q", f.fs.Arg(0))}
		}
		return usageError{fmt.Sprintf("want %d argument(s), got %d", nargs, f.fs.NArg())}
	}
	return nil
}

// Arg returns the i'th positional argument.
func (f *flagSet) Arg(i int) string { return f.fs.Arg(i) }

// The settings shared by several commands: one definition each, so that
// their names, variables, defaults and help agree everywhere, and so that
// `jhasearch config` can list them all.
var (
	settingData       = setting{"data", "JHASEARCH_DATA", "./data", "data directory"}
	settingAddr       = setting{"addr", "JHASEARCH_ADDR", "127.0.0.1:8080", "address to listen on, HOST:PORT"}
	settingSources    = setting{"sources", "JHASEARCH_SOURCES", "", "sources file (YAML); the ten agencies built in when empty"}
	settingUserAgent  = setting{"user-agent", "JHASEARCH_USER_AGENT", scraper.DefaultUserAgent, "User-Agent of the crawler, with a contact URL"}
	settingLogFormat  = setting{"log-format", "JHASEARCH_LOG_FORMAT", "text", "log format: text or json"}
	settingPublicURL  = setting{"public-url", "JHASEARCH_PUBLIC_URL", "", "public address of the site (https://search.example), for absolute links in feeds; taken from each request when empty"}
	settingSchedule   = setting{"schedule", "JHASEARCH_SCHEDULE", "", `run the crawl inside serve by this five-field cron schedule, e.g. "0 2 * * *"`}
	settingVocabulary = setting{"vocabulary", "JHASEARCH_VOCABULARY", "", "local vocabulary file (YAML) that extends the built-in one; see docs/vocabulary.md"}
	settingBrowser    = setting{"browser", "JHASEARCH_BROWSER", "", "Chromium executable for the sources with fetch: browser; chromium on PATH when empty"}
)

// setting is a string flag with an environment default.
type setting struct {
	name, env, def, help string
}

// Add registers the setting on f.
func (s setting) Add(f *flagSet, p *string) {
	f.String(p, s.name, s.env, s.def, s.help)
}
