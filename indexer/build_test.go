package indexer

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func docs(n int, tag string) []jhasearch.Document {
	var out []jhasearch.Document
	for i := range n {
		out = append(out, jhasearch.Document{
			ID: fmt.Sprintf("%s-%03d", tag, i), Agency: []string{"Europol", "Frontex", "FRA"}[i%3],
			Title:     fmt.Sprintf("Release %d about topic %s", i, tag),
			Body:      strings.Repeat(fmt.Sprintf("Words of release %d on %s number%d. ", i, tag, i*7), 5),
			Language:  "en",
			Published: time.Date(2020, 1, 1+i, 0, 0, 0, 0, time.UTC),
		})
	}
	return out
}

// buildTable builds in into a new index directory and reads the table of
// the generation.
func buildTable(tb testing.TB, in []jhasearch.Document) (*Generation, *Table) {
	tb.Helper()
	g, err := Build(context.Background(), tb.TempDir(), seq(in))
	if err != nil {
		tb.Fatal(err)
	}
	tab, err := ReadTable(g)
	if err != nil {
		tb.Fatal(err)
	}
	return g, tab
}

func seq(ds []jhasearch.Document) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for _, d := range ds {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// failing yields docs and then an error, as a broken source would.
func failing(ds []jhasearch.Document) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for _, d := range ds {
			if !yield(d, nil) {
				return
			}
		}
		yield(jhasearch.Document{}, errors.New("source broke"))
	}
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func TestGenerations(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Current(dir); jhasearch.ErrorCode(err) != jhasearch.ENOTFOUND {
		t.Fatalf("Current before any build: %v, want ENOTFOUND", err)
	}
	if _, err := Rollback(dir); jhasearch.ErrorCode(err) != jhasearch.ENOTFOUND {
		t.Fatalf("Rollback before any build: %v, want ENOTFOUND", err)
	}
	g1, err := Build(ctx, dir, seq(docs(5, "a")))
	if err != nil {
		t.Fatal(err)
	}
	if g1.Documents != 5 || g1.MappingVersion != MappingVersion || g1.Agencies["Europol"] != 2 {
		t.Errorf("first generation: %+v", g1)
	}
	g2, err := Build(ctx, dir, seq(docs(7, "b")))
	if err != nil {
		t.Fatal(err)
	}
	cur, err := Current(dir)
	if err != nil || cur.Name != g2.Name || cur.Documents != 7 {
		t.Fatalf("Current after second build = %+v, %v; want %s", cur, err, g2.Name)
	}
	// Leftovers of a crashed build: a temporary directory and an
	// unreferenced generation directory with junk inside.
	for _, junk := range []string{"tmp-000042", "gen-000041"} {
		if err := os.MkdirAll(filepath.Join(dir, junk, "bleve"), 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, junk, "bleve", "half"), []byte("x"), 0o644)
	}
	if cur, err := Current(dir); err != nil || cur.Name != g2.Name {
		t.Fatalf("leftovers changed the current generation: %+v, %v", cur, err)
	}
	g3, err := Build(ctx, dir, seq(docs(3, "c")))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"CURRENT", g2.Name, g3.Name}
	if diff := cmp.Diff(want, entries(t, dir)); diff != "" {
		t.Errorf("directory after third build mismatch (-want +got):\n%s", diff)
	}
	if g3.Name <= "gen-000042" {
		t.Errorf("new generation %s reuses a number of a leftover", g3.Name)
	}
	back, err := Rollback(dir)
	if err != nil || back.Name != g2.Name {
		t.Fatalf("Rollback = %+v, %v; want %s", back, err, g2.Name)
	}
	if cur, _ := Current(dir); cur.Name != g2.Name {
		t.Errorf("Current after rollback = %s, want %s", cur.Name, g2.Name)
	}
	if again, _ := Rollback(dir); again.Name != g3.Name {
		t.Errorf("second Rollback = %s, want %s (undo)", again.Name, g3.Name)
	}
}

func TestFailedBuildChangesNothing(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	g1, err := Build(ctx, dir, seq(docs(4, "a")))
	if err != nil {
		t.Fatal(err)
	}
	before := entries(t, dir)
	if _, err := Build(ctx, dir, failing(docs(6, "b"))); err == nil || !strings.Contains(err.Error(), "source broke") {
		t.Fatalf("Build with a failing source: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Build(cancelled, dir, seq(docs(3000, "c"))); !errors.Is(err, context.Canceled) {
		t.Fatalf("Build with a cancelled context: %v", err)
	}
	if diff := cmp.Diff(before, entries(t, dir)); diff != "" {
		t.Errorf("failed builds left something (-before +after):\n%s", diff)
	}
	if cur, err := Current(dir); err != nil || cur.Name != g1.Name {
		t.Errorf("Current = %+v, %v; want %s", cur, err, g1.Name)
	}
	bad := []jhasearch.Document{{Title: "no id, no url"}}
	if _, err := Build(ctx, dir, seq(bad)); err == nil || !strings.Contains(err.Error(), "neither id nor url") {
		t.Errorf("Build of a document without id or url: %v", err)
	}
}

func TestBuildIDsAndDuplicates(t *testing.T) {
	dir := t.TempDir()
	d := docs(3, "a")
	d[0].ID, d[0].URL = "", "https://www.europol.example/news/1/"
	d = append(d, d[1])
	d[3].Title = "A later version of the same release"
	g, err := Build(context.Background(), dir, seq(d))
	if err != nil {
		t.Fatal(err)
	}
	tab, err := ReadTable(g)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tab.Entries {
		got = append(got, e.ID+" "+e.Title)
	}
	want := []string{
		jhasearch.DocumentID("https://europol.example/news/1") + " Release 0 about topic a",
		"a-002 Release 2 about topic a",
		"a-001 A later version of the same release",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries mismatch (-want +got):\n%s", diff)
	}
}

// An empty archive builds an empty generation: a new data directory,
// an empty import and a first crawl whose sources all failed all build
// from no documents, and each must leave a generation a server can serve.
func TestBuildEmpty(t *testing.T) {
	dir := t.TempDir()
	g, err := Build(context.Background(), dir, seq(nil))
	if err != nil {
		t.Fatalf("Build of no documents: %v", err)
	}
	if g.Documents != 0 || g.Indexed != 0 {
		t.Errorf("empty generation counts documents: %+v", g)
	}
	cur, err := Current(dir)
	if err != nil || cur.Name != g.Name {
		t.Fatalf("Current = %+v, %v; want %s", cur, err, g.Name)
	}
	tab, err := ReadTable(cur)
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Entries) != 0 {
		t.Errorf("empty generation has %d table entries", len(tab.Entries))
	}
	// The next build over an empty generation still works.
	if _, err := Build(context.Background(), dir, seq(docs(2, "a"))); err != nil {
		t.Fatalf("Build after an empty generation: %v", err)
	}
}
