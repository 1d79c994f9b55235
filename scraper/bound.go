package scraper

import (
	"fmt"

	"github.com/jhasearch/jhasearch"
)

// bound cuts a finished release to the field limits before it is stored
// (jhasearch.BoundDocument): a page with 150,000 tag links or a title of
// megabytes must not make every search that finds it as large. Each cut
// is logged and counted in the source's report. What cannot be cut (a URL
// over the limit) is the page's failure.
func (r *sourceRun) bound(doc *jhasearch.Document) error {
	cuts, err := jhasearch.BoundDocument(doc)
	if err != nil {
		return fmt.Errorf("scraper: %w", err)
	}
	if len(cuts) == 0 {
		return nil
	}
	r.rep.Cut += len(cuts)
	r.rep.CutReleases++
	for _, c := range cuts {
		r.log.Warn("field cut to its size limit", "source", r.src.Name, "url", doc.URL, "field", c.Field, "cut", c.String())
	}
	return nil
}
