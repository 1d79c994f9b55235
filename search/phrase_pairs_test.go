package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
)

// Phrases answered or narrowed by the lists of word pairs find exactly
// what the check of every candidate on its positions record found: the
// same releases, totals, facet counts, scores and order, over many random
// phrases of two to four consecutive words of the releases (with stop
// words between), in every text field and in the title alone, in English
// and in the releases' other languages.
func TestPhrasesByPairsAsOnRecords(t *testing.T) {
	dir := t.TempDir()
	docs := corpus.Collect(corpus.Releases(11, 2500, 1200))
	g, err := indexer.Build(context.Background(), dir, seq(docs))
	if err != nil {
		t.Fatal(err)
	}
	withPairs, err := Open(dir, nil, withoutCaches())
	if err != nil {
		t.Fatal(err)
	}
	defer withPairs.Close()
	onRecords, err := Open(dir, nil, withoutCaches(), withoutPairs())
	if err != nil {
		t.Fatal(err)
	}
	defer onRecords.Close()
	pairs, err := indexer.OpenPairs(g, len(withPairs.cur.Load().table.Entries))
	if err != nil {
		t.Fatal(err)
	}
	defer pairs.Close()

	r := rand.New(rand.NewPCG(19, 5))
	words := func(text string) []string {
		var out []string
		for _, f := range strings.Fields(text) {
			if f = strings.Trim(strings.ToLower(f), ".,;:"); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	draw := func(ws []string) string {
		k := 2 + r.IntN(3)
		if len(ws) < k {
			return ""
		}
		at := r.IntN(len(ws) - k + 1)
		return strings.Join(ws[at:at+k], " ")
	}
	// frequentPair says whether some language analyses q to two adjacent
	// frequent terms, so that the test can tell it exercised the pairs.
	q := withPairs.cur.Load().q
	frequentPair := func(q2 string) bool {
		for _, terms := range q.AnalyzeIn(q2) {
			for i := 0; i+1 < len(terms); i++ {
				if pairs.Frequent(indexer.TermHash([]byte(terms[i]))) && pairs.Frequent(indexer.TermHash([]byte(terms[i+1]))) {
					return true
				}
			}
		}
		return false
	}
	var queries []string
	for len(queries) < 600 {
		d := docs[r.IntN(len(docs))]
		switch r.IntN(4) {
		case 0:
			if p := draw(words(d.Title)); p != "" {
				queries = append(queries, `title:"`+p+`"`)
			}
		case 1:
			if p := draw(words(d.Summary)); p != "" {
				queries = append(queries, `"`+p+`"`)
			}
		default:
			if p := draw(words(d.Body)); p != "" {
				queries = append(queries, `"`+p+`"`)
			}
		}
	}
	// Two words of the archive's frequent vocabulary side by side, most of
	// them never adjacent.
	for range 150 {
		a := corpus.ReleaseDomainWords[r.IntN(len(corpus.ReleaseDomainWords))]
		b := corpus.ReleaseDomainWords[r.IntN(len(corpus.ReleaseDomainWords))]
		queries = append(queries, fmt.Sprintf(`"%s %s"`, a, b))
	}
	byPairs, found := 0, 0
	for _, query := range queries {
		if frequentPair(query) {
			byPairs++
		}
		for _, req := range []jhasearch.SearchRequest{
			{Query: query, Sort: jhasearch.SortRelevance, Page: 1, Size: 10},
			{Query: query, Sort: jhasearch.SortRelevance, Page: 2, Size: 10, Match: jhasearch.MatchAll},
			{Query: query + " police", Sort: jhasearch.SortRelevance, Page: 1, Size: 5},
		} {
			want, err := onRecords.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			got, err := withPairs.Search(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(jhasearch.SearchResult{}, "Took"), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%+v: with pairs (+) and on records (-) differ:\n%s", req, diff)
			}
			if req.Page == 1 && want.Total > 0 {
				found++
			}
		}
	}
	if byPairs < len(queries)/4 || found < len(queries)/2 {
		t.Fatalf("%d of %d phrases have a pair of frequent words, %d answers found something: too few to test",
			byPairs, len(queries), found)
	}
	t.Logf("%d phrases, %d with a pair of frequent words, %d answers with matches", len(queries), byPairs, found)
}
