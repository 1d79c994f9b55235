package search

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestSortOrders(t *testing.T) {
	docs := collect(generate(5, 300, 200))
	e, _ := openFixture(t, docs)
	x := expect(docs)
	byDate := func(newest bool) []string {
		s := append([]jhasearch.Document(nil), x.searchable...)
		sort.Slice(s, func(i, j int) bool {
			if !s[i].Published.Equal(s[j].Published) {
				return s[i].Published.After(s[j].Published) == newest
			}
			return s[i].ID < s[j].ID
		})
		var out []string
		for _, d := range s[:100] {
			out = append(out, d.ID)
		}
		return out
	}
	for _, tt := range []struct {
		name string
		req  jhasearch.SearchRequest
		want []string
	}{
		{"newest", jhasearch.SearchRequest{Sort: jhasearch.SortNewest}, byDate(true)},
		{"oldest", jhasearch.SearchRequest{Sort: jhasearch.SortOldest}, byDate(false)},
		{"relevance without query is newest", jhasearch.SearchRequest{Sort: jhasearch.SortRelevance}, byDate(true)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ids(search(t, e, tt.req))); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// With a query, the index sorts: dates must still be ordered, ties by id.
	word := mostCommonInventedWord(docs)
	for _, s := range []jhasearch.Sort{jhasearch.SortNewest, jhasearch.SortOldest, jhasearch.SortRelevance} {
		res := search(t, e, jhasearch.SearchRequest{Query: word, Sort: s})
		for i := 1; i < len(res.Hits); i++ {
			a, b := res.Hits[i-1], res.Hits[i]
			var ok bool
			switch s {
			case jhasearch.SortNewest:
				ok = a.Document.Published.After(b.Document.Published) || a.Document.Published.Equal(b.Document.Published) && a.Document.ID < b.Document.ID
			case jhasearch.SortOldest:
				ok = a.Document.Published.Before(b.Document.Published) || a.Document.Published.Equal(b.Document.Published) && a.Document.ID < b.Document.ID
			default:
				ok = a.Score > b.Score || a.Score == b.Score && a.Document.ID < b.Document.ID
			}
			if !ok {
				t.Fatalf("sort %s: hit %d (%s) before hit %d (%s) is out of order", s, i-1, a.Document.ID, i, b.Document.ID)
			}
		}
	}
}

// TestCursorWalk walks whole result lists with the cursor and compares
// them with the same lists read by page number.
func TestCursorWalk(t *testing.T) {
	docs := collect(generate(9, 400, 200))
	e, _ := openFixture(t, docs)
	word := mostCommonInventedWord(docs)
	for _, base := range []jhasearch.SearchRequest{
		{Sort: jhasearch.SortNewest},
		{Sort: jhasearch.SortOldest, Filters: jhasearch.Filters{"agency": []string{"Europol", "Frontex", "EUAA"}}},
		{Query: word, Sort: jhasearch.SortRelevance},
		{Query: word, Sort: jhasearch.SortNewest},
		{Query: word + " OR police", Sort: jhasearch.SortOldest, Filters: jhasearch.Filters{"language": []string{"en"}}},
	} {
		var paged []string
		total := 0
		for page := 1; ; page++ {
			r := base
			r.Page, r.Size = page, 50
			res := search(t, e, r)
			total = res.Total
			paged = append(paged, ids(res)...)
			if len(res.Hits) < 50 {
				break
			}
		}
		var walked []string
		r := base
		r.Page, r.Size = 1, 7
		for steps := 0; ; steps++ {
			res := search(t, e, r)
			walked = append(walked, ids(res)...)
			if res.Cursor == "" {
				break
			}
			if steps > 1000 {
				t.Fatal("cursor walk does not end")
			}
			r.Cursor = res.Cursor
		}
		if len(paged) != total {
			t.Errorf("%+v: paging gave %d hits, Total %d", base, len(paged), total)
		}
		if diff := cmp.Diff(paged, walked); diff != "" {
			t.Errorf("%+v: cursor walk mismatch (-paged +walked):\n%s", base, diff)
		}
	}
}

func TestErrors(t *testing.T) {
	e, _ := openFixture(t, collect(generate(2, 300, 300)))
	other := search(t, e, jhasearch.SearchRequest{Query: "police", Size: 2})
	long := make([]byte, jhasearch.MaxQueryLength+1)
	for i := range long {
		long[i] = 'a' + byte(i%7)
		if i%8 == 7 {
			long[i] = ' '
		}
	}
	tests := []struct {
		name string
		req  jhasearch.SearchRequest
		want string // a word the message must name
	}{
		{"query too long", jhasearch.SearchRequest{Query: string(long)}, "(q)"},
		{"page beyond the window", jhasearch.SearchRequest{Page: 101, Size: 100}, "cursor"},
		{"fuzziness above 2", jhasearch.SearchRequest{Query: "police~3"}, "(q)"},
		{"prefix too short", jhasearch.SearchRequest{Query: "p*"}, "(q)"},
		{"expansion too large", jhasearch.SearchRequest{Query: "ka* to* ri* an* el* mo* su* ve* po* tr* de* li* co* ma* ul* te* ph* ge* br* os*"}, "too expensive"},
		{"broken cursor", jhasearch.SearchRequest{Cursor: "%%%"}, "cursor"},
		{"cursor of another search", jhasearch.SearchRequest{Query: "court", Cursor: other.Cursor}, "cursor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.req
			if r.Page == 0 {
				r.Page = 1
			}
			if r.Size == 0 {
				r.Size = 10
			}
			r.Sort = jhasearch.SortRelevance
			_, err := e.Search(context.Background(), r)
			if jhasearch.ErrorCode(err) != jhasearch.EINVALID {
				t.Fatalf("err = %v, want EINVALID", err)
			}
			if msg := jhasearch.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("message %q does not mention %q", msg, tt.want)
			}
		})
	}
}
