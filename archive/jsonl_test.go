package archive_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
)

func TestReadJSONLReportsEveryBadLine(t *testing.T) {
	input := strings.Join([]string{
		`{"url":"https://www.example.org/news/a/","agency":"Europol","title":"Good","published":"2024-02-15","tags":["SIS"]}`,
		`{"url":"https://example.org/b","agency":"Europol","title":"Bad date","published":"15/02/2024"}`,
		`not json`,
		`{"url":"https://example.org/c","agency":"Europol","published":"2024-02-15"}`,
		`{"url":"https://example.org/d","agency":"Europol","title":"Extra","published":"2024-02-15","colour":"red"}`,
		``,
		`{"url":"ftp://example.org/e","agency":"Europol","title":"Scheme","published":"2024-02-15"}`,
		`{"url":"https://example.org/f","agency":"Europol","title":"Tags","published":"2024-02-15","tags":"SIS"}`,
		`{"id":"keep-1","agency":"EPPO","title":"By id","published":"2024-02-15T23:30:00+01:00","language":"fr"}`,
		`{"url":"https://example.org/g","title":"No agency","published":"2024-02-15"}`,
	}, "\n")
	docs, bad, err := archive.ReadJSONL(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line int
		says string
	}{
		{2, `"published"`}, {3, "invalid JSON"}, {4, `"title" is required`}, {5, `unknown field "colour"`},
		{7, `"url"`}, {8, `"tags" must be an array of strings`}, {10, `"agency" is required`},
	}
	if len(bad) != len(want) {
		t.Fatalf("got %d bad lines, want %d: %v", len(bad), len(want), bad)
	}
	for i, w := range want {
		if bad[i].Line != w.line || !strings.Contains(bad[i].Reason, w.says) {
			t.Errorf("bad[%d] = %v, want line %d saying %s", i, bad[i], w.line, w.says)
		}
	}
	wantDocs := []jhasearch.Document{
		{URL: "https://example.org/news/a", Agency: "Europol", Title: "Good", Published: date("2024-02-15"), Tags: []string{"SIS"}, Language: "en"}, // none given, nothing else decides,
		{ID: "keep-1", Agency: "EPPO", Title: "By id", Published: date("2024-02-15"), Language: "fr"},
	}
	if diff := cmp.Diff(wantDocs, docs); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	doc := jhasearch.Document{
		ID: "r1", URL: "https://example.org/r", Aliases: []string{"https://example.org/old"},
		Agency: "Eurojust", Title: "Plain <b>text</b> & more", Published: date("2019-07-01"),
		Summary: "S", Body: "Para one.\n\nPara two.", Tags: []string{"JIT"}, Language: "de",
		Credits: []string{"Photos © Eurojust"},
	}
	var buf bytes.Buffer
	if err := archive.WriteJSONL(&buf, doc); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "<b>") {
		t.Errorf("export escaped HTML characters: %s", buf.String())
	}
	docs, bad, err := archive.ReadJSONL(&buf)
	if err != nil || len(bad) > 0 {
		t.Fatalf("read back: %v %v", err, bad)
	}
	if diff := cmp.Diff([]jhasearch.Document{doc}, docs); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

// TestScanJSONLBoundsAHostileLine reads the line of issue 15: 200,000
// tags and a 2 MB title are cut to the limits, and the cuts are reported.
func TestScanJSONLBoundsAHostileLine(t *testing.T) {
	tags := make([]string, 200_000)
	for i := range tags {
		tags[i] = fmt.Sprintf("t%d", i)
	}
	l, err := json.Marshal(map[string]any{"url": "https://example.org/big", "agency": "Europol",
		"title": strings.Repeat("Big ", 512<<10), "published": "2024-02-15", "tags": tags,
		"body": strings.Repeat("Text of a paragraph.\n\n", 100_000)})
	if err != nil {
		t.Fatal(err)
	}
	var docs []jhasearch.Document
	var cuts []jhasearch.Cut
	bad, err := archive.ScanJSONLCuts(bytes.NewReader(l), func(_ int, doc jhasearch.Document, c []jhasearch.Cut) error {
		docs, cuts = append(docs, doc), append(cuts, c...)
		return nil
	})
	if err != nil || len(bad) > 0 || len(docs) != 1 {
		t.Fatalf("err %v, bad %v, %d documents", err, bad, len(docs))
	}
	d := docs[0]
	if len(d.Title) > jhasearch.MaxTitleBytes || len(d.Tags) != jhasearch.MaxTags || len(d.Body) > jhasearch.MaxBodyBytes {
		t.Errorf("not bounded: title %d bytes, %d tags, body %d bytes", len(d.Title), len(d.Tags), len(d.Body))
	}
	var fields []string
	for _, c := range cuts {
		fields = append(fields, c.String())
	}
	want := []string{
		fmt.Sprintf("title cut from %d to %d bytes", 2<<20-1, len(d.Title)),
		fmt.Sprintf("body cut from %d to %d bytes", 2_200_000, len(d.Body)),
		"tags cut from 200000 to 50 values",
	}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("cuts mismatch (-want +got):\n%s", diff)
	}
}

