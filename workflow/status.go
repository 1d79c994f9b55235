package workflow

import (
	"fmt"
	"io"
	"log/slog"
	"sort"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// WriteStatus writes the current index generation, its documents per
// agency and the last crawl and build to w. An index that cannot be read
// is reported after the last runs, which often say why, and returned.
// What it writes comes from the archive's data: the caller escapes w.
func WriteStatus(w io.Writer, d DataDir) error {
	gen, indexErr := indexer.Current(d.Index())
	switch {
	case jhasearch.ErrorCode(indexErr) == jhasearch.ENOTFOUND:
		fmt.Fprintln(w, "Index: none built yet.")
		indexErr = nil
	case indexErr != nil:
		fmt.Fprintln(w, "Index: cannot be read.")
	default:
		writeGeneration(w, gen)
	}
	runs, err := d.ReadRuns()
	if err != nil {
		return err
	}
	writeRun(w, "Last crawl", runs.LastCrawl)
	writeRun(w, "Last build", runs.LastBuild)
	return indexErr
}

func writeGeneration(w io.Writer, gen *indexer.Generation) {
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

func writeRun(w io.Writer, label string, r *RunRecord) {
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

// Rollback makes the previous index generation current again, under the
// writer lock so that no build publishes meanwhile.
func Rollback(d DataDir, logger *slog.Logger) (*indexer.Generation, error) {
	_, closeAll, err := d.OpenWriter("rollback", logger)
	if err != nil {
		return nil, err
	}
	defer closeAll()
	return indexer.Rollback(d.Index())
}
