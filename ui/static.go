package ui

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"

	"github.com/labstack/echo/v4"
)

//go:embed static
var staticFS embed.FS

// staticFiles serves the embedded style sheet, script and icons under names
// that carry a hash of their content ("style.3f2a9c01b7d4.css"). A changed
// file gets a new name, so browsers may keep every file for a year.
type staticFiles struct {
	byHashed map[string]staticFile // "style.3f2a….css" → file
	byName   map[string]string     // "style.css" → "/static/style.3f2a….css"
}

type staticFile struct {
	data        []byte
	contentType string
}

func loadStatic() (*staticFiles, error) {
	sf := &staticFiles{byHashed: map[string]staticFile{}, byName: map[string]string{}}
	entries, err := fs.ReadDir(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("ui: read static files: %w", err)
	}
	for _, e := range entries {
		data, err := staticFS.ReadFile("static/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("ui: read static file %s: %w", e.Name(), err)
		}
		sum := sha256.Sum256(data)
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext
		sf.byHashed[hashed] = staticFile{data: data, contentType: mime.TypeByExtension(ext)}
		sf.byName[e.Name()] = "/static/" + hashed
	}
	return sf, nil
}

// url returns the cache-busting address of a static file; templates call it
// as {{static "style.css"}}. An unknown name fails the template, which
// parseViews executes once at start.
func (sf *staticFiles) url(name string) (string, error) {
	u, ok := sf.byName[name]
	if !ok {
		return "", fmt.Errorf("ui: no static file %q", name)
	}
	return u, nil
}

func (s *Server) handleStatic(c echo.Context) error {
	f, ok := s.static.byHashed[c.Param("name")]
	if !ok {
		return echo.NewHTTPError(http.StatusNotFound)
	}
	c.Response().Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	return c.Blob(http.StatusOK, f.contentType, f.data)
}
