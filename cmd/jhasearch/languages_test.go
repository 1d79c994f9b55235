package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch/internal/langtext"
)

// TestImportedTranslationIsOneRelease: an English release and its German
// translation, imported without a language (the text decides) and linked
// by translation_of, come out of the API and the results page as one hit,
// with an "also in" link to the other version; a German word finds it, and
// language=de shows the German version.
func TestImportedTranslationIsOneRelease(t *testing.T) {
	en, _ := langtext.Get("en")
	de, _ := langtext.Get("de")
	line := func(v map[string]any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	docs := line(map[string]any{"id": "checks-en", "url": "https://frontex.example/news/checks", "agency": "Frontex",
		"title": en.Title, "published": "2025-06-01", "body": en.Body}) +
		line(map[string]any{"id": "checks-de", "url": "https://frontex.example/news/kontrollen", "agency": "Frontex",
			"title": de.Title, "published": "2025-06-01", "body": de.Body, "translation_of": "checks-en"})
	data := t.TempDir()
	if r := runCmd(t, "", "import", "--data", data, writeFile(t, "docs.jsonl", docs)); r.code != exitOK {
		t.Fatalf("import exited %d: %s", r.code, r.stderr)
	}
	base := startServe(t, data)
	type answer struct {
		Total    int `json:"total"`
		Versions int `json:"versions"`
		Hits     []struct {
			ID           string `json:"id"`
			Language     string `json:"language"`
			Translations []struct {
				ID       string `json:"id"`
				Language string `json:"language"`
			} `json:"translations"`
		} `json:"hits"`
		Facets map[string][]struct {
			Value string `json:"value"`
			Label string `json:"label"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	for _, c := range []struct{ query, id, lang, other string }{
		{"q=Europol", "checks-en", "en", "de"},
		// No language asked for: the original, which the vocabulary finds
		// too (border management, "Grenzkontrolle" in German).
		{"q=Grenzkontrolle", "checks-en", "en", "de"},
		{"q=Europol&language=de", "checks-de", "de", "en"},
	} {
		var a answer
		if err := getJSON(base+"/api/v1/search?"+c.query, &a); err != nil {
			t.Fatal(err)
		}
		if a.Total != 1 || len(a.Hits) != 1 {
			t.Fatalf("%s: total %d, hits %+v; want one release", c.query, a.Total, a.Hits)
		}
		h := a.Hits[0]
		if h.ID != c.id || h.Language != c.lang || len(h.Translations) != 1 || h.Translations[0].Language != c.other {
			t.Errorf("%s: hit %+v, want %s (%s) also in %s", c.query, h, c.id, c.lang, c.other)
		}
		if c.query == "q=Europol" {
			if a.Versions != 2 {
				t.Errorf("%s: versions %d, want 2", c.query, a.Versions)
			}
			var labels []string
			for _, f := range a.Facets["language"] {
				labels = append(labels, f.Label)
			}
			// Both languages the release exists in, each once.
			if strings.Join(labels, ",") != "Deutsch (de),English (en)" {
				t.Errorf("language facet labels %v", labels)
			}
		}
	}
	resp, err := http.Get(base + "/search?q=" + url.QueryEscape("Europol"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	page := string(body)
	if n := strings.Count(page, `class="hit"`); n != 1 {
		t.Errorf("results page lists %d hits, want 1", n)
	}
	if !strings.Contains(page, `Also in <a href="/documents/checks-de" hreflang="de" lang="de"`) {
		t.Errorf("results page has no also-in link to the German version:\n%s", page)
	}
	if !strings.Contains(page, "(2 language versions)") {
		t.Errorf("results page does not count the versions")
	}
}

// TestDemoNewsroomInLanguages crawls the demo newsroom, whose releases in
// other languages include one in six languages linked by hreflang, and
// searches it through the API: the six versions are one release, found in
// any of its languages; the languages are recognised, even on a page
// whose template says "en" around a German body; language=de filters.
func TestDemoNewsroomInLanguages(t *testing.T) {
	_, sources := demoSources(t)
	data := t.TempDir()
	if res := runCmd(t, "", "crawl", "--data", data, "--sources", sources); res.code != exitOK {
		t.Fatalf("crawl exited %d:\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	base := startServe(t, data)
	type answer struct {
		Total    int `json:"total"`
		Versions int `json:"versions"`
		Hits     []struct {
			Title        string `json:"title"`
			Agency       string `json:"agency"`
			Language     string `json:"language"`
			Translations []struct {
				Language string `json:"language"`
			} `json:"translations"`
		} `json:"hits"`
		Facets map[string][]struct {
			Value string `json:"value"`
			Label string `json:"label"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	ask := func(q string) answer {
		var a answer
		if err := getJSON(base+"/api/v1/search?"+q, &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	// The release in six languages, by a word of each language.
	for _, q := range []string{"Grenzkontrollen", "frontières", "traficantes", "valichi", "przejściach", "crossing points"} {
		a := ask("q=" + url.QueryEscape(q) + "&agency=Frontex")
		n := 0
		for _, h := range a.Hits {
			if len(h.Translations) == 5 {
				n++
			}
		}
		if n != 1 {
			t.Errorf("q=%s: %d hits with five other versions, want the release once: %+v", q, n, a.Hits)
		}
	}
	all := ask("size=1")
	labels := map[string]string{}
	for _, f := range all.Facets["language"] {
		labels[f.Value] = f.Label
	}
	for code, label := range map[string]string{"en": "English (en)", "de": "Deutsch (de)", "it": "Italiano (it)", "pt": "Português (pt)"} {
		if labels[code] != label {
			t.Errorf("language facet: %s labelled %q, want %q (facet %v)", code, labels[code], label, labels)
		}
	}
	de := ask("language=de&size=100")
	var titles []string
	for _, h := range de.Hits {
		titles = append(titles, h.Agency+": "+h.Title)
		if h.Language != "de" {
			t.Errorf("language=de gave a release in %q", h.Language)
		}
	}
	joined := strings.Join(titles, "\n")
	for _, want := range []string{"Eurojust: Gemeinsames Ermittlungsteam", "Frontex: Grenzkontrollen an drei Übergängen"} {
		if !strings.Contains(joined, want) {
			t.Errorf("language=de lacks %q:\n%s", want, joined)
		}
	}
	if a := ask("q=sospettato"); a.Total != 1 || a.Hits[0].Agency != "EPPO" || a.Hits[0].Language != "it" {
		t.Errorf("q=sospettato: %+v, want the EPPO release in Italian", a.Hits)
	}
	// Facet labels in English unless lang asks for another language; the
	// values stay the English labels.
	sisLabel := func(a answer) (string, bool) {
		for _, f := range a.Facets["system"] {
			if f.Value == "Schengen Information System (SIS)" {
				return f.Label, true
			}
		}
		return "", false
	}
	if l, ok := sisLabel(ask("size=1")); !ok || l != "" {
		t.Errorf("without lang: SIS labelled %q (found %v), want the value alone", l, ok)
	}
	if l, _ := sisLabel(ask("size=1&lang=de")); l != "Schengener Informationssystem" {
		t.Errorf("lang=de: SIS labelled %q", l)
	}
	resp, err := http.Get(base + "/search?lang=fr")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(page), `<span class="value">système d&#39;information Schengen</span>`) {
		t.Errorf("the results page with lang=fr does not label SIS in French")
	}
	if err := getJSON(base+"/api/v1/search?lang=xx", new(answer)); err == nil || !strings.Contains(err.Error(), "400") {
		t.Errorf("lang=xx: %v, want a 400", err)
	}
}
