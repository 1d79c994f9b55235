// Command jhasearch crawls the newsrooms of the EU Justice and Home Affairs
// agencies, keeps their releases in an archive, builds a search index from it
// and serves search over HTTP. It is the only package that sees every other
// one: it reads the configuration and wires the parts together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/jhasearch/jhasearch"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command reads from outside besides its arguments; tests
// give their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is one subcommand of the binary.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e env, args []string) error
}

func commands() []command {
	return []command{
		{"serve", "serve the JSON API and the results page", runServe},
		{"crawl", "fetch new and changed pages into the archive, then build a new index", runCrawl},
		{"reindex", "extract every stored page again and build a new index, without the network", runReindex},
		{"import", "add or replace documents from JSON Lines, then build a new index", runImport},
		{"export", "write every document as JSON Lines to standard output", runExport},
		{"status", "show the current index generation, documents per agency and the last runs", runStatus},
		{"rollback", "make the previous index generation current again", runRollback},
		{"demo", "crawl a bundled sample newsroom offline and serve it", runDemo},
		{"config", "print the effective configuration, secrets hidden", runConfig},
		{"healthcheck", "exit 0 when the server answers ready (for container health checks)", runHealthcheck},
	}
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// run executes the command line args and returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(ctx, args, env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv})
}

func runEnv(ctx context.Context, args []string, e env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		return report(e.stderr, c.name, err)
	}
	fmt.Fprintf(e.stderr, "jhasearch: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return exitUsage
}

// usageError is a bad command line: wrong flag, bad value, missing argument.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// failedError marks a run that did its work but must exit 1 (a crawl in
// which some source failed); its message was already printed.
var errFailed = errors.New("failed")

func report(w io.Writer, name string, err error) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(w, "jhasearch %s: %s\nRun 'jhasearch %s --help' for usage.\n", name, ue.msg, name)
		return exitUsage
	case errors.Is(err, errFailed):
		return exitFail
	case jhasearch.ErrorCode(err) != jhasearch.EINTERNAL:
		fmt.Fprintf(w, "jhasearch %s: %s\n", name, jhasearch.ErrorMessage(err))
		return exitFail
	}
	fmt.Fprintf(w, "jhasearch %s: %v\n", name, err)
	return exitFail
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: jhasearch <command> [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'jhasearch <command> --help' for the flags of a command.")
}
