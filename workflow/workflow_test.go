package workflow

import (
	"bytes"
	"context"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/internal/demosite"
	"github.com/jhasearch/jhasearch/scraper"
	"github.com/jhasearch/jhasearch/vocab"
)

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func defaultVocabulary(t *testing.T) *vocab.Vocabulary {
	t.Helper()
	v, err := vocab.Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// crawlDemo crawls the sample newsroom, served on loopback, into a new
// data directory and returns it with the sources.
func crawlDemo(t *testing.T) (DataDir, []scraper.Source) {
	t.Helper()
	site := httptest.NewServer(demosite.Handler())
	t.Cleanup(site.Close)
	sources, err := scraper.LoadSources(demosite.Sources(site.URL), "demo sources")
	if err != nil {
		t.Fatal(err)
	}
	d := DataDir(t.TempDir())
	cfg := scraper.Config{Logger: quiet(), MinGap: time.Millisecond}
	summary, report, err := CrawlAndBuild(t.Context(), d, sources, cfg, defaultVocabulary(t), true)
	if err != nil {
		t.Fatal(err)
	}
	if report.Failed() || !strings.HasPrefix(summary, "Crawled ") || !strings.Contains(summary, "Index generation ") {
		t.Fatalf("crawl failed or said %q", summary)
	}
	return d, sources
}

// documents reads every document of the archive, by id.
func documents(t *testing.T, d DataDir) map[string]jhasearch.Document {
	t.Helper()
	a, err := d.OpenReader()
	if err != nil || a == nil {
		t.Fatalf("open archive: %v (nil: %v)", err, a == nil)
	}
	defer a.Close()
	out := map[string]jhasearch.Document{}
	for doc, err := range a.Documents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		out[doc.ID] = doc
	}
	return out
}

func TestCrawlAndBuildRecordsBothRuns(t *testing.T) {
	d, _ := crawlDemo(t)
	runs, err := d.ReadRuns()
	if err != nil {
		t.Fatal(err)
	}
	if runs.LastCrawl == nil || !runs.LastCrawl.OK || len(runs.LastCrawl.Results) == 0 {
		t.Errorf("last crawl = %+v, want a successful one with per-source results", runs.LastCrawl)
	}
	if runs.LastBuild == nil || !runs.LastBuild.OK || !strings.HasPrefix(runs.LastBuild.Summary, "generation ") {
		t.Errorf("last build = %+v, want a successful one", runs.LastBuild)
	}
	snap := CrawlSnapshot(d, quiet())()
	if len(snap.Sources) != len(runs.LastCrawl.Results) || snap.Finished.IsZero() {
		t.Errorf("metrics snapshot %+v does not match the run log", snap)
	}
	var status bytes.Buffer
	if err := WriteStatus(&status, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Index: generation ", "Last crawl: succeeded", "Last build: succeeded"} {
		if !strings.Contains(status.String(), want) {
			t.Errorf("status lacks %q:\n%s", want, status.String())
		}
	}
}

// Reindex extracts every page again, but the archive's identity of each
// release wins: its id, its URL and every alias found so far.
func TestReindexKeepsIDsURLsAndAliases(t *testing.T) {
	d, sources := crawlDemo(t)
	before := documents(t, d)
	if len(before) == 0 {
		t.Fatal("the crawl stored nothing")
	}
	var id string
	for id = range before {
		break
	}
	const alias = "https://old.example.org/press/an-older-address"
	a, closeAll, err := d.OpenWriter("test", quiet())
	if err != nil {
		t.Fatal(err)
	}
	doc := before[id]
	doc.Aliases = append(slices.Clone(doc.Aliases), alias)
	if err := a.Replace(t.Context(), []jhasearch.Document{doc}); err != nil {
		t.Fatal(err)
	}
	closeAll()

	summary, err := Reindex(t.Context(), d, sources, defaultVocabulary(t), quiet())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(summary, "Extracted ") || !strings.Contains(summary, "index generation ") {
		t.Errorf("summary %q", summary)
	}
	after := documents(t, d)
	if len(after) != len(before) {
		t.Fatalf("%d documents after the reindex, %d before", len(after), len(before))
	}
	for id, b := range before {
		if got := after[id]; got.URL != b.URL {
			t.Errorf("%s: URL %q after the reindex, %q before", id, got.URL, b.URL)
		}
	}
	if !slices.Contains(after[id].Aliases, alias) {
		t.Errorf("%s lost the alias %s: %v", id, alias, after[id].Aliases)
	}
}

func TestImportChecksThenStoresAndExportsTheSameDocuments(t *testing.T) {
	lines := `{"id":"a","agency":"Europol","title":"Operation against smugglers","published":"2024-02-01","body":"Police officers arrested smugglers."}
not json
{"id":"b","agency":"Frontex","title":"Border checks","published":"2024-03-01","body":"Border guards checked travellers."}
`
	check, err := CheckImport(strings.NewReader(lines), "docs.jsonl", quiet())
	if err != nil {
		t.Fatal(err)
	}
	if check.Valid != 2 || len(check.Bad) != 1 || check.Bad[0].Line != 2 {
		t.Fatalf("check = %d valid, bad %+v; want 2 valid and line 2 bad", check.Valid, check.Bad)
	}
	d := DataDir(t.TempDir())
	put, gen, err := Import(t.Context(), d, strings.NewReader(lines), "docs.jsonl", defaultVocabulary(t), quiet())
	if err != nil {
		t.Fatal(err)
	}
	if put.New != 2 || gen.Documents != 2 {
		t.Errorf("import stored %d new, generation holds %d; want 2 and 2", put.New, gen.Documents)
	}
	var out bytes.Buffer
	if err := Export(t.Context(), d, &out, quiet()); err != nil {
		t.Fatal(err)
	}
	var ids []string
	if _, err := archive.ScanJSONL(&out, func(_ int, doc jhasearch.Document) error {
		ids = append(ids, doc.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []string{"a", "b"}) {
		t.Errorf("exported %v, want [a b]", ids)
	}
}

func TestRollbackWithOneGenerationFails(t *testing.T) {
	d := DataDir(t.TempDir())
	line := `{"id":"a","agency":"Europol","title":"Operation","published":"2024-02-01","body":"Text."}` + "\n"
	if _, _, err := Import(t.Context(), d, strings.NewReader(line), "one.jsonl", defaultVocabulary(t), quiet()); err != nil {
		t.Fatal(err)
	}
	if _, err := Rollback(d, quiet()); err == nil {
		t.Fatal("rollback with a single generation succeeded")
	}
	if _, _, err := Import(t.Context(), d, strings.NewReader(line), "one.jsonl", defaultVocabulary(t), quiet()); err != nil {
		t.Fatal(err)
	}
	if _, err := Rollback(d, quiet()); err != nil {
		t.Fatalf("rollback with two generations: %v", err)
	}
}
