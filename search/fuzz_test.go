package search

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// querySeeds are queries of every form the language knows, and of forms a
// hostile or careless user sends (as in search/query's FuzzParseQuery).
var querySeeds = []string{
	"", "frontex", `"border guards" -training`, "smuggling OR trafficking", "title:risk agency:Europol",
	"tag:\"document fraud\"", "traff*", "a*", "*a*b*c*d*", "smugglin~", "smugglin~2", "word~99", "word~0",
	"/(a+)+/", "a*b*c*d*e*f*g*", "-20% OR", "OR OR OR", "-\"\"", "title:", "tag:\"unclosed", "\xff\xfe*",
	"Note: (a AND b) [1 TO 2]", "\"", "~", "-", "agency:nosuch", "ÉTÉ* über~1",
}

func checkInvalid(t *testing.T, err error) {
	t.Helper()
	var e *jhasearch.Error
	if !errors.As(err, &e) || e.Code != jhasearch.EINVALID || e.Message == "" {
		t.Fatalf("error %v is not an EINVALID *jhasearch.Error with a message", err)
	}
}

// FuzzSearch runs arbitrary queries and cursors through the whole engine
// over a small real index: the answer is a result within the page size or
// an EINVALID error, never an internal error or a panic.
func FuzzSearch(f *testing.F) {
	e, _ := openFixture(f, fixtureDocs())
	for _, q := range querySeeds {
		f.Add(q, "")
	}
	f.Add("border", "eyJ2IjoxfQ")
	f.Add("", "not-base64!")
	f.Fuzz(func(t *testing.T, q, cursor string) {
		if !utf8.ValidString(q) || !utf8.ValidString(cursor) {
			return // the HTTP layer refuses these before the engine
		}
		req := jhasearch.SearchRequest{Query: q, Cursor: cursor, Page: 1, Size: 5, Sort: jhasearch.SortRelevance}
		res, err := e.Search(context.Background(), req)
		if err != nil {
			checkInvalid(t, err)
			return
		}
		if len(res.Hits) > req.Size || res.Total < len(res.Hits) {
			t.Fatalf("%d hits of %d total for size %d", len(res.Hits), res.Total, req.Size)
		}
		for _, h := range res.Hits {
			bare := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(h.Snippet)
			if !utf8.ValidString(h.Snippet) || strings.ContainsAny(bare, "<>") || h.Document.ID == "" {
				t.Fatalf("hit %+v has no id, or a snippet with markup other than <mark> or not UTF-8", h)
			}
		}
	})
}
