package analyst

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
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

// PageTerms finds the characteristic words of a search for its first page,
// when it has a query or a filter (without either, the results are the
// archive itself and nothing stands out). The page is useful without
// them: a failure is logged, not shown.
func (h *Handlers) PageTerms(c echo.Context, req jhasearch.SearchRequest, res *jhasearch.SearchResult) Terms {
	f := request.FilterOnly(req, false)
	if res.Total == 0 || req.Page > 1 || req.Cursor != "" || request.Values(f).Encode() == "" {
		return Terms{}
	}
	ctx, cancel := context.WithTimeout(c.Request().Context(), h.termsBudget())
	defer cancel()
	t, err := h.Views.Terms(ctx, analytics.TermsRequest{Search: f, Size: pageTermsShown})
	// The budget's end comes back as the engine's "took too long" or as
	// the context's error, depending on where it struck: the budget's own
	// context tells.
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) && c.Request().Context().Err() == nil {
		// Past the page's budget: a link to them instead. Expected under
		// load, so not a warning.
		h.log().Debug("ui: characteristic words past the results page's budget", "budget", h.termsBudget())
		return Terms{Later: true, APIURL: request.URL("/api/v1/terms", f)}
	}
	if err != nil {
		h.log().Debug("ui: characteristic words for the results page", "err", err)
		return Terms{}
	}
	v := Terms{Sampled: t.Sample < t.Results, Sample: t.Sample, APIURL: request.URL("/api/v1/terms", f)}
	for _, tm := range t.Terms {
		v.Links = append(v.Links, TermLink{Text: tm.Text, Href: request.URL("/search", refine(f, tm)), Results: tm.Results,
			Title: fmt.Sprintf("In %s of these results and %s of the archive", view.Plural(tm.Results, "release"), view.Thousands(tm.Background))})
	}
	return v
}
