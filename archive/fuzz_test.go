package archive_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
)

// FuzzReadJSONL reads arbitrary import files. It must not panic; every line
// is either a document or a LineError with a reason; and every document it
// accepts is written by WriteJSONL as one line that reads back unchanged.
func FuzzReadJSONL(f *testing.F) {
	for _, seed := range []string{
		`{"id":"r1","url":"https://example.org/r","agency":"Eurojust","title":"T","published":"2019-07-01"}`,
		`{"url":"HTTPS://Example.org:443/a/../b?utm_source=x#frag","agency":"A","title":" T ","published":"2024-02-15T23:30:00-05:00","tags":[" x ","y"],"language":"pt-BR","fetched_at":"2024-02-16T10:00:00.123456789+02:00"}`,
		`{"id":"x","agency":"A","title":"T","published":"0000-01-01T00:30:00+01:00"}`,
		`{"id":"x","agency":"A","title":"T","published":"2024-01-01","fetched_at":"0000-01-01T00:00:00+01:00"}`,
		"{\"id\":\"x\",\"agency\":\"A\",\"title\":\"\xff\",\"published\":\"2024-01-01\"}",
		`{"id":"x","agency":"A","title":"T","published":"2024-01-01","credits":[],"tags":[]}`,
		`{"id":"x","agency":"A","title":"T","published":"2024-01-01"}{"id":"y"}`,
		`{"id":"x","agency":"A","title":"T","published":"2024-01-01","extra":1}`,
		`[1,2]`, `{"tags":"x"}`, "\n\n  \r\n", `{"id":"../etc","agency":"A","title":"T","published":"2024-01-01"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, bad, err := archive.ReadJSONL(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadJSONL failed on %d bytes: %v", len(data), err) // only a reader failure or a line over MaxLine
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		if len(docs)+len(bad) > lines {
			t.Fatalf("%d documents and %d errors from %d lines", len(docs), len(bad), lines)
		}
		for _, e := range bad {
			if e.Line < 1 || e.Line > lines || e.Reason == "" || !utf8.ValidString(e.Reason) {
				t.Fatalf("line error %+v", e)
			}
		}
		for _, doc := range docs {
			checkRoundTrip(t, doc)
		}
	})
}

// checkRoundTrip writes doc as one line and reads it back.
func checkRoundTrip(t *testing.T, doc jhasearch.Document) {
	t.Helper()
	if doc.Agency == "" || doc.Title == "" || (doc.ID == "" && doc.URL == "") || doc.Published.IsZero() {
		t.Fatalf("document without agency, title, id or url, or date: %+v", doc)
	}
	var buf bytes.Buffer
	if err := archive.WriteJSONL(&buf, doc); err != nil {
		t.Fatalf("WriteJSONL: %v", err)
	}
	if strings.Count(buf.String(), "\n") != 1 {
		t.Fatalf("WriteJSONL wrote %q, not one line", buf.String())
	}
	back, bad, err := archive.ReadJSONL(&buf)
	if err != nil || len(bad) > 0 || len(back) != 1 {
		t.Fatalf("written line %q does not read back: %v %v", buf.String(), err, bad)
	}
	if diff := cmp.Diff(doc, back[0], cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("round trip mismatch (-read +reread):\n%s", diff)
	}
}
