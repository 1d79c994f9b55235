package search

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// TestRankMatchesMatchesReference holds rankMatches to a plain ranking
// (every match tested against the filters, sorted by score and id, or
// walked in date order, those with every word first) and its facet
// counts to Count entry by entry, on random lists from a few entries to
// most of the archive, with and without filters and a tier, so that both
// of its ways are taken: counting each entry as it is met, and counting by
// bits first (facet.Columns.ByBits), which decides by the list's length
// and the filters.
func TestRankMatchesMatchesReference(t *testing.T) {
	const n = 4000
	r := rand.New(rand.NewPCG(21, 22))
	tab := &indexer.Table{Entries: make([]indexer.Entry, n)}
	for i := range tab.Entries {
		pub := time.Date(2005+r.IntN(20), time.Month(1+r.IntN(12)), 1+r.IntN(3), 0, 0, 0, 0, time.UTC)
		facets := make([][]string, len(jhasearch.Facets))
		facets[jhasearch.FacetIndex(jhasearch.FacetAgency)] = []string{fmt.Sprintf("agency%d", r.IntN(6))}
		for range 1 + r.IntN(3) {
			k := jhasearch.FacetIndex(jhasearch.FacetTag)
			facets[k] = append(facets[k], fmt.Sprintf("tag%d", r.IntN(12)))
		}
		facets[jhasearch.FacetIndex(jhasearch.FacetYear)] = []string{pub.Format("2006")}
		tab.Entries[i] = indexer.Entry{ID: fmt.Sprintf("id%05d", r.IntN(100000)), Published: pub, Facets: facets, Searchable: true}
	}
	g := &generation{table: tab, cols: facet.New(tab, cacheMap{})}
	for i := range n {
		g.newest = append(g.newest, int32(i))
	}
	g.sortByDate()
	ways := map[bool]int{} // ByBits's answers
	for trial := range 400 {
		ms := &query.List{}
		density := []int{1, 10, 30, 60, 150, 400, 900}[r.IntN(7)]
		for i := range n {
			if r.IntN(1000) < density {
				ms.Entries = append(ms.Entries, int32(i))
				// Scores repeat, so that ids break ties.
				ms.Scores = append(ms.Scores, float32(r.IntN(40))/4)
			}
		}
		var tier *query.List
		if r.IntN(2) == 0 {
			tier = &query.List{}
			for i, e := range ms.Entries {
				if r.IntN(3) == 0 {
					tier.Entries = append(tier.Entries, e)
					tier.Scores = append(tier.Scores, ms.Scores[i])
				}
			}
		}
		req := jhasearch.SearchRequest{Query: "q", Page: 1 + r.IntN(3), Size: []int{1, 10, 25}[r.IntN(3)],
			Sort: []jhasearch.Sort{jhasearch.SortRelevance, jhasearch.SortNewest, jhasearch.SortOldest}[r.IntN(3)], Filters: jhasearch.Filters{}}
		if r.IntN(2) == 0 {
			req.Filters[jhasearch.FacetAgency] = []string{fmt.Sprintf("agency%d", r.IntN(7))}
		}
		if r.IntN(3) == 0 {
			req.Filters[jhasearch.FacetTag] = []string{fmt.Sprintf("tag%d", r.IntN(12)), fmt.Sprintf("tag%d", r.IntN(12))}
		}
		if r.IntN(3) == 0 {
			req.From = time.Date(2004+r.IntN(20), 1, 1, 0, 0, 0, 0, time.UTC)
			req.To = req.From.AddDate(r.IntN(8), 0, 0)
		}
		f := g.cols.Select(&req)
		ways[g.cols.ByBits(len(ms.Entries), &f)]++
		got := g.rankMatches(ms, &f, &req, nil, tier)

		want := g.cols.NewCounts()
		for _, e := range ms.Entries {
			g.cols.Count(want, &f, int(e))
		}
		if diff := gocmp.Diff(g.cols.Facets(want), g.cols.Facets(got.counts)); diff != "" || want.Total != got.counts.Total {
			t.Fatalf("trial %d (%d matches, %+v): total %d, want %d; facets mismatch (-want +got):\n%s",
				trial, len(ms.Entries), req, got.counts.Total, want.Total, diff)
		}
		wantPicks := referenceRank(g, ms, tier, &f, &req)
		if diff := gocmp.Diff(wantPicks, got.picks); diff != "" {
			t.Fatalf("trial %d (%d matches, tier %t, %+v): picks mismatch (-want +got):\n%s",
				trial, len(ms.Entries), tier != nil, req, diff)
		}
	}
	if ways[true] < 50 || ways[false] < 50 {
		t.Errorf("by bits %d times, entry by entry %d: both ways must be taken often", ways[true], ways[false])
	}
}

// referenceRank is rankMatches without a cursor, the plain way.
func referenceRank(g *generation, ms, tier *query.List, f *facet.Selection, req *jhasearch.SearchRequest) []query.Match {
	inTier := map[int32]bool{}
	if tier != nil {
		for _, e := range tier.Entries {
			inTier[e] = true
		}
	}
	score := map[int32]float64{}
	var passing []query.Match
	for i, e := range ms.Entries {
		if g.cols.Misses(f, int(e)) != 0 {
			continue
		}
		m := query.Match{Entry: e, Score: float64(ms.Scores[i]), All: inTier[e]}
		if m.All {
			m.Score += tierGap
		}
		score[e] = m.Score
		passing = append(passing, m)
	}
	switch req.Sort {
	case jhasearch.SortNewest, jhasearch.SortOldest:
		order := g.newest
		if req.Sort == jhasearch.SortOldest {
			order = g.oldest
		}
		passing = passing[:0]
		for _, all := range []bool{true, false} {
			for _, e := range order {
				if s, ok := score[e]; ok && inTier[e] == all {
					passing = append(passing, query.Match{Entry: e, Score: s, All: all})
				}
			}
		}
	default:
		slices.SortFunc(passing, func(a, b query.Match) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(g.table.Entries[a.Entry].ID, g.table.Entries[b.Entry].ID))
		})
	}
	skip := (req.Page - 1) * req.Size
	if skip >= len(passing) {
		return nil
	}
	return passing[skip:min(len(passing), skip+req.Size+1)]
}

// cacheMap is an unbounded facet.SetCache for tests.
type cacheMap map[string][]uint64

func (m cacheMap) Get(key string) ([]uint64, bool) { s, ok := m[key]; return s, ok }
func (m cacheMap) Put(key string, set []uint64)    { m[key] = set }
