package analyst

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/view"
	"github.com/jhasearch/jhasearch/ui/web"
	"github.com/labstack/echo/v4"
)

// The analyst views' API: /api/v1/trends (and its CSV), /api/v1/terms
// and /api/v1/rising. The answers come from package analytics; this file
// parses their parameters and writes their JSON.

// TrendsParams, TermsParams and RisingParams are the parameters the
// analyst endpoints take (the OpenAPI test compares them with the
// document). Their filters are those of a search (request.WithFilters).
var (
	TrendsParams = request.WithFilters("from", "to", "interval", "normalize", "format")
	TermsParams  = request.WithFilters("from", "to", "background", "size")
	RisingParams = []string{"at"}
)

// without returns v without the named parameters.
func without(v url.Values, names ...string) url.Values {
	out := url.Values{}
	for k, vals := range v {
		if !slices.Contains(names, k) {
			out[k] = vals
		}
	}
	return out
}

// choice reads a parameter that takes one of a few words; absent or
// empty is the first.
func choice(v url.Values, name string, words ...string) (string, error) {
	s := v.Get(name)
	if s == "" {
		return words[0], nil
	}
	if slices.Contains(words, s) {
		return s, nil
	}
	return "", request.Invalidf("Parameter %s is %q; it must be %s or %s.", name, request.Clip(s),
		strings.Join(words[:len(words)-1], ", "), words[len(words)-1])
}

// parseTrendsRequest reads a trend: up to six q (each may be empty), the
// filters of a search, interval and normalize.
func parseTrendsRequest(v url.Values) (analytics.TrendsRequest, error) {
	var r analytics.TrendsRequest
	if err := request.CheckKnown(v, TrendsParams); err != nil {
		return r, err
	}
	if err := request.CheckUTF8(v, TrendsParams); err != nil {
		return r, err
	}
	for _, name := range []string{"interval", "normalize", "format"} {
		if len(v[name]) > 1 {
			return r, request.Invalidf("Parameter %s is given %d times; give it at most once.", name, len(v[name]))
		}
	}
	if n := len(without(v, "interval", "normalize", "format").Encode()); n > MaxTrendAddressBytes {
		return r, request.Invalidf("The questions and filters of this trend take %s bytes in its address, more than the %s bytes a trend takes. Ask fewer or shorter questions, or choose fewer filters.",
			view.Thousands(n), view.Thousands(MaxTrendAddressBytes))
	}
	var err error
	if r.Filters, err = request.Parse(without(v, "q", "interval", "normalize", "format"), request.FeedParams); err != nil {
		return r, err
	}
	if n := len(v["q"]); n > analytics.MaxSeries {
		return r, request.Invalidf("Parameter q is given %d times; a trend compares at most %d queries.", n, analytics.MaxSeries)
	}
	for _, q := range v["q"] {
		one, err := request.Parse(url.Values{"q": {q}}, []string{"q"})
		if err != nil {
			return r, err
		}
		r.Queries = append(r.Queries, one.Query)
	}
	iv, err := choice(v, "interval", string(analytics.Year), string(analytics.Month), string(analytics.Week))
	if err != nil {
		return r, err
	}
	norm, err := choice(v, "normalize", string(analytics.Count), string(analytics.Share))
	r.Interval, r.Normalize = analytics.Interval(iv), analytics.Normalize(norm)
	return r, err
}

func (h *Handlers) trends(c echo.Context) (analytics.TrendsRequest, *analytics.Trends, error) {
	r, err := parseTrendsRequest(c.QueryParams())
	if err != nil {
		return r, nil, err
	}
	if err := h.Ready(); err != nil {
		return r, nil, err
	}
	t, err := h.Views.Trends(c.Request().Context(), r)
	return r, t, err
}

// HandleAPITrends answers /api/v1/trends: JSON, or the CSV with
// format=csv.
func (h *Handlers) HandleAPITrends(c echo.Context) error {
	switch f := c.QueryParam("format"); f {
	case "", "json":
	case "csv":
		return h.HandleTrendsCSV(c)
	default:
		return request.Invalidf("Parameter format is %q; it must be json or csv.", request.Clip(f))
	}
	r, t, err := h.trends(c)
	if err != nil {
		return err
	}
	return web.JSON(c, http.StatusOK, NewTrendsJSON(t, seriesSearches(r, t), h.Hit))
}