func TestReadJSONLRefusesWhatCannotBeCut(t *testing.T) {
	input := strings.Join([]string{
		`{"url":"https://example.org/` + strings.Repeat("a", 3000) + `","agency":"A","title":"T","published":"2024-02-15"}`,
		`{"url":"https://example.org/a","agency":"A","title":"T","published":"0999-12-31"}`,
		`{"url":"https://example.org/b","agency":"A","title":"T","published":"1000-01-01"}`,
		`{"url":"https://example.org/c","agency":"A","title":"T","published":"9999-12-31T23:00:00-05:00"}`,
		`{"id":"` + strings.Repeat("i", 5000) + `","agency":"A","title":"T","published":"2024-02-15"}`,
	}, "\n")
	docs, bad, err := archive.ReadJSONL(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line int
		says string
	}{
		{1, `field "url" is 3020 bytes long; at most 2048 are accepted`},
		{2, `field "published" "0999-12-31" is outside the accepted dates 1000-01-01 to 9999-12-31`},
		{5, `field "id"`},
	}
	if len(bad) != len(want) {
		t.Fatalf("got %d bad lines, want %d: %v", len(bad), len(want), bad)
	}
	for i, w := range want {
		if bad[i].Line != w.line || !strings.Contains(bad[i].Reason, w.says) || len(bad[i].Reason) > 300 {
			t.Errorf("bad[%d] = %v, want line %d saying %s, briefly", i, bad[i], w.line, w.says)
		}
	}
	if len(docs) != 2 || docs[0].Published.Format(jhasearch.DateLayout) != "1000-01-01" || docs[1].Published.Format(jhasearch.DateLayout) != "9999-12-31" {
		t.Errorf("documents %+v, want those of 1000-01-01 and 9999-12-31", docs)
	}
}

// TestJSONLTranslations reads translation_of and translations (a URL, made
// canonical, or an id), rejects anything else, and writes them back.
func TestJSONLTranslations(t *testing.T) {
	input := strings.Join([]string{
		`{"id":"de-1","agency":"FRA","title":"Bericht","published":"2024-02-15","language":"de","translation_of":"https://www.example.org/news/report/"}`,
		`{"id":"fr-1","agency":"FRA","title":"Rapport","published":"2024-02-15","translations":["en-1","de-1"]}`,
		`{"id":"it-1","agency":"FRA","title":"Relazione","published":"2024-02-15","translation_of":"not an id!"}`,
	}, "\n")
	docs, bad, err := archive.ReadJSONL(strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0].Line != 3 || !strings.Contains(bad[0].Reason, `"translation_of"`) {
		t.Fatalf("bad lines: %v", bad)
	}
	if diff := cmp.Diff([]string{"https://example.org/news/report"}, docs[0].Translations); diff != "" {
		t.Errorf("translation_of: %s", diff)
	}
	if diff := cmp.Diff([]string{"en-1", "de-1"}, docs[1].Translations); diff != "" {
		t.Errorf("translations: %s", diff)
	}
	var buf bytes.Buffer
	if err := archive.WriteJSONL(&buf, docs[1]); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"translations":["en-1","de-1"]`) {
		t.Errorf("export: %s", buf.String())
	}
}
