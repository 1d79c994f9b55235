package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/workflow"
)

// hostileLine is the import line of issue 15: 200,000 tags, a 2 MB title
// and a 4 MB body, all matching the word "hostile".
func hostileLine(t testing.TB) string {
	t.Helper()
	tags := make([]string, 200_000)
	for i := range tags {
		tags[i] = fmt.Sprintf("hostile tag %d", i)
	}
	b, err := json.Marshal(map[string]any{"url": "https://example.org/hostile", "agency": "Europol",
		"title": strings.Repeat("hostile ", 256<<10), "published": "2024-02-15", "tags": tags,
		"body": strings.Repeat("A hostile paragraph of text.\n\n", 140_000)})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestImportBoundsAHostileRelease(t *testing.T) {
	data := t.TempDir()
	res := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", importFile+hostileLine(t)+"\n"))
	if res.code != exitOK {
		t.Fatalf("import exited %d: %s", res.code, res.stderr)
	}
	for _, want := range []string{"Imported 4 document(s)", "cut 3 field(s) of 1 document(s) to the size limits;"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("report %q does not say %q", res.stdout, want)
		}
	}
	for _, want := range []string{"field=title", "field=tags", `cut="tags cut from 200000 to 50 values"`, "line=4", "document=https://example.org/hostile"} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("log does not contain %q:\n%s", want, res.stderr)
		}
	}
	docs, bad, err := archive.ReadJSONL(strings.NewReader(runCmd(t, "", "export", "--data", data).stdout))
	if err != nil || len(bad) > 0 || len(docs) != 4 {
		t.Fatalf("export: %d documents, %v, %v", len(docs), bad, err)
	}
	for _, d := range docs {
		if len(d.Title) > jhasearch.MaxTitleBytes || len(d.Tags) > jhasearch.MaxTags || len(d.Body) > jhasearch.MaxBodyBytes {
			t.Errorf("%s stored unbounded: title %d bytes, %d tags, body %d bytes", d.URL, len(d.Title), len(d.Tags), len(d.Body))
		}
	}
}

// TestBuildBoundsAnOldArchive builds from an archive that an older version
// filled with a release of any size: the index holds it cut, the archive
// as it was.
func TestBuildBoundsAnOldArchive(t *testing.T) {
	data := t.TempDir()
	a, err := archive.Open(workflow.DataDir(data).Archive(), false)
	if err != nil {
		t.Fatal(err)
	}
	tags := make([]string, 5000)
	for i := range tags {
		tags[i] = fmt.Sprintf("old tag %d", i)
	}
	big := jhasearch.Document{ID: "old-big", URL: "https://example.org/old-big", Agency: "Europol", Language: "en",
		Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC), Title: strings.Repeat("oversized ", 100_000), Tags: tags}
	if _, err := a.Put(context.Background(), []jhasearch.Document{big}); err != nil {
		t.Fatal(err)
	}
	a.Close()
	res := runCmd(t, "", "reindex", "--data", data)
	if res.code != exitOK || !strings.Contains(res.stderr, `cut="tags cut from 5000 to 50 values"`) {
		t.Fatalf("reindex exited %d: %s%s", res.code, res.stdout, res.stderr)
	}
	e, err := search.Open(workflow.DataDir(data).Index(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	doc, err := e.Document(context.Background(), "old-big")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Title) > jhasearch.MaxTitleBytes || len(doc.Tags) != jhasearch.MaxTags {
		t.Errorf("indexed a title of %d bytes and %d tags", len(doc.Title), len(doc.Tags))
	}
}
