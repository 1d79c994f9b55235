package view

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"
)

// Static holds the style sheet, script and icons under names that carry a
// hash of their content ("style.3f2a9c01b7d4.css"). A changed file gets a
// new name, so browsers may keep every file for a year.
type Static struct {
	byHashed map[string]staticFile // "style.3f2a….css" → file
	byName   map[string]string     // "style.css" → "/static/style.3f2a….css"
}

type staticFile struct {
	data        []byte
	contentType string
}

// LoadStatic reads every file of fsys's directory static and names it by
// its hash.
func LoadStatic(fsys fs.FS) (*Static, error) {
	sf := &Static{byHashed: map[string]staticFile{}, byName: map[string]string{}}
	entries, err := fs.ReadDir(fsys, "static")
	if err != nil {
		return nil, fmt.Errorf("view: read static files: %w", err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(fsys, "static/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("view: read static file %s: %w", e.Name(), err)
		}
		sum := sha256.Sum256(data)
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:6]) + ext
		sf.byHashed[hashed] = staticFile{data: data, contentType: mime.TypeByExtension(ext)}
		sf.byName[e.Name()] = "/static/" + hashed
	}
	return sf, nil
}

// URL returns the cache-busting address of a static file; templates call it
// as {{static "style.css"}}. An unknown name fails the template, which
// ParseTemplates executes once at start.
func (sf *Static) URL(name string) (string, error) {
	u, ok := sf.byName[name]
	if !ok {
		return "", fmt.Errorf("view: no static file %q", name)
	}
	return u, nil
}

// File returns the content and type of a file by its hashed name.
func (sf *Static) File(hashed string) (data []byte, contentType string, ok bool) {
	f, ok := sf.byHashed[hashed]
	return f.data, f.contentType, ok
}
