package view

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseTemplatesFailsOnBrokenTemplate(t *testing.T) {
	static, err := LoadStatic(fstest.MapFS{"static/style.css": &fstest.MapFile{Data: []byte("body{}")}})
	if err != nil {
		t.Fatal(err)
	}
	good := fstest.MapFS{}
	for _, name := range append(PageNames, "layout", "partials") {
		good["templates/"+name+".html"] = &fstest.MapFile{Data: []byte(`{{define "x"}}ok{{end}}`)}
	}
	if _, err := ParseTemplates(good, static); err != nil {
		t.Fatalf("well-formed templates: %v", err)
	}
	broken := fstest.MapFS{}
	for k, v := range good {
		broken[k] = v
	}
	broken["templates/search.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{range .Hits}}{{end}`)}
	if _, err := ParseTemplates(broken, static); err == nil || !strings.Contains(err.Error(), "search") {
		t.Errorf("broken search template: err %v, want a parse error naming it", err)
	}
	delete(good, "templates/document.html")
	if _, err := ParseTemplates(good, static); err == nil {
		t.Error("missing document template: no error")
	}
}
