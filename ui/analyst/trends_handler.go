package analyst

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/analytics"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/labstack/echo/v4"
)

// HandleTrendsPage shows /trends, which reads the parameters of
// /api/v1/trends. Blank question
// boxes are left out, so that the form's six boxes make as many series as
// are filled; with none filled the page shows every release.
func (h *Handlers) HandleTrendsPage(c echo.Context) error {
	v := request.WithoutTracking(c.QueryParams())
	var qs []string
	for _, q := range v["q"] {
		if strings.TrimSpace(q) != "" {
			qs = append(qs, q)
		}
	}
	v = without(v, "q")
	if len(qs) > 0 {
		v["q"] = qs
	}
	r, err := parseTrendsRequest(v)
	if err != nil {
		return err
	}
	if err := h.Ready(); err != nil {
		return err
	}
	t, err := h.Views.Trends(c.Request().Context(), r)
	if jhasearch.ErrorCode(err) == jhasearch.EINVALID {
		// A range of too many periods: the form stays as the person
		// filled it, with the message, so that they can narrow it.
		p := trendsPage(r, &analytics.Trends{Interval: r.Interval, Normalize: r.Normalize}, v)
		p.Error = jhasearch.ErrorMessage(err)
		return h.Render(c, http.StatusBadRequest, "trends", p)
	}
	if err != nil {
		return err
	}
	return h.Render(c, http.StatusOK, "trends", trendsPage(r, t, v))
}

// trendsPage is the page of trend t, asked with the parameters v.
func trendsPage(r analytics.TrendsRequest, t *analytics.Trends, v url.Values) TrendsPage {
	return NewTrendsPage(r, t, seriesSearches(r, t), without(v, "format").Encode())
}

// seriesSearches are the searches of a trend's series without dates,
// each built once: a point's is its series' with its period's dates
// (pointSearch), so that a page of a thousand points builds no thousand
// addresses from the request.
func seriesSearches(r analytics.TrendsRequest, t *analytics.Trends) []string {
	out := make([]string, len(t.Series))
	for k, s := range t.Series {
		out[k] = seriesSearch(r, s.Query)
	}
	return out
}

// TrendsURL is the trend of a search's query over its filters.
func TrendsURL(req jhasearch.SearchRequest) string {
	r := request.FilterOnly(req, false)
	v := request.Values(r)
	if r.Query == "" {
		v.Set("q", "")
	}
	return "/trends?" + v.Encode()
}
