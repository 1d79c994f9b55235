package demosite

import (
	"bytes"
	"regexp"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sourcesFile is the schema the scraper implements; decoding with
// KnownFields rejects any key outside it.
type sourcesFile struct {
	Sources []struct {
		Name    string   `yaml:"name"`
		Kind    string   `yaml:"kind"`
		Start   []string `yaml:"start"`
		Article string   `yaml:"article"`
		Next    string   `yaml:"next"`
		Select  struct {
			Title   string   `yaml:"title"`
			Date    string   `yaml:"date"`
			Summary string   `yaml:"summary"`
			Body    string   `yaml:"body"`
			Tags    string   `yaml:"tags"`
			Remove  []string `yaml:"remove"`
		} `yaml:"select"`
		DateLayout string   `yaml:"date_layout"`
		Timezone   string   `yaml:"timezone"`
		TagLine    bool     `yaml:"tag_line"`
		Language   string   `yaml:"language"`
		Rate       string   `yaml:"rate"`
		AllowHosts []string `yaml:"allow_hosts"`
		// Facets are the facet rules (the type facet's).
		Facets map[string][]map[string]string `yaml:"facets"`
	} `yaml:"sources"`
}

func parseSources(t *testing.T, base string) sourcesFile {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(Sources(base)))
	dec.KnownFields(true)
	var f sourcesFile
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("parse Sources(%q): %v", base, err)
	}
	return f
}

func TestSourcesMatchTheSite(t *testing.T) {
	srv := newServer(t)
	f := parseSources(t, srv.URL+"/")
	if len(f.Sources) != len(agencies) {
		t.Fatalf("got %d sources, want %d", len(f.Sources), len(agencies))
	}
	// Every URL the site publishes: articles, listings, feed and sitemaps.
	all := map[string]bool{}
	for _, r := range Releases() {
		all[r.URL(srv.URL)] = true
		all[r.ListedURL(srv.URL)] = true
	}
	for _, s := range f.Sources {
		for _, u := range s.Start {
			all[u] = true
		}
	}
	for _, s := range f.Sources {
		t.Run(s.Name, func(t *testing.T) {
			if s.Kind == "" || len(s.Start) == 0 || s.Language != "en" || s.Rate != "1ms" {
				t.Errorf("incomplete source: %+v", s)
			}
			if len(s.AllowHosts) != 1 || s.AllowHosts[0] != "127.0.0.1" {
				t.Errorf("allow_hosts %v, want [127.0.0.1]", s.AllowHosts)
			}
			if (s.Kind == "html") != (s.Next != "") {
				t.Errorf("kind %s with next %q", s.Kind, s.Next)
			}
			for _, u := range s.Start {
				get(t, u, 200)
			}
			re, err := regexp.Compile(s.Article)
			if err != nil {
				t.Fatalf("article pattern: %v", err)
			}
			want := releaseURLs(srv.URL, s.Name)
			for u := range listedURLs(srv.URL, s.Name) {
				want[u] = true
			}
			for u := range all {
				if re.MatchString(u) != want[u] {
					t.Errorf("article pattern %q on %s: %v, want %v", s.Article, u, !want[u], want[u])
				}
			}
		})
	}
}

func TestSourcesQuoting(t *testing.T) {
	f := parseSources(t, "http://127.0.0.1:43567")
	if got, want := f.Sources[0].Start[0], "http://127.0.0.1:43567/eulisa/news-and-events?ts=&tp=77&page=0"; got != want {
		t.Errorf("eu-LISA start %q, want %q", got, want)
	}
	if got, want := f.Sources[0].Select.Remove, []string{".share-block", ".suggested-reads"}; len(got) != 2 || got[0] != want[0] {
		t.Errorf("eu-LISA remove %q, want %q", got, want)
	}
}
