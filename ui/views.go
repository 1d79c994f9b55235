package ui

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

//go:embed templates
var templatesFS embed.FS

// pageNames are the pages; each is templates/<name>.html on top of the
// shared layout and partials.
var pageNames = []string{"home", "search", "document", "error", "trends"}

// views holds every page template, parsed once.
type views struct {
	pages map[string]*template.Template
}

// parseViews parses the page templates of fsys (templatesFS in the app;
// a test passes a broken set to see New's check fail).
func parseViews(fsys fs.FS, static *staticFiles) (*views, error) {
	funcs := template.FuncMap{
		"static":    static.url,
		"thousands": thousands,
	}
	v := &views{pages: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(fsys,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("ui: parse template %s: %w", name, err)
		}
		v.pages[name] = t
	}
	return v, nil
}

// render executes a page into a buffer first, so a failing template
// becomes the error page instead of half a page.
func (s *Server) render(c echo.Context, status int, name string, data any) error {
	t, ok := s.views.pages[name]
	if !ok {
		return fmt.Errorf("ui: no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		return fmt.Errorf("ui: render %s: %w", name, err)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

// renderError shows an error to a person, with the search box so they can
// go on. 503 shows that the index is being built.
func (s *Server) renderError(c echo.Context, status int, code, message string) error {
	p := errorPage{
		layout:   layout{Title: http.StatusText(status), Query: c.QueryParam("q")},
		Status:   status,
		Heading:  errorHeading(status),
		Message:  message,
		Building: status == http.StatusServiceUnavailable,
		Invalid:  status == http.StatusBadRequest,
	}
	var buf bytes.Buffer
	if err := s.views.pages["error"].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("ui: render error page", "err", err)
		return c.String(status, message)
	}
	return c.HTMLBlob(status, buf.Bytes())
}

func errorHeading(status int) string {
	switch status {
	case http.StatusBadRequest:
		return "This search cannot be run"
	case http.StatusNotFound:
		return "Not found"
	case http.StatusServiceUnavailable:
		return "The search index is being built"
	}
	return "Something went wrong"
}

// thousands writes 12345 as "12,345".
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
