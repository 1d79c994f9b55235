package ui

import (
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/jhasearch/jhasearch/ui/web"
	"github.com/labstack/echo/v4"
)

func (s *Server) handleOpenAPI(c echo.Context) error {
	if err := request.CheckKnown(c.QueryParams(), noParams); err != nil {
		return err
	}
	return c.Blob(http.StatusOK, "application/json; charset=utf-8", openAPIDocument)
}

// handleAPISuggest completes what a person is typing. An empty prefix gets
// an empty list, not an error: the box asks on every key stroke.
func (s *Server) handleAPISuggest(c echo.Context) error {
	v := c.QueryParams()
	if err := request.CheckKnown(v, suggestParams); err != nil {
		return err
	}
	if err := request.CheckUTF8(v, suggestParams); err != nil {
		return err
	}
	q, err := request.Single(v, "q")
	if err != nil {
		return err
	}
	q = strings.TrimSpace(q)
	if utf8.RuneCountInString(q) > 100 {
		return request.Invalidf("Parameter q is longer than 100 characters; suggestions complete a short prefix.")
	}
	n, err := request.Int(v, "size", 8, 1, 20)
	if err != nil {
		return err
	}
	out := apiSuggestions{Query: q, Suggestions: []string{}}
	if q == "" {
		return writeJSON(c, http.StatusOK, out)
	}
	if !s.search.Ready() {
		return unavailable()
	}
	got, err := s.search.Suggest(c.Request().Context(), q, n)
	if err != nil {
		return err
	}
	out.Suggestions = append(out.Suggestions, got...)
	return writeJSON(c, http.StatusOK, out)
}

func (s *Server) handleAPIStats(c echo.Context) error {
	if err := request.CheckKnown(c.QueryParams(), noParams); err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	st, err := s.search.Stats(c.Request().Context())
	if err != nil {
		return err
	}
	return writeJSON(c, http.StatusOK, apiStats{
		Documents: st.Documents, Generation: st.Generation, BuiltAt: optionalTime(st.BuiltAt),
		Agencies: toAPIFacet(st.Agencies), Oldest: formatDate(st.Oldest), Newest: formatDate(st.Newest),
	})
}

// handleHealthz says the process answers; it never touches the index.
func (s *Server) handleHealthz(c echo.Context) error {
	web.NoStore(c)
	return writeJSON(c, http.StatusOK, apiStatus{Status: "ok"})
}

// handleReadyz says whether an index generation is served, so that a load
// balancer sends no traffic before the first index is open.
func (s *Server) handleReadyz(c echo.Context) error {
	web.NoStore(c)
	if !s.search.Ready() {
		return unavailable()
	}
	return writeJSON(c, http.StatusOK, apiStatus{Status: "ready"})
}
