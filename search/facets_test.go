package search

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jhasearch/jhasearch"
)

// expectation computes, straight from a generated corpus, what a search
// must answer. The generator's joint releases are exact copies published a
// day later by another agency, so the group is found by equal bodies here,
// independently of the indexer's MinHash grouping; the earliest member is
// the one searched, indexed with every agency of the group.
type expectation struct {
	searchable []jhasearch.Document
	agencies   map[string][]string // id -> agencies of its group
}

func expect(docs []jhasearch.Document) *expectation {
	x := &expectation{agencies: map[string][]string{}}
	first := map[string]string{} // body -> id of the first member
	for _, d := range docs {
		if id, ok := first[d.Body]; ok {
			x.agencies[id] = append(x.agencies[id], d.Agency)
			continue
		}
		first[d.Body] = d.ID
		x.agencies[d.ID] = []string{d.Agency}
		x.searchable = append(x.searchable, d)
	}
	return x
}

// answer returns the total and the facets of req over docs that match the
// text predicate: each facet applies every filter but its own.
func (x *expectation) answer(req jhasearch.SearchRequest, text func(d jhasearch.Document) bool) (int, map[string][]jhasearch.FacetValue) {
	in := func(sel []string, vals ...string) bool {
		if len(sel) == 0 {
			return true
		}
		for _, v := range vals {
			if slices.Contains(sel, v) {
				return true
			}
		}
		return false
	}
	dims := []struct {
		facet string
		sel   []string
		vals  func(d jhasearch.Document) []string
	}{
		{jhasearch.FacetAgency, req.Filters.Get(jhasearch.FacetAgency), func(d jhasearch.Document) []string { return x.agencies[d.ID] }},
		{jhasearch.FacetTag, req.Filters.Get(jhasearch.FacetTag), func(d jhasearch.Document) []string { return d.Tags }},
		{jhasearch.FacetTopic, req.Filters.Get(jhasearch.FacetTopic), func(d jhasearch.Document) []string { return d.Topics }},
		{jhasearch.FacetSystem, req.Filters.Get(jhasearch.FacetSystem), func(d jhasearch.Document) []string { return d.Systems }},
		{jhasearch.FacetCountry, req.Filters.Get(jhasearch.FacetCountry), func(d jhasearch.Document) []string { return d.Countries }},
		{jhasearch.FacetLanguage, req.Filters.Get(jhasearch.FacetLanguage), func(d jhasearch.Document) []string { return []string{d.Language} }},
		{jhasearch.FacetType, req.Filters.Get(jhasearch.FacetType), func(d jhasearch.Document) []string {
			if d.Type == "" {
				return []string{jhasearch.TypeOther}
			}
			return []string{d.Type}
		}},
	}
	counts := map[string]map[string]int{jhasearch.FacetYear: {}}
	for _, dm := range dims {
		counts[dm.facet] = map[string]int{}
	}
	total := 0
	for _, d := range x.searchable {
		dt := (req.From.IsZero() || !d.Published.Before(req.From)) && (req.To.IsZero() || !d.Published.After(req.To))
		if !text(d) || !dt {
			continue
		}
		failed := -1 // the one dimension that fails, if only one does
		fails := 0
		for k, dm := range dims {
			if !in(dm.sel, dm.vals(d)...) {
				failed, fails = k, fails+1
			}
		}
		for k, dm := range dims {
			if fails == 0 || fails == 1 && failed == k {
				for _, v := range dedupe(dm.vals(d)) {
					counts[dm.facet][v]++
				}
			}
		}
		if fails == 0 {
			counts[jhasearch.FacetYear][d.Published.Format("2006")]++
			total++
		}
	}
	out := map[string][]jhasearch.FacetValue{}
	for name, c := range counts {
		out[name] = []jhasearch.FacetValue{}
		for v, n := range c {
			out[name] = append(out[name], jhasearch.FacetValue{Value: v, Count: n})
		}
		sort.Slice(out[name], func(i, j int) bool {
			a, b := out[name][i], out[name][j]
			return a.Count > b.Count || a.Count == b.Count && a.Value < b.Value
		})
	}
	return total, out
}

func dedupe(xs []string) []string {
	s := slices.Clone(xs)
	slices.Sort(s)
	return slices.Compact(s)
}

// hasStem reports whether the analysed title, summary or body of d holds
// the stem of word; it uses Bleve's English analyzer, not the engine.
func hasStem(word string) func(d jhasearch.Document) bool {
	a, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		panic(err)
	}
	stem := string(a.Analyze([]byte(word))[0].Term)
	return func(d jhasearch.Document) bool {
		for _, f := range []string{d.Title, d.Summary, d.Body} {
			for _, tok := range a.Analyze([]byte(f)) {
				if string(tok.Term) == stem {
					return true
				}
			}
		}
		return false
	}
}

