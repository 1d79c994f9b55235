package ui

import (
	"embed"
	"net/http"

	"github.com/jhasearch/jhasearch/ui/view"
	"github.com/labstack/echo/v4"
)

// The templates and static files are embedded here, beside the handlers
// that serve them; package view parses and executes them.
var (
	//go:embed templates
	templatesFS embed.FS
	//go:embed static
	staticFS embed.FS
)

// render executes a page (view.Templates.Render), so a failing template
// becomes the error page instead of half a page.
func (s *Server) render(c echo.Context, status int, name string, data any) error {
	b, err := s.views.Render(name, data)
	if err != nil {
		return err
	}
	return c.HTMLBlob(status, b)
}

// renderError shows an error to a person, with the search box so they can
// go on. 503 shows that the index is being built.
func (s *Server) renderError(c echo.Context, status int, message string) error {
	b, err := s.views.Render("error", view.NewErrorPage(status, c.QueryParam("q"), message))
	if err != nil {
		s.log.Error("ui: render error page", "err", err)
		return c.String(status, message)
	}
	return c.HTMLBlob(status, b)
}

func (s *Server) handleStatic(c echo.Context) error {
	data, contentType, ok := s.static.File(c.Param("name"))
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	return c.Blob(http.StatusOK, contentType, data)
}
