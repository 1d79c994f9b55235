package search

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// farDocs are releases dated across the accepted years 1000 to 9999, far
// outside what int64 nanoseconds hold (1678 to 2262), all matching the
// word "archive".
func farDocs() []jhasearch.Document {
	var docs []jhasearch.Document
	for i, d := range []string{"1000-01-01", "1500-01-01", "1677-12-31", "1970-01-01", "2024-02-15", "2024-02-15",
		"2262-04-12", "2300-01-01", "5000-06-30", "9999-12-31"} {
		docs = append(docs, jhasearch.Document{ID: fmt.Sprintf("f%02d", i), URL: fmt.Sprintf("https://example.org/f%02d", i),
			Agency: "Europol", Language: "en", Published: day(d), Title: "Archive release " + d,
			Body: "An archive release of " + d + "."})
	}
	return docs
}

func TestDatesOutsideNanoseconds(t *testing.T) {
	e, _ := openFixture(t, farDocs())
	dates := func(res *jhasearch.SearchResult) []string {
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Document.Published.Format(jhasearch.DateLayout))
		}
		return out
	}
	for _, q := range []string{"", "archive"} {
		for _, tt := range []struct {
			name     string
			from, to string
			sort     jhasearch.Sort
			want     []string
		}{
			{"all, newest first", "", "", jhasearch.SortNewest, []string{"9999-12-31", "5000-06-30", "2300-01-01", "2262-04-12",
				"2024-02-15", "2024-02-15", "1970-01-01", "1677-12-31", "1500-01-01", "1000-01-01"}},
			{"all, oldest first", "", "", jhasearch.SortOldest, []string{"1000-01-01", "1500-01-01", "1677-12-31", "1970-01-01",
				"2024-02-15", "2024-02-15", "2262-04-12", "2300-01-01", "5000-06-30", "9999-12-31"}},
			{"to 9999-12-31", "", "9999-12-31", jhasearch.SortNewest, []string{"9999-12-31", "5000-06-30", "2300-01-01", "2262-04-12",
				"2024-02-15", "2024-02-15", "1970-01-01", "1677-12-31", "1500-01-01", "1000-01-01"}},
			{"from 2300-01-02", "2300-01-02", "", jhasearch.SortNewest, []string{"9999-12-31", "5000-06-30"}},
			{"from 1970-01-01", "1970-01-01", "2024-12-31", jhasearch.SortOldest, []string{"1970-01-01", "2024-02-15", "2024-02-15"}},
			{"the 1500s", "1500-01-01", "1599-12-31", jhasearch.SortNewest, []string{"1500-01-01"}},
			{"to 1000-01-01", "", "1000-01-01", jhasearch.SortNewest, []string{"1000-01-01"}},
		} {
			t.Run(fmt.Sprintf("%q %s", q, tt.name), func(t *testing.T) {
				req := jhasearch.SearchRequest{Query: q, Sort: tt.sort}
				if tt.from != "" {
					req.From = day(tt.from)
				}
				if tt.to != "" {
					req.To = day(tt.to)
				}
				res := search(t, e, req)
				if diff := cmp.Diff(tt.want, dates(res)); diff != "" || res.Total != len(tt.want) {
					t.Errorf("total %d; dates mismatch (-want +got):\n%s", res.Total, diff)
				}
			})
		}
	}
	// A page of one walks every document by cursor, in both orders.
	for _, q := range []string{"", "archive"} {
		for _, s := range []jhasearch.Sort{jhasearch.SortNewest, jhasearch.SortOldest} {
			req := jhasearch.SearchRequest{Query: q, Sort: s, Page: 1, Size: 1}
			seen := map[string]bool{}
			for range 20 {
				res, err := e.Search(context.Background(), req)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range res.Hits {
					seen[h.Document.ID] = true
				}
				if res.Cursor == "" {
					break
				}
				req.Cursor = res.Cursor
			}
			if len(seen) != 10 {
				t.Errorf("%q %s: the cursor walked %d of 10 documents", q, s, len(seen))
			}
		}
	}
	st, err := e.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Oldest.Format(jhasearch.DateLayout) + " " + st.Newest.Format(jhasearch.DateLayout); got != "1000-01-01 9999-12-31" {
		t.Errorf("stats span %s", got)
	}
}
