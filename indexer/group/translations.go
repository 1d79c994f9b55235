package group

import "regexp"

// Translations: the same release in several languages is one release with
// language versions. Versions are linked by the documents themselves (a
// page's hreflang and alternate links, an import's translation_of or
// translations: jhasearch.Document.Translations) and by the source's URL
// pattern: two addresses that differ only in a language segment
// ("/en/news/x" and "/de/news/x"). Every version stays searchable in its
// own language; search shows a group once (package search), in the
// language asked for or the original.

// urlLanguage finds a language segment of a URL path: "/de/" or "/de" at
// the end, or a "_de" or "-de" suffix of the last segment.
var urlLanguage = regexp.MustCompile(`/(bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv)(/|$)|[_-](bg|cs|da|de|el|en|es|et|fi|fr|ga|hr|hu|it|lt|lv|mt|nl|pl|pt|ro|sk|sl|sv)$`)

// urlPattern is the URL with its language segment replaced by "*", "" when
// it has none.
func urlPattern(url string) string {
	loc := urlLanguage.FindStringSubmatchIndex(url)
	if loc == nil {
		return ""
	}
	lang := loc[2:4]
	if lang[0] < 0 {
		lang = loc[6:8]
	}
	return url[:lang[0]] + "*" + url[lang[1]:]
}

// translationInfo is what grouping knows of a document's versions.
type translationInfo struct {
	keys  []string // its id, URL and aliases
	links []string // the ids and URLs of its other versions
	// pattern is its URL with the language segment as "*".
	pattern string
}

func newTranslationInfo(id, url string, aliases, links []string) translationInfo {
	t := translationInfo{keys: append([]string{id}, aliases...), links: links, pattern: urlPattern(url)}
	if url != "" {
		t.keys = append(t.keys, url)
	}
	return t
}

// translationGroups returns, for every live document, the name of its
// translation group ("" for a release in one language) and whether it is
// the group's original: the version the others link to most, then the
// earliest, then the English one, then the smallest id.
func translationGroups(sigs []Signature, live []bool) (names []string, original []bool) {
	n := len(sigs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		if ra, rb := find(a), find(b); ra != rb {
			parent[ra] = rb
		}
	}
	byKey := map[string]int{}
	byPattern := map[string][]int{}
	for i := range sigs {
		if !live[i] {
			continue
		}
		for _, k := range sigs[i].tr.keys {
			byKey[k] = i
		}
		if p := sigs[i].tr.pattern; p != "" {
			byPattern[p] = append(byPattern[p], i)
		}
	}
	inbound := make([]int, n)
	for i := range sigs {
		if !live[i] {
			continue
		}
		for _, l := range sigs[i].tr.links {
			if j, ok := byKey[l]; ok && j != i {
				union(i, j)
				inbound[j]++
			}
		}
	}
	for _, members := range byPattern {
		for _, j := range members[1:] {
			if sigs[j].language != sigs[members[0]].language {
				union(members[0], j)
			}
		}
	}
	groups := map[int][]int{}
	for i := range sigs {
		if live[i] {
			groups[find(i)] = append(groups[find(i)], i)
		}
	}
	names, original = make([]string, n), make([]bool, n)
	for _, m := range groups {
		if len(m) < 2 {
			continue
		}
		best, name := m[0], sigs[m[0]].id
		for _, i := range m[1:] {
			a, b := &sigs[i], &sigs[best]
			switch {
			case inbound[i] != inbound[best]:
				if inbound[i] > inbound[best] {
					best = i
				}
			case a.day != b.day:
				if a.day < b.day {
					best = i
				}
			case (a.language == "en") != (b.language == "en"):
				if a.language == "en" {
					best = i
				}
			case a.id < b.id:
				best = i
			}
			name = min(name, sigs[i].id)
		}
		for _, i := range m {
			names[i] = "t-" + name
		}
		original[best] = true
	}
	return names, original
}
