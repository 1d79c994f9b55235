package archive_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
)

func openArchive(t *testing.T) *archive.Archive {
	t.Helper()
	a, err := archive.Open(filepath.Join(t.TempDir(), "archive.db"), false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func date(s string) time.Time {
	t, _ := time.Parse(jhasearch.DateLayout, s)
	return t
}

func collect(t *testing.T, a *archive.Archive) []jhasearch.Document {
	t.Helper()
	var docs []jhasearch.Document
	for doc, err := range a.Documents(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

func TestSaveKeepsRawPageAndValidators(t *testing.T) {
	ctx := context.Background()
	a := openArchive(t)
	fetched := time.Date(2026, 11, 1, 2, 0, 0, 0, time.UTC)
	doc := jhasearch.Document{ID: "a1", URL: "https://example.org/news/a", Agency: "EIGE", Title: "A", Published: date("2024-01-02"), Language: "en"}
	page := jhasearch.Page{URL: doc.URL, Source: "EIGE", Content: []byte("<html>raw</html>"), ETag: `"v1"`, Hash: "h1", FetchedAt: fetched}
	if err := a.Save(ctx, doc, page); err != nil {
		t.Fatal(err)
	}
	got, err := a.Page(ctx, doc.URL)
	if err != nil {
		t.Fatal(err)
	}
	want := page
	want.Content = nil
	if diff := cmp.Diff(&want, got); diff != "" {
		t.Errorf("Page mismatch (-want +got):\n%s", diff)
	}
	rec, err := a.Get(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if string(rec.Page.Content) != "<html>raw</html>" {
		t.Errorf("raw content = %q", rec.Page.Content)
	}
	later := fetched.Add(24 * time.Hour)
	if err := a.Touch(ctx, doc.URL, later); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Page(ctx, doc.URL); !got.FetchedAt.Equal(later) {
		t.Errorf("after Touch FetchedAt = %v, want %v", got.FetchedAt, later)
	}
	if got, _ := a.Page(ctx, "https://example.org/unknown"); got != nil {
		t.Errorf("unknown URL gave %+v", got)
	}
}

func TestSaveUnderNewURLKeepsOneDocument(t *testing.T) {
	ctx := context.Background()
	a := openArchive(t)
	old := jhasearch.Document{ID: "old", URL: "https://example.org/Pages/Old.aspx", Agency: "eu-LISA", Title: "T", Published: date("2020-05-05")}
	if err := a.Save(ctx, old, jhasearch.Page{URL: old.URL, Hash: "1"}); err != nil {
		t.Fatal(err)
	}
	moved := jhasearch.Document{ID: "new", URL: "https://example.org/news/t", Aliases: []string{old.URL}, Agency: "eu-LISA", Title: "T", Published: date("2020-05-05")}
	if err := a.Save(ctx, moved, jhasearch.Page{URL: moved.URL, Hash: "2"}); err != nil {
		t.Fatal(err)
	}
	docs := collect(t, a)
	if len(docs) != 1 {
		t.Fatalf("got %d documents, want 1: %+v", len(docs), docs)
	}
	if docs[0].ID != "old" || docs[0].URL != moved.URL || !cmp.Equal(docs[0].Aliases, []string{old.URL}) {
		t.Errorf("merged document = %+v, want id old, url %s, alias %s", docs[0], moved.URL, old.URL)
	}
	for _, u := range []string{old.URL, moved.URL} {
		if p, _ := a.Page(ctx, u); p == nil || p.Hash != "2" {
			t.Errorf("Page(%s) = %+v, want the new page", u, p)
		}
	}
}

func TestPutReplacesByIDOrURL(t *testing.T) {
	ctx := context.Background()
	a := openArchive(t)
	first := []jhasearch.Document{
		{ID: "x", URL: "https://example.org/x", Agency: "FRA", Title: "X1", Published: date("2021-01-01")},
		{URL: "https://example.org/y", Agency: "FRA", Title: "Y1", Published: date("2021-01-01")},
	}
	if res, err := a.Put(ctx, first); err != nil || res.New != 2 || res.Replaced != 0 || res.Removed != 0 {
		t.Fatalf("first Put = %+v, %v; want 2 new", res, err)
	}
	second := []jhasearch.Document{
		{ID: "x", URL: "https://example.org/x2", Agency: "FRA", Title: "X2", Published: date("2021-01-01")},
		{URL: "https://example.org/y", Agency: "FRA", Title: "Y2", Published: date("2021-01-01")},
	}
	if res, err := a.Put(ctx, second); err != nil || res.New != 0 || res.Replaced != 2 || res.Removed != 0 {
		t.Fatalf("second Put = %+v, %v; want 2 replaced", res, err)
	}
	var titles []string
	for _, d := range collect(t, a) {
		titles = append(titles, d.ID+"="+d.Title)
	}
	want := []string{jhasearch.DocumentID("https://example.org/y") + "=Y2", "x=X2"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("documents mismatch (-want +got):\n%s", diff)
	}
	if p, err := a.Page(ctx, "https://example.org/x"); err != nil || p != nil {
		t.Errorf("old URL of replaced import still resolves: %+v, %v", p, err)
	}
}

func TestLock(t *testing.T) {
	dir := t.TempDir()
	l, err := archive.Acquire(dir, "crawl")
	if err != nil {
		t.Fatal(err)
	}
	_, err = archive.Acquire(dir, "import")
	if code := jhasearch.ErrorCode(err); code != jhasearch.EUNAVAILABLE {
		t.Fatalf("second Acquire: code %q (%v), want %q", code, err, jhasearch.EUNAVAILABLE)
	}
	if msg := jhasearch.ErrorMessage(err); !contains(msg, "crawl", "since") {
		t.Errorf("conflict message %q does not say who holds the lock since when", msg)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := archive.Acquire(dir, "import")
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	if l2.Stale != nil {
		t.Errorf("clean release left a stale holder: %+v", l2.Stale)
	}
	l2.Release()
}

func TestLockLeftByKilledProcessIsRecovered(t *testing.T) {
	dir := t.TempDir()
	// A killed process leaves its holder line in the file; the kernel has
	// released its flock.
	left := `{"pid":999999,"command":"reindex","since":"2026-11-01T02:00:00Z"}`
	if err := os.WriteFile(filepath.Join(dir, archive.LockFile), []byte(left), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := archive.Acquire(dir, "crawl")
	if err != nil {
		t.Fatalf("Acquire over a stale lock: %v", err)
	}
	defer l.Release()
	if l.Stale == nil || l.Stale.PID != 999999 || l.Stale.Command != "reindex" {
		t.Errorf("Stale = %+v, want the killed reindex", l.Stale)
	}
}

func contains(s string, words ...string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// An import line that takes the URL or an alias of stored documents under
// another id replaces them: the result says so, and names them.
func TestPutReportsDocumentsItRemoves(t *testing.T) {
	ctx := context.Background()
	a := openArchive(t)
	stored := []jhasearch.Document{
		{ID: "a", URL: "https://example.org/a", Agency: "FRA", Title: "A", Published: date("2021-01-01")},
		{ID: "b", URL: "https://example.org/b", Aliases: []string{"https://example.org/b-old"}, Agency: "FRA", Title: "B", Published: date("2021-01-01")},
	}
	if _, err := a.Put(ctx, stored); err != nil {
		t.Fatal(err)
	}
	incoming := []jhasearch.Document{
		{ID: "c", URL: "https://example.org/a", Aliases: []string{"https://example.org/b-old"}, Agency: "FRA", Title: "C", Published: date("2021-01-01")},
		{ID: "d", URL: "https://example.org/d", Agency: "FRA", Title: "D", Published: date("2021-01-01")},
		{ID: "d", URL: "https://example.org/d", Agency: "FRA", Title: "D again", Published: date("2021-01-01")},
	}
	res, err := a.Put(ctx, incoming)
	if err != nil {
		t.Fatal(err)
	}
	want := archive.PutResult{New: 1, Replaced: 2, Removed: 2, Examples: []archive.Removal{
		{ID: "a", By: "c", URL: "https://example.org/a"},
		{ID: "b", By: "c", URL: "https://example.org/b-old"},
	}}
	if diff := cmp.Diff(want, res); diff != "" {
		t.Errorf("Put result mismatch (-want +got):\n%s", diff)
	}
	if n, _ := a.Count(); n != 2 {
		t.Errorf("archive holds %d documents, want 2 (c and d)", n)
	}
}
