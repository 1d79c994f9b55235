package indexer

import (
	"context"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// OpenReadOnly relies on two of Bleve's configuration keys (open.go):
// read_only, which lets several readers open a generation at once, and
// bolt_timeout, which turns the wait behind a writer's file lock into an
// error. A Bleve upgrade that ignores either fails here: readers would
// lock each other out, or the open would hang.
func TestOpenReadOnlyConfiguration(t *testing.T) {
	g, err := Build(context.Background(), t.TempDir(), seq(docs(3, "open")))
	if err != nil {
		t.Fatal(err)
	}
	first, err := OpenReadOnly(g)
	if err != nil {
		t.Fatal(err)
	}
	second, err := OpenReadOnly(g)
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	second.Close()
	first.Close()

	writer, err := bleve.Open(g.IndexPath())
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	done := make(chan error, 1)
	go func() {
		idx, err := OpenReadOnly(g)
		if err == nil {
			idx.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("a reader opened the generation while a writer held it")
		}
	case <-time.After(time.Minute): // twelve times OpenTimeout: a hang, not a slow machine
		t.Fatalf("OpenReadOnly still waits behind a writer after a minute; the timeout is %s", OpenTimeout)
	}
}
