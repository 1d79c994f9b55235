package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// TestSmallPagesAgreeWithOneLargePage pages through questions whose
// releases with every word fill a small page, so that ranking passes over
// the releases with only some of the words (rankTier), and compares each
// page, by number and by cursor, with the same part of one large page,
// which ranks them all.
func TestSmallPagesAgreeWithOneLargePage(t *testing.T) {
	docs := collect(generate(7, 400, 300))
	e, _ := openFixture(t, docs)
	words := wordsByShare(docs, 0.2, 0.6)
	if len(words) < 4 {
		t.Fatalf("the generated archive has %d words in 20–60 %% of its releases, want 4", len(words))
	}
	rare := wordsByShare(docs, 0.03, 0.1)
	if len(rare) == 0 {
		t.Fatal("the generated archive has no word in 3–10 % of its releases")
	}
	agency := docs[0].Agency
	for _, q := range []string{words[0] + " " + words[1], words[0] + " " + words[2] + " " + words[3], words[1] + " " + rare[0]} {
		for _, filters := range []jhasearch.Filters{nil, {jhasearch.FacetAgency: {agency}}} {
			t.Run(fmt.Sprintf("%s/%v", q, filters), func(t *testing.T) {
				large := search(t, e, jhasearch.SearchRequest{Query: q, Filters: filters, Size: jhasearch.MaxPageSize})
				if large.AllWords == 0 || large.AllWords >= large.Total {
					t.Fatalf("want releases with all and with some of the words: all %d of %d", large.AllWords, large.Total)
				}
				want := ids(large)
				if len(want) != min(large.Total, jhasearch.MaxPageSize) {
					t.Fatalf("the large page has %d hits of %d", len(want), large.Total)
				}
				var byPage, byCursor []string
				cursor := ""
				for p := 1; len(byPage) < len(want); p++ {
					res := search(t, e, jhasearch.SearchRequest{Query: q, Filters: filters, Size: 5, Page: p})
					if res.Total != large.Total || res.AllWords != large.AllWords {
						t.Fatalf("page %d: total %d, all words %d; the large page says %d, %d", p, res.Total, res.AllWords, large.Total, large.AllWords)
					}
					byPage = append(byPage, ids(res)...)
					next := search(t, e, jhasearch.SearchRequest{Query: q, Filters: filters, Size: 5, Page: 1, Cursor: cursor})
					byCursor = append(byCursor, ids(next)...)
					if cursor = next.Cursor; cursor == "" {
						break
					}
				}
				n := min(len(want), len(byPage), len(byCursor))
				if n < 2*large.AllWords && n < len(want) {
					t.Fatalf("compared %d hits, want past the %d with every word", n, large.AllWords)
				}
				if diff := cmp.Diff(want[:n], byPage[:n]); diff != "" {
					t.Errorf("pages differ from the large page (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(want[:n], byCursor[:n]); diff != "" {
					t.Errorf("cursor pages differ from the large page (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// wordsByShare returns the words of six letters or more that stand in a
// share of the releases between lo and hi, most common first.
func wordsByShare(docs []jhasearch.Document, lo, hi float64) []string {
	df := map[string]int{}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(d.Title + " " + d.Body)) {
			w = strings.Trim(w, ".,;:")
			if len(w) >= 6 && !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	var out []string
	for w, n := range df {
		if s := float64(n) / float64(len(docs)); s >= lo && s <= hi {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b string) int {
		if df[a] != df[b] {
			return df[b] - df[a]
		}
		return strings.Compare(a, b)
	})
	return out
}
