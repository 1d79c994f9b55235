package facet

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// randomColumns returns the Columns of n entries with facet values drawn
// like the generated archive's: one or two agencies, one to five tags,
// some topics, systems and countries, mostly English, 22 years; a few
// without a language or a date.
func randomColumns(n int, seed uint64) *Columns {
	r := rand.New(rand.NewPCG(seed, 2))
	pick := func(prefix string, of, k int) []string {
		var out []string
		for range k {
			out = append(out, fmt.Sprintf("%s%d", prefix, r.IntN(of)))
		}
		return out
	}
	langs := []string{"en", "en", "en", "en", "en", "en", "en", "en", "en", "fr", "de", ""}
	t := &indexer.Table{Entries: make([]indexer.Entry, n)}
	for i := range t.Entries {
		pub := time.Date(2005+r.IntN(22), time.Month(1+r.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
		lang := langs[r.IntN(len(langs))]
		year := []string{pub.Format("2006")}
		t.Entries[i] = indexer.Entry{Agencies: pick("agency", 10, 1+r.IntN(2)), Language: lang, Published: pub}
		t.Entries[i].Facets = entryFacets(map[string][]string{
			jhasearch.FacetAgency: t.Entries[i].Agencies, jhasearch.FacetTag: pick("tag", 80, 1+r.IntN(5)),
			jhasearch.FacetTopic: pick("topic", 30, r.IntN(3)), jhasearch.FacetSystem: pick("system", 10, r.IntN(2)),
			jhasearch.FacetCountry: pick("country", 27, r.IntN(3)), jhasearch.FacetLanguage: nonEmpty(lang),
			jhasearch.FacetYear: year,
		})
		if r.IntN(50) == 0 {
			t.Entries[i].Published = time.Time{}
			t.Entries[i].Facets[jhasearch.FacetIndex(jhasearch.FacetYear)] = nil
		}
	}
	return New(t, mapCache{})
}

// mapCache is an unbounded SetCache for tests.
type mapCache map[string][]uint64

func (m mapCache) Get(key string) ([]uint64, bool) { s, ok := m[key]; return s, ok }
func (m mapCache) Put(key string, set []uint64)    { m[key] = set }

// BenchmarkFacetCount counts the facets of a match list, as rankMatches
// does for every query that is not in the cache.
func BenchmarkFacetCount(b *testing.B) {
	const n = 100000
	c := randomColumns(n, 1)
	for _, density := range []int{38, 10, 5, 2} {
		var entries []int32
		r := rand.New(rand.NewPCG(3, 4))
		for i := range n {
			if r.IntN(100) < density {
				entries = append(entries, int32(i))
			}
		}
		for _, tc := range []struct {
			name string
			req  jhasearch.SearchRequest
		}{
			{"none", jhasearch.SearchRequest{}},
			{"agency", jhasearch.SearchRequest{Filters: jhasearch.Filters{"agency": []string{"agency3"}}}},
			{"dates", jhasearch.SearchRequest{From: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC)}},
		} {
			f := c.Select(&tc.req)
			b.Run(fmt.Sprintf("density=%d%%/%s/entries", density, tc.name), func(b *testing.B) {
				defer cpuTimer(b)()
				for b.Loop() {
					fc := c.NewCounts()
					for _, e := range entries {
						c.Count(fc, &f, int(e))
					}
				}
			})
			b.Run(fmt.Sprintf("density=%d%%/%s/bits", density, tc.name), func(b *testing.B) {
				defer cpuTimer(b)()
				for b.Loop() {
					PutSet(c.CountBits(c.NewCounts(), &f, entries))
				}
			})
		}
	}
}

// entryFacets lays out a table entry's facet values in table order.
func entryFacets(by map[string][]string) [][]string {
	out := make([][]string, len(jhasearch.Facets))
	for k, f := range jhasearch.Facets {
		out[k] = by[f.Name]
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
