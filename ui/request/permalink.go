package request

import (
	"net/url"
	"strconv"

	"github.com/jhasearch/jhasearch"
)

// Values is the inverse of Parse: every state of a
// search becomes query parameters, so each link on the results page is a
// permalink. Defaults are left out to keep the links short; parsing the
// values again gives the same request.
func Values(req jhasearch.SearchRequest) url.Values {
	v := url.Values{}
	if req.Query != "" {
		v.Set("q", req.Query)
	}
	for _, f := range jhasearch.FilterFacets() {
		for _, s := range req.Filters.Get(f.Name) {
			v.Add(f.Name, s)
		}
	}
	if req.Lang != "" {
		v.Set("lang", req.Lang)
	}
	if !req.From.IsZero() {
		v.Set("from", req.From.Format(jhasearch.DateLayout))
	}
	if !req.To.IsZero() {
		v.Set("to", req.To.Format(jhasearch.DateLayout))
	}
	if req.Sort != "" && req.Sort != DefaultSort(req.Query) {
		v.Set("sort", string(req.Sort))
	}
	if req.Match == jhasearch.MatchAll {
		v.Set("match", jhasearch.MatchAll)
	}
	if req.Cursor != "" {
		v.Set("cursor", req.Cursor)
	} else if req.Page > 1 {
		v.Set("page", strconv.Itoa(req.Page))
	}
	if req.Size != 0 && req.Size != jhasearch.DefaultPageSize {
		v.Set("size", strconv.Itoa(req.Size))
	}
	return v
}

// URL is the address of a search under path ("/search",
// "/search.atom", …).
func URL(path string, req jhasearch.SearchRequest) string {
	q := Values(req).Encode()
	if q == "" {
		return path
	}
	return path + "?" + q
}

// WithPage returns req on another page, leaving the cursor behind.
func WithPage(req jhasearch.SearchRequest, page int) jhasearch.SearchRequest {
	req.Page, req.Cursor = page, ""
	return req
}

// FilterOnly keeps what selects documents and drops order and paging: the
// feed and the exports take only these.
func FilterOnly(req jhasearch.SearchRequest, keepSort bool) jhasearch.SearchRequest {
	out := jhasearch.SearchRequest{
		Query: req.Query, Filters: req.Filters, From: req.From, To: req.To, Match: req.Match,
	}
	if keepSort {
		out.Sort = req.Sort
	}
	return out
}
