package demosite

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestReleasesAreDeterministic(t *testing.T) {
	if diff := cmp.Diff(generate(), generate()); diff != "" {
		t.Fatalf("two generations differ (-first +second):\n%s", diff)
	}
}

func TestReleasesShape(t *testing.T) {
	rs := Releases()
	if len(rs) < 250 || len(rs) > 350 {
		t.Errorf("got %d releases, want about 300", len(rs))
	}
	perAgency := map[string]int{}
	paths := map[string]bool{}
	titles := map[string]bool{}
	first, last := rs[0].Published, rs[0].Published
	for _, r := range rs {
		perAgency[r.Agency]++
		if paths[r.Path] {
			t.Errorf("path %s used twice", r.Path)
		}
		paths[r.Path] = true
		if titles[r.Agency+"|"+r.Title] {
			t.Errorf("%s: title %q used twice", r.Agency, r.Title)
		}
		titles[r.Agency+"|"+r.Title] = true
		if n := len(r.Paragraphs); n < 3 || n > 8 {
			t.Errorf("%s: %d paragraphs, want 3 to 8", r.Path, n)
		}
		if len(r.Tags) == 0 || r.Summary == "" || r.Slug == "" {
			t.Errorf("%s: missing tags, summary or slug", r.Path)
		}
		if r.Published.Hour() != 0 || r.Published.Location() != time.UTC {
			t.Errorf("%s: published %v, want midnight UTC", r.Path, r.Published)
		}
		if r.Published.Before(first) {
			first = r.Published
		}
		if r.Published.After(last) {
			last = r.Published
		}
	}
	for _, a := range agencies {
		if perAgency[a.name] < 40 {
			t.Errorf("%s: %d releases, want at least 40", a.name, perAgency[a.name])
		}
	}
	if first.Year() != 2010 || last.Year() != 2026 {
		t.Errorf("releases span %d to %d, want 2010 to 2026", first.Year(), last.Year())
	}
}

func TestSeedRelease(t *testing.T) {
	var got []Release
	for _, r := range Releases() {
		if r.Title == "EMPACT Communication Network gathers in Tallinn" {
			got = append(got, r)
		}
	}
	if len(got) != 1 {
		t.Fatalf("got %d seed releases, want 1", len(got))
	}
	r := got[0]
	type view struct {
		Agency, Date, Path string
		Tags, Credits      []string
		LegacyTags         bool
	}
	want := view{Agency: "eu-LISA", Date: "2024-02-15", Tags: []string{"JHAA", "European Institutions", "Eurodac", "SIS"},
		Credits: []string{"Photo: eu-LISA"}, LegacyTags: true,
		Path: "/eulisa/news-and-events/news/empact-communication-network-gathers-in-tallinn"}
	gotSum := view{Agency: r.Agency, Date: r.Date(), Tags: r.Tags, Credits: r.Credits, LegacyTags: r.LegacyTags, Path: r.Path}
	if diff := cmp.Diff(want, gotSum); diff != "" {
		t.Errorf("seed release mismatch (-want +got):\n%s", diff)
	}
}

func TestJointReleases(t *testing.T) {
	groups := map[string][]Release{}
	for _, r := range Releases() {
		if r.Group != "" {
			groups[r.Group] = append(groups[r.Group], r)
		}
	}
	if len(groups) < 4 {
		t.Fatalf("got %d joint groups, want at least 4", len(groups))
	}
	for g, rs := range groups {
		agencies := map[string]bool{}
		for _, r := range rs {
			agencies[r.Agency] = true
			if !r.Published.Equal(rs[0].Published) {
				t.Errorf("group %s: %s published %s, want %s", g, r.Agency, r.Date(), rs[0].Date())
			}
			if r.Paragraphs[0] != rs[0].Paragraphs[0] {
				t.Errorf("group %s: %s opens differently", g, r.Agency)
			}
		}
		if len(agencies) < 2 || len(agencies) != len(rs) {
			t.Errorf("group %s: %d releases from %d agencies, want one each from 2 or 3", g, len(rs), len(agencies))
		}
	}
}

func TestThemeBanks(t *testing.T) {
	for _, a := range agencies {
		for i, th := range append(append([]theme(nil), a.themes...), sharedThemes...) {
			if len(th.leadOf) != len(th.titles) {
				t.Errorf("%s theme %d: %d titles but %d leadOf entries", a.key, i, len(th.titles), len(th.leadOf))
			}
			for _, l := range th.leadOf {
				if l >= len(th.leads) {
					t.Errorf("%s theme %d: leadOf %d, only %d leads", a.key, i, l, len(th.leads))
				}
			}
			if len(th.tags) == 0 || len(th.facts) < 4 {
				t.Errorf("%s theme %d: %d tags, %d facts", a.key, i, len(th.tags), len(th.facts))
			}
		}
	}
}

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"EMPACT Communication Network gathers in Tallinn", "empact-communication-network-gathers-in-tallinn"},
		{"Irregular crossings fall by 12% in Gdańsk", "irregular-crossings-fall-by-12-percent-in-gdansk"},
		{ScriptTitle, "awareness-session-on-web-attacks-why-script-alert-1-script-and-img-src-x-onerror"},
		{"Entry/Exit System: countdown", "entry-exit-system-countdown"},
	}
	for _, tt := range tests {
		if got := slugify(tt.in); got != tt.want {
			t.Errorf("slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