// withVocabularyFacets gives the generated releases topics, systems and
// countries from small pools, drawn from a generator of their own so that
// the releases' text stays as generated.
func withVocabularyFacets(docs []jhasearch.Document) []jhasearch.Document {
	rng := rand.New(rand.NewPCG(11, 13))
	pick := func(pool []string) []string {
		var out []string
		for _, v := range pool {
			if rng.IntN(4) == 0 {
				out = append(out, v)
			}
		}
		return out
	}
	for i := range docs {
		docs[i].Topics = pick([]string{"Cocaine", "Drug trafficking", "Migrant smuggling", "Cyber-attacks", "Asylum"})
		docs[i].Systems = pick([]string{"Schengen Information System (SIS)", "Eurodac", "Visa Information System (VIS)"})
		docs[i].Countries = pick([]string{"Italy", "Poland", "Spain", "Greece", "Türkiye"})
	}
	// Types from a generator of their own, so that the values above stay
	// as they were; one release in five has none (other).
	trng := rand.New(rand.NewPCG(17, 19))
	for i := range docs {
		if k := trng.IntN(5); k < 4 {
			docs[i].Type = jhasearch.TypeChoices[k].Value
		}
	}
	return docs
}

func TestFiltersAndFacets(t *testing.T) {
	docs := withVocabularyFacets(collect(generate(3, 600, 400)))
	e, _ := openFixture(t, docs)
	x := expect(docs)
	all := func(jhasearch.Document) bool { return true }
	y := func(s string) time.Time { return day(s) }
	word := mostCommonInventedWord(docs)
	tests := []struct {
		name string
		req  jhasearch.SearchRequest
		text func(jhasearch.Document) bool
	}{
		{"everything", jhasearch.SearchRequest{}, all},
		{"one agency", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"Europol"}}}, all},
		{"two agencies", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"Europol", "FRA"}}}, all},
		{"agency and tag", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"Frontex"}, "tag": []string{"drugs", "asylum"}}}, all},
		{"language", jhasearch.SearchRequest{Filters: jhasearch.Filters{"language": []string{"de", "fr"}}}, all},
		{"dates inclusive", jhasearch.SearchRequest{From: y("2014-03-01"), To: y("2016-02-29")}, all},
		{"everything at once", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"EUAA", "EPPO", "CEPOL"}, "tag": []string{"training", "fraud", "events"}, "language": []string{"en"}}, From: y("2012-01-01")}, all},
		{"word", jhasearch.SearchRequest{Query: word}, hasStem(word)},
		{"word and agencies", jhasearch.SearchRequest{Query: word, Filters: jhasearch.Filters{"agency": []string{"Eurojust", "EIGE"}}}, hasStem(word)},
		{"word and tag and dates", jhasearch.SearchRequest{Query: word, Filters: jhasearch.Filters{"tag": []string{"operations"}}, From: y("2013-01-01"), To: y("2020-12-31")}, hasStem(word)},
		{"topic", jhasearch.SearchRequest{Filters: jhasearch.Filters{"topic": []string{"Cocaine"}}}, all},
		{"two systems", jhasearch.SearchRequest{Filters: jhasearch.Filters{"system": []string{"Eurodac", "Visa Information System (VIS)"}}}, all},
		{"country", jhasearch.SearchRequest{Filters: jhasearch.Filters{"country": []string{"Türkiye"}}}, all},
		{"topic, system and country", jhasearch.SearchRequest{Filters: jhasearch.Filters{"topic": []string{"Asylum", "Migrant smuggling"}, "system": []string{"Eurodac"}, "country": []string{"Greece", "Italy"}}}, all},
		{"word, topic and agency", jhasearch.SearchRequest{Query: word, Filters: jhasearch.Filters{"topic": []string{"Drug trafficking"}, "agency": []string{"Europol", "EUDA", "Frontex"}}}, hasStem(word)},
		{"two types", jhasearch.SearchRequest{Filters: jhasearch.Filters{"type": {"news", "other"}}}, all},
		{"word, type and agency", jhasearch.SearchRequest{Query: word, Filters: jhasearch.Filters{"type": {"event"}, "agency": {"Europol", "Frontex"}}}, hasStem(word)},
		{"word, every filter", jhasearch.SearchRequest{Query: word, Filters: jhasearch.Filters{"agency": []string{"Europol", "Frontex", "Eurojust", "EUAA"}, "tag": []string{"operations", "drugs", "borders", "training", "asylum", "fraud"}, "language": []string{"en", "de"}}, From: y("2011-06-01")}, hasStem(word)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := search(t, e, tt.req)
			total, facets := x.answer(tt.req, tt.text)
			if total == 0 {
				t.Fatalf("test case matches nothing; it would prove little")
			}
			if res.Total != total {
				t.Errorf("Total = %d, want %d", res.Total, total)
			}
			if diff := cmp.Diff(facets, res.Facets, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("facets mismatch (-want +got):\n%s", diff)
			}
			if len(res.Hits) != min(total, 100) {
				t.Errorf("%d hits, want %d", len(res.Hits), min(total, 100))
			}
		})
	}
}

// mostCommonInventedWord picks a word of the generated text that the
// analyzer leaves alone and that many but not all documents hold.
func mostCommonInventedWord(docs []jhasearch.Document) string {
	df := map[string]int{}
	for _, d := range docs[:200] {
		seen := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(d.Body)) {
			w = strings.Trim(w, ".")
			if len(w) >= 6 && !seen[w] && !slices.Contains(genDomainWords, w) {
				seen[w] = true
				df[w]++
			}
		}
	}
	best := ""
	for w, n := range df {
		if n < 80 && (best == "" || n > df[best] || n == df[best] && w < best) {
			best = w
		}
	}
	return best
}
