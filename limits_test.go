package jhasearch_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestBoundDocumentHostile is the release of issue 15: 200,000 tags and a
// 2 MB title, with a body and lists far over their limits.
func TestBoundDocumentHostile(t *testing.T) {
	tags := make([]string, 200_000)
	for i := range tags {
		tags[i] = fmt.Sprintf("tag %d", i)
	}
	d := jhasearch.Document{ID: "x", URL: "https://example.org/x", Agency: "Europol", Language: "en",
		Title: strings.Repeat("é", 1<<20), Summary: strings.Repeat("s ", 1<<20),
		Body: strings.Repeat("word ", 1<<20), Tags: tags, Credits: make([]string, 1000),
		Aliases: []string{"https://example.org/" + strings.Repeat("a", 3000), "https://example.org/old"}}
	cuts, err := jhasearch.BoundDocument(&d)
	if err != nil {
		t.Fatal(err)
	}
	want := []jhasearch.Cut{
		{Field: "title", Unit: "bytes", From: 2 << 20, To: len(d.Title)},
		{Field: "summary", Unit: "bytes", From: 2 << 20, To: len(d.Summary)},
		{Field: "body", Unit: "bytes", From: 5 << 20, To: len(d.Body)},
		{Field: "tags", Unit: "values", From: 200_000, To: jhasearch.MaxTags},
		{Field: "credits", Unit: "values", From: 1000, To: jhasearch.MaxCredits},
		{Field: "aliases", Unit: "dropped values", From: 3020, To: jhasearch.MaxURLBytes, Values: 1},
	}
	if diff := cmp.Diff(want, cuts); diff != "" {
		t.Errorf("cuts mismatch (-want +got):\n%s", diff)
	}
	for name, f := range map[string]struct {
		s   string
		max int
	}{"title": {d.Title, jhasearch.MaxTitleBytes}, "summary": {d.Summary, jhasearch.MaxSummaryBytes},
		"body": {d.Body, jhasearch.MaxBodyBytes}} {
		if len(f.s) > f.max || len(f.s) < f.max*3/4 || !utf8.ValidString(f.s) || !strings.HasSuffix(f.s, "…") {
			t.Errorf("%s is %d bytes (limit %d), valid UTF-8 %v, ends %q", name, len(f.s), f.max, utf8.ValidString(f.s), f.s[max(0, len(f.s)-8):])
		}
	}
	if len(d.Tags) != jhasearch.MaxTags || d.Tags[0] != "tag 0" || len(d.Credits) != jhasearch.MaxCredits {
		t.Errorf("got %d tags starting %q and %d credits", len(d.Tags), d.Tags[0], len(d.Credits))
	}
	if diff := cmp.Diff([]string{"https://example.org/old"}, d.Aliases); diff != "" {
		t.Errorf("aliases mismatch (-want +got):\n%s", diff)
	}
	// Bounding twice cuts nothing more.
	if cuts, err := jhasearch.BoundDocument(&d); err != nil || cuts != nil {
		t.Errorf("second bound: cuts %v, err %v", cuts, err)
	}
}

func TestBoundDocumentValues(t *testing.T) {
	long := strings.Repeat("ü", 80) // 160 bytes
	d := jhasearch.Document{Title: "t", Tags: []string{"short", long, long + "x", "   " + strings.Repeat("b", 99)},
		Language: strings.Repeat("a", 40), Agency: strings.Repeat("€", 50)}
	cuts, err := jhasearch.BoundDocument(&d)
	if err != nil {
		t.Fatal(err)
	}
	want := []jhasearch.Cut{
		{Field: "agency", Unit: "bytes", From: 150, To: 99},
		{Field: "language", Unit: "bytes", From: 40, To: 3},
		{Field: "tags", Unit: "value bytes", From: 161, To: jhasearch.MaxTagBytes, Values: 3},
	}
	if diff := cmp.Diff(want, cuts); diff != "" {
		t.Errorf("cuts mismatch (-want +got):\n%s", diff)
	}
	// Both long tags cut to the same 50 letters: kept once.
	wantTags := []string{"short", strings.Repeat("ü", 50), "   " + strings.Repeat("b", 97)}
	if diff := cmp.Diff(wantTags, d.Tags); diff != "" {
		t.Errorf("tags mismatch (-want +got):\n%s", diff)
	}
	if d.Language != "und" {
		t.Errorf("language %q, want und", d.Language)
	}
	if cuts[0].String() != "agency cut from 150 to 99 bytes" || cuts[2].String() != "tags: 3 value(s) cut to at most 100 bytes (the longest had 161)" {
		t.Errorf("messages: %q, %q", cuts[0], cuts[2])
	}
}

func TestBoundDocumentBodyParagraph(t *testing.T) {
	para := strings.Repeat("a", 1000)
	var paras []string
	for len(strings.Join(paras, "\n\n")) < 2*jhasearch.MaxBodyBytes {
		paras = append(paras, para)
	}
	d := jhasearch.Document{Body: strings.Join(paras, "\n\n")}
	if _, err := jhasearch.BoundDocument(&d); err != nil {
		t.Fatal(err)
	}
	kept := strings.TrimSuffix(d.Body, "\n\n…")
	if len(d.Body) > jhasearch.MaxBodyBytes || strings.Trim(strings.ReplaceAll(kept, "\n\n", ""), "a") != "" || len(kept)%1002 != 1000 {
		t.Errorf("body not cut after a whole paragraph: %d bytes, ends %q", len(d.Body), d.Body[len(d.Body)-10:])
	}
}

func TestBoundDocumentRefuses(t *testing.T) {
	for name, d := range map[string]jhasearch.Document{
		"id":        {ID: strings.Repeat("i", 129)},
		"url":       {URL: "https://example.org/" + strings.Repeat("a", 2100)},
		"published": {Published: time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC)},
	} {
		if _, err := jhasearch.BoundDocument(&d); err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: err %v, want one naming the field", name, err)
		}
	}
	// The other fields are cut all the same, for a build that keeps the
	// document of an old archive.
	d := jhasearch.Document{URL: "https://example.org/" + strings.Repeat("a", 2100), Tags: make([]string, 60)}
	if cuts, err := jhasearch.BoundDocument(&d); err == nil || len(cuts) != 1 || len(d.Tags) != jhasearch.MaxTags {
		t.Errorf("cuts %v, err %v, %d tags", cuts, err, len(d.Tags))
	}
	for _, day := range []time.Time{time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
		d := jhasearch.Document{Published: day}
		if _, err := jhasearch.BoundDocument(&d); err != nil {
			t.Errorf("%s refused: %v", day, err)
		}
	}
}
