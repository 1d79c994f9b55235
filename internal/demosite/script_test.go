package demosite

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// The CEPOL newsroom's pages as sent hold no release text outside their
// scripts: only a crawler that runs them can read the releases. Its API
// lists every release once, page by page.
func TestScriptNewsroomNeedsItsScript(t *testing.T) {
	srv := newServer(t)
	shell, _ := get(t, srv.URL+"/cepol/newsroom/news?page=0", 200)
	if !strings.Contains(shell, `<script src="/cepol/static/app.js">`) || strings.Contains(shell, "news-card") {
		t.Errorf("listing shell:\n%s", shell)
	}
	listed := map[string]bool{}
	for page := 0; ; page++ {
		body, _ := get(t, fmt.Sprintf("%s/cepol/api/news?page=%d", srv.URL, page), 200)
		var data struct {
			Items []scriptCard `json:"items"`
			Next  *int         `json:"next"`
		}
		if err := json.Unmarshal([]byte(body), &data); err != nil {
			t.Fatalf("page %d: %v", page, err)
		}
		for _, it := range data.Items {
			listed[it.Slug] = true
		}
		if data.Next == nil {
			break
		}
		if *data.Next != page+1 {
			t.Fatalf("page %d: next = %d", page, *data.Next)
		}
	}
	for _, r := range ScriptReleases() {
		if !listed[r.Slug] {
			t.Errorf("%s: not listed by the API", r.Slug)
		}
		page, _ := get(t, r.URL(srv.URL), 200)
		visible := page[:strings.Index(page, `<script type="application/json"`)]
		if strings.Contains(visible, r.Paragraphs[0][:30]) || !strings.Contains(page, r.Paragraphs[0][:30]) {
			t.Errorf("%s: the release text must be in the page's data only:\n%s", r.Slug, page)
		}
	}
	if !strings.Contains(string(ScriptSources(srv.URL)), "fetch: browser") {
		t.Error("ScriptSources does not ask for the browser")
	}
}
