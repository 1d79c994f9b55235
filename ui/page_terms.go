package ui

import (
	"context"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/labstack/echo/v4"
)

// pageTermsShown is how many characteristic words the results page shows;
// pageTermsBudget is the longest the page waits for them (about 80 ms of
// CPU on 100,000 releases the first time a search is asked, docs/analytics.md):
// past it the page shows without them rather than late.
const (
	pageTermsShown  = 15
	pageTermsBudget = 400 * time.Millisecond
)

// termsView is the results page's characteristic words.
type termsView struct {
	Links   []termLink
	Sampled bool
	Sample  int
	APIURL  string
}

type termLink struct {
	Text, Href, Title string
	Results           int
}

// pageTerms finds the characteristic words of a search for its first page,
// when it has a query or a filter (without either, the results are the
// archive itself and nothing stands out). The page is useful without
// them: a failure is logged, not shown.
func (s *Server) pageTerms(c echo.Context, req jhasearch.SearchRequest, res *jhasearch.SearchResult) termsView {
	f := filterOnly(req, false)
	if res.Total == 0 || req.Page > 1 || req.Cursor != "" || requestValues(f).Encode() == "" {
		return termsView{}
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), pageTermsBudget)
	defer cancel()
	t, err := s.analyst.Terms(ctx, analytics.TermsRequest{Search: f, Size: pageTermsShown})
	if err != nil {
		s.log.Warn("ui: characteristic words for the results page", "err", err)
		return termsView{}
	}
	v := termsView{Sampled: t.Sample < t.Results, Sample: t.Sample, APIURL: searchURL("/api/v1/terms", f)}
	for _, tm := range t.Terms {
		v.Links = append(v.Links, termLink{Text: tm.Text, Href: searchURL("/search", refine(f, tm)), Results: tm.Results,
			Title: fmt.Sprintf("In %s of these results and %s of the archive", plural(tm.Results, "release"), thousands(tm.Background))})
	}
	return v
}
