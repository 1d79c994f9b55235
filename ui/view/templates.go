package view

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
)

// PageNames are the pages; each is templates/<name>.html on top of the
// shared layout and partials.
var PageNames = []string{"home", "search", "document", "error", "trends"}

// Templates holds every page template, parsed once.
type Templates struct {
	pages map[string]*template.Template
}

// ParseTemplates parses the page templates of fsys (package ui's embedded
// templates; a test passes a broken set to see the check fail). Templates
// name static files through static ({{static "style.css"}}).
func ParseTemplates(fsys fs.FS, static *Static) (*Templates, error) {
	funcs := template.FuncMap{
		"static":    static.URL,
		"thousands": Thousands,
	}
	v := &Templates{pages: map[string]*template.Template{}}
	for _, name := range PageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(fsys,
			"templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("view: parse template %s: %w", name, err)
		}
		v.pages[name] = t
	}
	return v, nil
}

// Render executes a page into a buffer, so that a failing template
// becomes an error instead of half a page.
func (v *Templates) Render(name string, data any) ([]byte, error) {
	t, ok := v.pages[name]
	if !ok {
		return nil, fmt.Errorf("view: no page template %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", data); err != nil {
		return nil, fmt.Errorf("view: render %s: %w", name, err)
	}
	return buf.Bytes(), nil
}
