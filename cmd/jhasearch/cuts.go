package main

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/jhasearch/jhasearch"
)

// cutCount counts the fields that jhasearch.BoundDocument cut to the size
// limits, for a command's report, and logs each at warning level.
type cutCount struct {
	fields, docs int
}

// note logs cuts, one line per field with where it was (attrs), and
// counts them.
func (c *cutCount) note(logger *slog.Logger, cuts []jhasearch.Cut, attrs ...any) {
	if len(cuts) == 0 {
		return
	}
	c.docs++
	c.fields += len(cuts)
	for _, cut := range cuts {
		logger.Warn("field cut to its size limit", append(attrs, "field", cut.Field, "cut", cut.String())...)
	}
}

// report adds the count to a summary sentence: ", cut 3 field(s) …".
func (c *cutCount) report(w io.Writer) {
	if c.fields > 0 {
		fmt.Fprintf(w, ", cut %d field(s) of %d document(s) to the size limits", c.fields, c.docs)
	}
}
