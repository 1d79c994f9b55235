package ui

import (
	"net/http"
	"net/url"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/labstack/echo/v4"
)

// Parameter sets of the smaller endpoints (see request.SearchParams).
var (
	relatedParams = []string{"size"}
	suggestParams = []string{"q", "size"}
	noParams      = []string{}
)

// runSearch parses and runs the search of a request for the results page
// and the API. The feed and the exports parse with the same
// request.Parse, then search with their own sizes.
func (s *Server) runSearch(c echo.Context, params url.Values, allowed []string) (jhasearch.SearchRequest, *jhasearch.SearchResult, error) {
	req, err := request.Parse(params, allowed)
	if err != nil {
		return req, nil, err
	}
	if !s.search.Ready() {
		return req, nil, unavailable()
	}
	res, err := s.search.Search(c.Request().Context(), req)
	return req, res, err
}

func (s *Server) handleAPISearch(c echo.Context) error {
	req, res, err := s.runSearch(c, c.QueryParams(), request.SearchParams)
	if err != nil {
		return err
	}
	out := toAPIResult(res)
	if s.cfg.Labels != nil && req.Lang != "" && req.Lang != lang.English {
		for _, f := range jhasearch.Facets {
			if !f.Vocabulary {
				continue
			}
			for i, v := range out.Facets[f.Name] {
				out.Facets[f.Name][i].Label = s.cfg.Labels(v.Value, req.Lang)
			}
		}
	}
	return writeJSON(c, http.StatusOK, &out)
}
