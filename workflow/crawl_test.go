package workflow

import (
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/scraper"
)

func TestCrawlSummaryCountsCuts(t *testing.T) {
	rep := &scraper.Report{Sources: []scraper.SourceReport{{Source: "Europol", New: 2, Cut: 3, CutReleases: 1}, {Source: "FRA", Cut: 1, CutReleases: 1}}}
	rec := CrawlRecord(rep)
	if want := ", cut 4 field(s) of 2 document(s) to the size limits."; !strings.HasSuffix(rec.Summary, want) {
		t.Errorf("summary %q does not end %q", rec.Summary, want)
	}
}
