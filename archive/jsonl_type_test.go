package archive_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
)

// TestJSONLType reads the optional type field: a value of the type facet
// is kept (trimmed), a missing one stays empty, any other is an error
// that names the line and the field, and an export imports unchanged.
func TestJSONLType(t *testing.T) {
	input := strings.Join([]string{
		`{"url":"https://example.org/a","agency":"Europol","title":"A","published":"2024-02-15","type":"press-release"}`,
		`{"url":"https://example.org/b","agency":"Europol","title":"B","published":"2024-02-15","type":"Press release"}`,
		`{"url":"https://example.org/c","agency":"Europol","title":"C","published":"2024-02-15"}`,
		`{"url":"https://example.org/d","agency":"Europol","title":"D","published":"2024-02-15","type":" speech "}`,
		`{"url":"https://example.org/e","agency":"Europol","title":"E","published":"2024-02-15","type":7}`,
	}, "\n")
	docs, bad, err := archive.ReadJSONL(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 2 || bad[0].Line != 2 || !strings.Contains(bad[0].Reason, `field "type" "Press release" must be one of press-release, news, event, speech, publication, other`) ||
		bad[1].Line != 5 || !strings.Contains(bad[1].Reason, `"type" must be a string`) {
		t.Fatalf("bad lines %v, want line 2 naming the field and its values, line 5 its kind", bad)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Type)
	}
	if strings.Join(got, ",") != "press-release,,speech" {
		t.Errorf("types %q, want press-release, none, speech", got)
	}
	var buf bytes.Buffer
	if err := archive.WriteJSONL(&buf, docs[0]); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"type":"press-release"`) {
		t.Errorf("export %s holds no type", buf.String())
	}
	again, bad, err := archive.ReadJSONL(&buf)
	if err != nil || len(bad) > 0 || len(again) != 1 || again[0].Type != "press-release" {
		t.Errorf("round trip: %v %v %+v", err, bad, again)
	}
	if f, _ := jhasearch.FacetNamed(jhasearch.FacetType); f.Of(&docs[1])[0] != jhasearch.TypeOther {
		t.Errorf("a release without a type counts as %v, want other", f.Of(&docs[1]))
	}
}
