package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"time"
)

// flagSet is a command's flags, each of which may take its default from an
// environment variable. A bad value in the environment is a usage error just
// like a bad flag, and names the variable.
type flagSet struct {
	fs     *flag.FlagSet
	getenv func(string) string
	errs   []error
}

func newFlagSet(e env, name, args, summary string) *flagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := &flagSet{fs: fs, getenv: e.getenv}
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
	if v := f.env(envVar); v != "" {
		def = v
	}
	f.fs.StringVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Bool(p *bool, name, envVar string, def bool, help string) {
	if v := f.env(envVar); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("environment variable %s=%q is not true or false", envVar, v))
		}
		def = b
	}
	f.fs.BoolVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Duration(p *time.Duration, name, envVar string, def time.Duration, help string) {
	if v := f.env(envVar); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("environment variable %s=%q is not a duration such as 30s or 5m", envVar, v))
		}
		def = d
	}
	f.fs.DurationVar(p, name, def, envHelp(help, envVar))
}

func (f *flagSet) Int(p *int, name, envVar string, def int, help string) {
	if v := f.env(envVar); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("environment variable %s=%q is not a whole number", envVar, v))
		}
		def = n
	}
	f.fs.IntVar(p, name, def, envHelp(help, envVar))
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
