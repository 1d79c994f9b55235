package workflow

import (
	"fmt"
	"io"
	"iter"
	"log/slog"

	"github.com/jhasearch/jhasearch"
)

// CutCount counts the fields that jhasearch.BoundDocument cut to the size
// limits, for a command's report, and logs each at warning level.
type CutCount struct {
	fields, docs int
}

// Note logs cuts, one line per field with where it was (attrs), and
// counts them.
func (c *CutCount) Note(logger *slog.Logger, cuts []jhasearch.Cut, attrs ...any) {
	if len(cuts) == 0 {
		return
	}
	c.docs++
	c.fields += len(cuts)
	for _, cut := range cuts {
		logger.Warn("field cut to its size limit", append(attrs, "field", cut.Field, "cut", cut.String())...)
	}
}

// Report adds the count to a summary sentence: ", cut 3 field(s) …".
func (c *CutCount) Report(w io.Writer) {
	if c.fields > 0 {
		fmt.Fprintf(w, ", cut %d field(s) of %d document(s) to the size limits", c.fields, c.docs)
	}
}

// bounded cuts every document of docs to the field limits on its way to a
// build: the import and the crawl store them cut, but an archive written
// by an older version may hold a release of any size, and one such release
// made every search that found it megabytes long. Each cut is logged; the
// archive keeps the document as it is.
func bounded(docs iter.Seq2[jhasearch.Document, error], logger *slog.Logger) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		var cut CutCount
		for doc, err := range docs {
			if err == nil {
				cuts, berr := jhasearch.BoundDocument(&doc)
				if berr != nil {
					logger.Warn("archived document over a limit that cannot be cut; indexed as it is", "id", doc.ID, "err", berr)
				}
				cut.Note(logger, cuts, "id", doc.ID, "url", doc.URL)
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}
