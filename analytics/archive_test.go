package analytics

import (
	"context"
	"fmt"
	"iter"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search"
)

// openArchive builds a real index of docs in a temporary directory and
// serves it with the real engine.
func openArchive(t *testing.T, docs []jhasearch.Document) *search.Engine {
	t.Helper()
	dir := t.TempDir()
	seq := iter.Seq2[jhasearch.Document, error](func(yield func(jhasearch.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	})
	if _, err := indexer.Build(context.Background(), dir, seq); err != nil {
		t.Fatalf("build index: %v", err)
	}
	e, err := search.Open(dir, nil)
	if err != nil {
		t.Fatalf("open index: %v", err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// release is a test document.
func release(i int, agency string, published time.Time, title, body string) jhasearch.Document {
	return jhasearch.Document{ID: fmt.Sprintf("r%04d", i), URL: fmt.Sprintf("https://newsroom.example/r%04d", i),
		Agency: agency, Title: title, Body: body, Published: published, Language: "en"}
}

func date(s string) time.Time {
	t, err := time.Parse(jhasearch.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// total is what /api/v1/search reports for req.
func total(t *testing.T, e *search.Engine, req jhasearch.SearchRequest) int {
	t.Helper()
	req.Size = 1
	res, err := e.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("search %+v: %v", req, err)
	}
	return res.Total
}
