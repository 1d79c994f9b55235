package search

import (
	"testing"

	"github.com/jhasearch/jhasearch/search/query"
)

// BenchmarkSnippets measures the snippets of pages of ten hits: one
// highlighter per page, as a search makes, over generated releases in
// five languages, for plain words, a prefix and a fuzzy term.
//
//	go test ./search -run '^$' -bench Snippets -benchmem
func BenchmarkSnippets(b *testing.B) {
	docs := collect(generate(3, 200, benchBody))
	e, _ := openFixture(b, docs)
	g, release, err := e.current()
	if err != nil {
		b.Fatal(err)
	}
	defer release()
	for _, q := range []string{"border police", "cooperation agency report", "traffick*", "smuggling~1"} {
		p, err := query.Parse(q)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				h := g.highlighter(p)
				for range 10 {
					d := &docs[n%len(docs)]
					n++
					if h.ForLanguage(d.Language).Snippet([]byte(d.Body)) == "" {
						b.Fatal("empty snippet")
					}
				}
			}
		})
	}
}
