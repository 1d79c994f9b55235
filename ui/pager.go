package ui

import (
	"github.com/jhasearch/jhasearch"
)

// pager holds the links between pages of results: previous and next, and
// numbered pages around the current one with the first and the last.
// Every link keeps every other parameter of the search.
type pager struct {
	Prev, Next string
	Pages      []pageLink
	// Deep is set when the next page lies beyond the reach of page numbers
	// and Next continues with the engine's cursor instead.
	Deep bool
}

type pageLink struct {
	N       int
	Href    string
	Current bool
	Gap     bool // an ellipsis between non-adjacent numbers
}

// pagerWindow is how many numbered pages show on each side of the current.
const pagerWindow = 2

func newPager(req jhasearch.SearchRequest, res *jhasearch.SearchResult) pager {
	size := max(req.Size, 1)
	if req.Cursor != "" {
		// A cursor page has no number; offer the way back and onward.
		p := pager{Prev: searchURL("/search", withPage(req, 1)), Deep: true}
		if res.Cursor != "" && len(res.Hits) == size {
			p.Next = searchURL("/search", withCursor(req, res.Cursor))
		}
		return p
	}
	last := (res.Total + size - 1) / size
	reachable := jhasearch.MaxWindow / size
	var p pager
	if req.Page > 1 {
		p.Prev = searchURL("/search", withPage(req, min(req.Page-1, max(last, 1))))
	}
	switch {
	case req.Page < min(last, reachable):
		p.Next = searchURL("/search", withPage(req, req.Page+1))
	case req.Page < last && res.Cursor != "":
		p.Next, p.Deep = searchURL("/search", withCursor(req, res.Cursor)), true
	}
	if last > 1 {
		p.Pages = pageNumbers(req, min(last, reachable))
	}
	return p
}

// pageNumbers lists 1, the pages around the current one, and the last.
func pageNumbers(req jhasearch.SearchRequest, last int) []pageLink {
	var out []pageLink
	prev := 0
	for n := 1; n <= last; n++ {
		near := n >= req.Page-pagerWindow && n <= req.Page+pagerWindow
		if n != 1 && n != last && !near {
			continue
		}
		if prev != 0 && n > prev+1 {
			out = append(out, pageLink{Gap: true})
		}
		out = append(out, pageLink{N: n, Href: searchURL("/search", withPage(req, n)), Current: n == req.Page})
		prev = n
	}
	return out
}

func withCursor(req jhasearch.SearchRequest, cursor string) jhasearch.SearchRequest {
	req.Page, req.Cursor = 0, cursor
	return req
}
