package analyst

import (
	"log/slog"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/labstack/echo/v4"
)

// Handlers serves the analyst views: /trends, /api/v1/trends (and its
// CSV), /api/v1/terms, /api/v1/rising and the results page's
// characteristic words (PageTerms). Package ui builds it, registers its
// routes and gives it what the rest of the site shares: the templates,
// the API's hits and the exports' CSV cells.
type Handlers struct {
	// Views computes the analyst views, cached per generation.
	Views *analytics.Views
	// Ready returns the error to answer while no index generation is
	// served, and nil once one is.
	Ready func() error
	// Render writes a page of the site's templates with a status.
	Render func(c echo.Context, status int, name string, data any) error
	// Hit writes a peak's best release as the API writes any hit.
	Hit func(jhasearch.Hit) any
	// CSVCell makes a value safe for a spreadsheet, as in the exports.
	CSVCell func(string) string
	// Log receives what the pages leave out; nil discards it.
	Log *slog.Logger
	// TermsBudget is how long the results page waits for its
	// characteristic words; zero is pageTermsBudget.
	TermsBudget time.Duration
}

func (h *Handlers) log() *slog.Logger {
	if h.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return h.Log
}

func (h *Handlers) termsBudget() time.Duration {
	if h.TermsBudget == 0 {
		return pageTermsBudget
	}
	return h.TermsBudget
}

// resultsLink is the address of a search on the results page.
func resultsLink(req jhasearch.SearchRequest) string { return request.URL("/search", req) }
