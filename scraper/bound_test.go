package scraper_test

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/scraper"
)

// TestCrawlBoundsAHostileRelease crawls the page of issue 15: a release
// with 150,000 rel="tag" links and a title of 300 KB. It is stored cut to
// the limits, and the report counts the cuts.
func TestCrawlBoundsAHostileRelease(t *testing.T) {
	s := newSite(t)
	oneRelease(s, "hostile")
	var b strings.Builder
	title := strings.Repeat("Hostile ", 40_000)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>` + html.EscapeString(title) + `</title>` +
		`<meta property="og:title" content="` + title + `"></head><body><main><article><h1>Short</h1>` +
		`<time datetime="2024-05-02">2024-05-02</time><p>A release with far too many tags.</p><p>`)
	for i := range 150_000 {
		fmt.Fprintf(&b, `<a rel="tag" href="/tags/%d">t%d</a> `, i, i)
	}
	b.WriteString(`</p></article></main></body></html>`)
	s.text("/news/hostile", "text/html; charset=utf-8", b.String())
	cfg := testConfig()
	cfg.MaxBodyBytes = 16 << 20
	cfg.RequestTimeout = 30 * time.Second
	a := openArchive(t)
	rep := boundedCrawl(t, scraper.New(cfg, a), s.source(t, scraper.KindHTML, []string{"/news?page=0"}, ""))
	if rep.New != 1 || len(rep.Failures) > 0 {
		t.Fatalf("new %d, failures %v", rep.New, rep.Failures)
	}
	doc := documents(t, a)["/news/hostile"]
	if len(doc.Tags) != jhasearch.MaxTags || doc.Tags[0] != "t0" || len(doc.Title) > jhasearch.MaxTitleBytes {
		t.Errorf("stored %d tags starting %q and a title of %d bytes", len(doc.Tags), doc.Tags[0], len(doc.Title))
	}
	if rep.Cut != 2 || rep.CutReleases != 1 {
		t.Errorf("report counts %d cut field(s) in %d release(s), want 2 in 1", rep.Cut, rep.CutReleases)
	}
	var out bytes.Buffer
	r := scraper.Report{Sources: []scraper.SourceReport{rep}}
	if err := r.Write(&out); err != nil || !strings.Contains(out.String(), "2 field(s) of 1 release(s) cut to the size limits") {
		t.Errorf("report %q, err %v", out.String(), err)
	}
}
