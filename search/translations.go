package search

import (
	"slices"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// A release in several languages is found through any of its versions
// (each is indexed in its language) and shown once: the matches of a
// query are collapsed to one version per translation group before they
// are filtered, counted and ranked, so totals, facets and pages count the
// release once. The version kept is one in a language the request asks
// for, else the original, else the best scored; it carries the group's
// best score. The hit shows the version in the language asked for when
// there is one, and lists the others (indexer/group/translations.go).

// loadTranslations lists the members of each translation group and the
// orders of browsing without the versions that are not originals.
func (g *generation) loadTranslations() {
	g.translations = map[string][]int32{}
	for i, e := range g.table.Entries {
		if e.Translation != "" && e.Searchable {
			g.translations[e.Translation] = append(g.translations[e.Translation], int32(i))
		}
	}
	g.newestOne, g.oldestOne, g.searchableOne = g.newest, g.oldest, g.searchable
	if len(g.translations) == 0 {
		return
	}
	keep := func(s []int32) []int32 {
		return slices.DeleteFunc(slices.Clone(s), func(i int32) bool {
			e := &g.table.Entries[i]
			return e.Translation != "" && !e.Original
		})
	}
	g.newestOne, g.oldestOne, g.searchableOne = keep(g.newest), keep(g.oldest), keep(g.searchable)
	for _, i := range g.searchable {
		if e := &g.table.Entries[i]; e.Translation != "" && !e.Original {
			g.versionsOnly = append(g.versionsOnly, i)
		}
	}
}

// collapseTranslations keeps one version per translation group of l, and
// returns the versions it dropped.
func (g *generation) collapseTranslations(l *query.List, req *jhasearch.SearchRequest) (*query.List, []int32) {
	if len(g.translations) == 0 {
		return l, nil
	}
	type pick struct {
		at    int // index in l
		rank  int
		score float32
	}
	picks := map[string]*pick{}
	for k, e := range l.Entries {
		t := g.table.Entries[e].Translation
		if t == "" {
			continue
		}
		r := g.versionRank(int(e), req)
		p, ok := picks[t]
		switch {
		case !ok:
			picks[t] = &pick{at: k, rank: r, score: l.Scores[k]}
			continue
		case r < p.rank || r == p.rank && l.Scores[k] > l.Scores[p.at]:
			p.at, p.rank = k, r
		}
		p.score = max(p.score, l.Scores[k])
	}
	if len(picks) == 0 {
		return l, nil
	}
	var dropped []int32
	out := &query.List{Entries: make([]int32, 0, l.Len()), Scores: make([]float32, 0, l.Len())}
	for k, e := range l.Entries {
		t := g.table.Entries[e].Translation
		if t == "" {
			out.Entries, out.Scores = append(out.Entries, e), append(out.Scores, l.Scores[k])
		} else if p := picks[t]; p.at == k {
			out.Entries, out.Scores = append(out.Entries, e), append(out.Scores, p.score)
		} else {
			dropped = append(dropped, e)
		}
	}
	return out, dropped
}

// countVersionLanguages adds to the language facet the versions that
// collapsing left out, so that the facet says in which languages the
// releases found exist, and ticking one of them finds its versions.
func (g *generation) countVersionLanguages(fc *facet.Counts, f *facet.Selection, versions []int32) {
	for _, e := range versions {
		if m := g.cols.Misses(f, int(e)); m == 0 || m == 1<<facet.LanguageFacet {
			g.cols.CountFacet(fc, facet.LanguageFacet, int(e))
		}
	}
}

// passing counts the entries that pass the filters f.
func (g *generation) passing(f *facet.Selection, entries []int32) int {
	if f.None() {
		return len(entries)
	}
	n := 0
	for _, e := range entries {
		if g.cols.Misses(f, int(e)) == 0 {
			n++
		}
	}
	return n
}

// versionRank orders the versions of a release for showing: one in a
// language the request asks for, then the original, then the others.
func (g *generation) versionRank(i int, req *jhasearch.SearchRequest) int {
	e := &g.table.Entries[i]
	switch {
	case wantsLanguage(req, e.Language):
		return 0
	case e.Original:
		return 1
	}
	return 2
}

func wantsLanguage(req *jhasearch.SearchRequest, code string) bool {
	c, _ := lang.Normalize(code)
	for _, l := range req.Filters.Get(jhasearch.FacetLanguage) {
		if n, _ := lang.Normalize(l); n != "" && n == c || l == code {
			return true
		}
	}
	return false
}

// version returns the entry to show for entry i: the version of its
// release in a language the request asks for, if any, else i.
func (g *generation) version(i int, req *jhasearch.SearchRequest) int {
	e := &g.table.Entries[i]
	if e.Translation == "" || len(req.Filters.Get(jhasearch.FacetLanguage)) == 0 || wantsLanguage(req, e.Language) {
		return i
	}
	for _, m := range g.translations[e.Translation] {
		if wantsLanguage(req, g.table.Entries[m].Language) {
			return int(m)
		}
	}
	return i
}

// otherVersions lists the language versions of entry i's release but i.
func (g *generation) otherVersions(i int) []jhasearch.Version {
	e := &g.table.Entries[i]
	if e.Translation == "" {
		return nil
	}
	var out []jhasearch.Version
	for _, m := range g.translations[e.Translation] {
		if int(m) != i {
			o := &g.table.Entries[m]
			out = append(out, jhasearch.Version{ID: o.ID, Language: o.Language, Title: o.Title})
		}
	}
	slices.SortFunc(out, func(a, b jhasearch.Version) int {
		if a.Language != b.Language {
			if a.Language < b.Language {
				return -1
			}
			return 1
		}
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
	return out
}
