package archive_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/archive"
)

// A rendered page keeps the page the server sent beside it; saving the
// document again as a plain page drops the stale served copy; the archive
// opened read-only still reads.
func TestSaveKeepsTheServedPageOfARenderedOne(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "archive.db")
	a, err := archive.Open(path, false)
	if err != nil {
		t.Fatal(err)
	}
	doc := jhasearch.Document{ID: "c1", URL: "https://example.org/news/c", Agency: "CEPOL", Title: "C", Published: date("2026-01-02"), Language: "en"}
	page := jhasearch.Page{URL: doc.URL, Source: "CEPOL", Content: []byte("<html><main><p>rendered</p></main></html>"),
		Served: []byte(`<html><div id="app"></div><script src="/app.js"></script></html>`), Rendered: true,
		Hash: "h", FetchedAt: time.Date(2026, 11, 1, 2, 0, 0, 0, time.UTC)}
	if err := a.Save(ctx, doc, page); err != nil {
		t.Fatal(err)
	}
	rec, err := a.Get(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	if string(rec.Page.Content) != string(page.Content) || string(rec.Page.Served) != string(page.Served) || !rec.Page.Rendered {
		t.Errorf("got content %q, served %q, rendered %v", rec.Page.Content, rec.Page.Served, rec.Page.Rendered)
	}
	if meta, _ := a.Page(ctx, doc.URL); meta == nil || meta.Served != nil || meta.Content != nil || !meta.Rendered {
		t.Errorf("Page metadata = %+v, want no bodies and rendered", meta)
	}

	plain := page
	plain.Served, plain.Rendered = nil, false
	if err := a.Save(ctx, doc, plain); err != nil {
		t.Fatal(err)
	}
	if rec, err = a.Get(ctx, "c1"); err != nil || rec.Page.Served != nil || rec.Page.Rendered {
		t.Errorf("after a plain save: served %q, rendered %v, err %v", rec.Page.Served, rec.Page.Rendered, err)
	}
	a.Close()
	ro, err := archive.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if rec, err := ro.Get(ctx, "c1"); err != nil || rec == nil {
		t.Errorf("read-only Get: %v", err)
	}
}
