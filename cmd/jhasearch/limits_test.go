package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
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
	if want := "Imported 4 document(s), cut 3 field(s) of 1 document(s) to the size limits;"; !strings.Contains(res.stdout, want) {
		t.Errorf("report %q does not say %q", res.stdout, want)
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
