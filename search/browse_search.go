package search

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// browseSearch answers a request without query terms from the columns:
// every searchable document that passes the filters, by date.
func (g *generation) browseSearch(req *jhasearch.SearchRequest, cur *cursor, useCache bool) (*jhasearch.SearchResult, error) {
	// Without a language filter, a release in several languages is
	// listed once, by its original (translations.go).
	// The orders are by date (sortByDate), which lets a browse within
	// dates walk only the span in range.
	order, newest := facet.Order{Entries: g.newestOne, ByDate: facet.NewestFirst}, true
	if effectiveSort(req) == jhasearch.SortOldest {
		order, newest = facet.Order{Entries: g.oldestOne, ByDate: facet.OldestFirst}, false
	}
	all, _ := g.browsed(req)
	if len(req.Filters.Get(jhasearch.FacetLanguage)) > 0 {
		order.Entries = g.newest
		if !newest {
			order.Entries = g.oldest
		}
	}
	f := g.cols.Select(req)
	skip := (req.Page - 1) * req.Size
	var after func(i int) bool
	if cur != nil {
		skip = 0
		after = g.afterCursor(newest, cur)
	}
	// Facet counts depend on the filters only, not on sort or page, so
	// paging through a filtered archive counts it once.
	fkey := filterKey(req)
	var known *facet.Counts
	if useCache {
		known, _ = g.counts.Get(fkey)
	}
	picked, fc := g.cols.Browse(&f, order, all, skip, req.Size+1, after, known)
	if known == nil {
		if len(req.Filters.Get(jhasearch.FacetLanguage)) == 0 {
			g.countVersionLanguages(fc, &f, g.versionsOnly)
		}
		g.counts.Put(fkey, fc)
	}
	res := &jhasearch.SearchResult{Total: fc.Total, Versions: fc.Total, Facets: g.cols.Facets(fc)}
	h := plainHighlighter()
	for n, i := range picked {
		if n == req.Size {
			break
		}
		hit, err := g.hit(g.version(g.display(i, req), req), h, 0)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, hit)
	}
	if len(picked) > req.Size {
		last := picked[req.Size-1]
		res.Cursor = cursor{Request: requestHash(req), Published: g.cols.Published[last], ID: g.table.Entries[last].ID}.encode()
	}
	return res, nil
}

// browsed returns the entries a browse of req lists, in entry order, and
// the language versions it leaves out: without a language filter, a
// release in several languages is listed once, by its original.
func (g *generation) browsed(req *jhasearch.SearchRequest) (entries, versions []int32) {
	if len(req.Filters.Get(jhasearch.FacetLanguage)) > 0 {
		return g.searchable, nil
	}
	return g.searchableOne, g.versionsOnly
}

// filterKey identifies the filters of a request: every filtering facet
// of the table (jhasearch.Filters.Key) and the dates.
func filterKey(req *jhasearch.SearchRequest) string {
	r := jhasearch.SearchRequest{Filters: req.Filters, From: req.From, To: req.To}
	return strconv.FormatUint(requestHash(&r), 16)
}

// afterCursor returns whether entry i comes after the cursor in order.
func (g *generation) afterCursor(newest bool, cur *cursor) func(i int) bool {
	return func(i int) bool {
		p, id := g.cols.Published[i], g.table.Entries[i].ID
		if p != cur.Published {
			return (p < cur.Published) == newest
		}
		return id > cur.ID
	}
}

// browsePeriod answers a query that is only a date: the releases of the
// period that pass the filters, newest first (or oldest, if asked). The
// cursor stays bound to the request as asked.
func (g *generation) browsePeriod(req *jhasearch.SearchRequest, per query.Period, cur *cursor, useCache bool) (*jhasearch.SearchResult, error) {
	b, ok := per.Within(req)
	if !ok {
		return &jhasearch.SearchResult{Facets: facet.Empty()}, nil
	}
	if b.Sort != jhasearch.SortOldest {
		b.Sort = jhasearch.SortNewest
	}
	res, err := g.browseSearch(&b, cur, useCache)
	if err != nil || res.Cursor == "" {
		return res, err
	}
	// Rebind the cursor to the request as asked, which the next page
	// sends again.
	raw, _ := base64.RawURLEncoding.DecodeString(res.Cursor)
	var c cursor
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("search: cursor of a period: %w", err)
	}
	c.Request = requestHash(req)
	out := *res
	out.Cursor = c.encode()
	return &out, nil
}