// seriesSearch is the search of one question of a trend over its filters,
// without dates.
func seriesSearch(r analytics.TrendsRequest, q string) string {
	return request.URL("/search", r.PeriodRequest(q, analytics.Period{}))
}

// HandleTrendsCSV answers /api/v1/trends.csv.
func (h *Handlers) HandleTrendsCSV(c echo.Context) error {
	if f := c.QueryParam("format"); f != "" && f != "csv" {
		return request.Invalidf("Parameter format is %q; /api/v1/trends.csv is CSV.", request.Clip(f))
	}
	_, t, err := h.trends(c)
	if err != nil {
		return err
	}
	// The rows are written as they are made (WriteTrendsCSV).
	hdr := c.Response().Header()
	hdr.Set("Content-Disposition", `attachment; filename="jhasearch-trends.csv"`)
	hdr.Set(echo.HeaderContentType, "text/csv; charset=utf-8")
	c.Response().WriteHeader(http.StatusOK)
	return WriteTrendsCSV(c.Response(), t, h.CSVCell)
}

// parseTermsRequest reads the parameters of /api/v1/terms.
func parseTermsRequest(v url.Values) (analytics.TermsRequest, error) {
	var r analytics.TermsRequest
	if err := request.CheckKnown(v, TermsParams); err != nil {
		return r, err
	}
	for _, name := range []string{"background", "size"} {
		if len(v[name]) > 1 {
			return r, request.Invalidf("Parameter %s is given %d times; give it at most once.", name, len(v[name]))
		}
	}
	var err error
	if r.Search, err = request.Parse(without(v, "background", "size"), request.FeedParams); err != nil {
		return r, err
	}
	bg, err := choice(v, "background", string(analytics.Archive), string(analytics.Filters))
	if err != nil {
		return r, err
	}
	r.Background = analytics.Background(bg)
	r.Size, err = request.Int(v, "size", analytics.DefaultTerms, 1, analytics.MaxTerms)
	return r, err
}

// refine is the search req narrowed to the releases that hold a term.
// Like analytics.Terms, it asks for every word: the releases with some of
// them would not be narrowed by one more.
func refine(req jhasearch.SearchRequest, t analytics.Term) jhasearch.SearchRequest {
	r := request.FilterOnly(req, false)
	r.Match = jhasearch.MatchAll
	if r.Query == "" {
		r.Query = t.Query
	} else {
		r.Query += " " + t.Query
	}
	return r
}

// HandleAPITerms answers /api/v1/terms: the characteristic words of a
// search.
func (h *Handlers) HandleAPITerms(c echo.Context) error {
	r, err := parseTermsRequest(c.QueryParams())
	if err != nil {
		return err
	}
	if err := h.Ready(); err != nil {
		return err
	}
	t, err := h.Views.Terms(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return web.JSON(c, http.StatusOK, NewTermsJSON(t, func(tm analytics.Term) string {
		return request.URL("/search", refine(r.Search, tm))
	}))
}

// parseRisingRequest reads at, a date; absent is today.
func parseRisingRequest(v url.Values) (analytics.RisingRequest, error) {
	var r analytics.RisingRequest
	if err := request.CheckKnown(v, RisingParams); err != nil {
		return r, err
	}
	at, err := request.Single(v, "at")
	if err != nil || at == "" {
		return r, err
	}
	t, err := time.Parse(jhasearch.DateLayout, at)
	if err != nil || t.Year() < 1000 {
		return r, request.Invalidf("Parameter at is %q; it must be a date written YYYY-MM-DD.", request.Clip(at))
	}
	r.At = t
	return r, nil
}

// HandleAPIRising answers /api/v1/rising: what rose in the 30 days
// before a date.
func (h *Handlers) HandleAPIRising(c echo.Context) error {
	r, err := parseRisingRequest(c.QueryParams())
	if err != nil {
		return err
	}
	if err := h.Ready(); err != nil {
		return err
	}
	out, err := h.Views.Rising(c.Request().Context(), r)
	if err != nil {
		return err
	}
	return web.JSON(c, http.StatusOK, NewRisingJSON(out, resultsLink))
}

// MaxTrendAddressBytes bounds a trend's questions and filters, as they are
// written in the address of each point's search.
const MaxTrendAddressBytes = 2048
