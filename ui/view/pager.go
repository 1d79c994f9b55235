package view

import (
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
)

// Pager holds the links between pages of results: previous and next, and
// numbered pages around the current one with the first and the last.
// Every link keeps every other parameter of the search.
type Pager struct {
	Prev, Next string
	Pages      []PageLink
	// Deep is set when the next page lies beyond the reach of page numbers
	// and Next continues with the engine's cursor instead.
	Deep bool
}

// PageLink is one numbered page, or a gap between numbers.
type PageLink struct {
	N       int
	Href    string
	Current bool
	Gap     bool // an ellipsis between non-adjacent numbers
}

// pagerWindow is how many numbered pages show on each side of the current.
const pagerWindow = 2

// NewPager links the pages of res, the answer to req; link writes each
// page's address.
func NewPager(req jhasearch.SearchRequest, res *jhasearch.SearchResult, link Link) Pager {
	size := max(req.Size, 1)
	if req.Cursor != "" {
		// A cursor page has no number; offer the way back and onward.
		p := Pager{Prev: link(request.WithPage(req, 1)), Deep: true}
		if res.Cursor != "" && len(res.Hits) == size {
			p.Next = link(withCursor(req, res.Cursor))
		}
		return p
	}
	last := (res.Total + size - 1) / size
	reachable := jhasearch.MaxWindow / size
	var p Pager
	if req.Page > 1 {
		p.Prev = link(request.WithPage(req, min(req.Page-1, max(last, 1))))
	}
	switch {
	case req.Page < min(last, reachable):
		p.Next = link(request.WithPage(req, req.Page+1))
	case req.Page < last && res.Cursor != "":
		p.Next, p.Deep = link(withCursor(req, res.Cursor)), true
	}
	if last > 1 {
		p.Pages = pageNumbers(req, min(last, reachable), link)
	}
	return p
}

// pageNumbers lists 1, the pages around the current one, and the last.
func pageNumbers(req jhasearch.SearchRequest, last int, link Link) []PageLink {
	var out []PageLink
	prev := 0
	for n := 1; n <= last; n++ {
		near := n >= req.Page-pagerWindow && n <= req.Page+pagerWindow
		if n != 1 && n != last && !near {
			continue
		}
		if prev != 0 && n > prev+1 {
			out = append(out, PageLink{Gap: true})
		}
		out = append(out, PageLink{N: n, Href: link(request.WithPage(req, n)), Current: n == req.Page})
		prev = n
	}
	return out
}

// WithCursor returns req continued after cursor, without a page number.
func withCursor(req jhasearch.SearchRequest, cursor string) jhasearch.SearchRequest {
	req.Page, req.Cursor = 0, cursor
	return req
}
