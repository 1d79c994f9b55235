package ui

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
)

// pagesOf lists the page numbers of a pager ("…" for a gap).
func pagesOf(p view.Pager) []string {
	var out []string
	for _, l := range p.Pages {
		if l.Gap {
			out = append(out, "…")
			continue
		}
		n := strconv.Itoa(l.N)
		if l.Current {
			n = "[" + n + "]"
		}
		out = append(out, n)
	}
	return out
}

// afterCursor is req continued after cursor, as a pager's deep next link
// asks for it.
func afterCursor(req jhasearch.SearchRequest, cursor string) jhasearch.SearchRequest {
	req.Page, req.Cursor = 0, cursor
	return req
}

func linkQuery(t *testing.T, href string) url.Values {
	t.Helper()
	u, err := url.Parse(href)
	if err != nil {
		t.Fatal(err)
	}
	return u.Query()
}

func TestPagerWindow(t *testing.T) {
	req := jhasearch.SearchRequest{Query: "fraud", Sort: jhasearch.SortRelevance, Page: 7, Size: 10}
	p := view.NewPager(req, &jhasearch.SearchResult{Total: 200, Hits: make([]jhasearch.Hit, 10), Cursor: "c"}, resultsLink)
	want := []string{"1", "…", "5", "6", "[7]", "8", "9", "…", "20"}
	if diff := cmp.Diff(want, pagesOf(p)); diff != "" {
		t.Errorf("pages mismatch (-want +got):\n%s", diff)
	}
	if linkQuery(t, p.Prev).Get("page") != "6" || linkQuery(t, p.Next).Get("page") != "8" || p.Deep {
		t.Errorf("prev %q next %q deep %v", p.Prev, p.Next, p.Deep)
	}
	last := view.NewPager(request.WithPage(req, 20), &jhasearch.SearchResult{Total: 200, Hits: make([]jhasearch.Hit, 10)}, resultsLink)
	if last.Next != "" {
		t.Errorf("last page has a next link %q", last.Next)
	}
	one := view.NewPager(request.WithPage(req, 1), &jhasearch.SearchResult{Total: 4, Hits: make([]jhasearch.Hit, 4)}, resultsLink)
	if one.Prev != "" || one.Next != "" || len(one.Pages) != 0 {
		t.Errorf("a single page has links: %+v", one)
	}
}

// TestPagerBeyondWindow: page numbers stop at page × size = 10,000; the
// next link then continues with the engine's cursor.
func TestPagerBeyondWindow(t *testing.T) {
	req := jhasearch.SearchRequest{Sort: jhasearch.SortNewest, Page: 100, Size: 100, Filters: jhasearch.Filters{"tag": []string{"SIS"}}}
	res := &jhasearch.SearchResult{Total: 50000, Hits: make([]jhasearch.Hit, 100), Cursor: "after-10000"}
	p := view.NewPager(req, res, resultsLink)
	if got := pagesOf(p); got[len(got)-1] != "[100]" {
		t.Errorf("pages %v: the last number must be the current page 100", got)
	}
	q := linkQuery(t, p.Next)
	if !p.Deep || q.Get("cursor") != "after-10000" || q.Get("page") != "" || q.Get("tag") != "SIS" {
		t.Errorf("next %q deep %v: want the cursor with the filters and no page", p.Next, p.Deep)
	}
	if _, err := request.Parse(q, request.SearchParams); err != nil {
		t.Errorf("next link does not parse: %v", err)
	}
	// On a cursor page: back to the first page, and on with the next cursor.
	cur := view.NewPager(afterCursor(req, "after-10000"), &jhasearch.SearchResult{Total: 50000, Hits: make([]jhasearch.Hit, 100), Cursor: "after-10100"}, resultsLink)
	if linkQuery(t, cur.Prev).Get("page") != "" || linkQuery(t, cur.Next).Get("cursor") != "after-10100" {
		t.Errorf("cursor page: prev %q next %q", cur.Prev, cur.Next)
	}
}
