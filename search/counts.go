package search

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/facet"
	"github.com/jhasearch/jhasearch/search/query"
)

// The counting entry points of the engine: what the analyst views
// (package analytics) need beyond pages of hits. Each counts the same
// documents Search counts in Total for the same request — the same
// parser, the same lists, the same filters, the same matching rule
// (query.Index.MatchQuery) — so a count here and a search's total cannot
// disagree. They run under the same admission and deadline as searches.

// Histogram counts the documents req matches (its query and filters, as
// Search's Total) by publication date: counts[i] is the number published
// in [edges[i], edges[i+1]). edges must be in increasing order; documents
// outside [edges[0], edges[len-1]) and undated ones are not counted.
// Paging, sort and cursor of req are ignored.
func (e *Engine) Histogram(ctx context.Context, req jhasearch.SearchRequest, edges []time.Time) ([]int, error) {
	if len(edges) < 2 {
		return nil, nil
	}
	bounds := make([]int64, len(edges))
	for i, t := range edges {
		bounds[i] = t.Unix() // as facet.Columns.Published, which the date filters read
	}
	var counts []int
	err := e.counting(ctx, func(ctx context.Context, g *generation) error {
		rl, err := e.requestLists(ctx, g, &req)
		if err != nil {
			return err
		}
		counts = g.histogram(rl.entries, &rl.f, bounds)
		return nil
	})
	return counts, err
}

// histogram counts the entries that pass f by the periods between bounds,
// read from the same column of publication dates as the date filters.
func (g *generation) histogram(entries []int32, f *facet.Selection, bounds []int64) []int {
	counts := make([]int, len(bounds)-1)
	for _, i := range entries {
		if g.cols.Misses(f, int(i)) != 0 || g.cols.Published[i] == facet.NoDate {
			continue
		}
		// The last bound at or before the date opens its period.
		if k, found := slices.BinarySearch(bounds, g.cols.Published[i]); found && k < len(counts) {
			counts[k]++
		} else if !found && k > 0 && k < len(bounds) {
			counts[k-1]++
		}
	}
	return counts
}

// FacetCounts returns every value of facet (jhasearch.FacetAgency, …)
// among the documents req matches, counted as Search counts its facets
// (each filter but the facet's own applies), but without Search's limit
// on the number of values: most frequent first. total is Search's Total.
func (e *Engine) FacetCounts(ctx context.Context, req jhasearch.SearchRequest, facet string) (values []jhasearch.FacetValue, total int, err error) {
	err = e.counting(ctx, func(ctx context.Context, g *generation) error {
		fc, err := e.requestCounts(ctx, g, &req)
		if err != nil {
			return err
		}
		total = fc.Total
		values = g.cols.AllValues(fc, facet)
		return nil
	})
	return values, total, err
}

// CountMatching returns, for each query of queries (in the query
// language: a word, a "quoted phrase", …), the Total that Search reports
// for req with that query added to its own: how many of the documents req
// matches also match it, counted as the search that refines req by it.
func (e *Engine) CountMatching(ctx context.Context, req jhasearch.SearchRequest, queries []string) ([]int, error) {
	counts := make([]int, len(queries))
	err := e.counting(ctx, func(ctx context.Context, g *generation) error {
		base, err := e.refinable(ctx, g, &req)
		if err != nil {
			return err
		}
		if base != nil {
			defer facet.PutSet(base.in)
		}
		for k, q := range queries {
			n, ok, err := base.count(ctx, e, g, q)
			if err != nil {
				return err
			}
			if !ok {
				r := req
				r.Query = strings.TrimSpace(req.Query + " " + q)
				if n, err = e.total(ctx, g, &r); err != nil {
					return err
				}
			}
			counts[k] = n
		}
		return nil
	})
	return counts, err
}

// total is Search's Total for req.
func (e *Engine) total(ctx context.Context, g *generation, req *jhasearch.SearchRequest) (int, error) {
	rl, err := e.requestLists(ctx, g, req)
	return g.passing(&rl.f, rl.entries), err
}

// refined counts the searches that refine one request by another query
// the quick way: the documents the request matches, as a set, and the
// other query's own list. Search would evaluate the joined query from the
// start; the quick way gives the same total when the joined query is the
// request's clauses followed by the other's (no vocabulary concept or date
// spans the join) and every clause must match: the request asks for all
// words (jhasearch.MatchAll), or the joined query has one group only.
type refined struct {
	query string
	all   bool          // the request asks for all words
	p     *query.Parsed // the request's query as matched
	in    []uint64      // the entries the request matches, filters applied
}

// refinable returns the quick counter of req, or nil when its searches
// must be evaluated in full (its entries are not those with every word).
func (e *Engine) refinable(ctx context.Context, g *generation, req *jhasearch.SearchRequest) (*refined, error) {
	rl, err := e.requestLists(ctx, g, req)
	// With translations, the version a joined query keeps of a release
	// may be another than the request's: only the search can say.
	if err != nil || !rl.every || len(g.translations) > 0 {
		return nil, err
	}
	p, err := query.Parse(req.Query)
	if err != nil {
		return nil, err
	}
	r := &refined{query: req.Query, all: req.Match == jhasearch.MatchAll, p: e.asMatched(p),
		in: facet.GetSet(len(g.table.Entries)/64 + 1)}
	for _, i := range rl.entries {
		if g.cols.Misses(&rl.f, int(i)) == 0 {
			r.in[i/64] |= 1 << (i % 64)
		}
	}
	return r, nil
}

// count counts the documents of the request that also match q; ok is
// false when only a search of the joined query can say.
func (r *refined) count(ctx context.Context, e *Engine, g *generation, q string) (n int, ok bool, err error) {
	if r == nil {
		return 0, false, nil
	}
	pq, err := query.Parse(q)
	if err != nil {
		return 0, false, err
	}
	pj, err := query.Parse(strings.TrimSpace(r.query + " " + q))
	if err != nil {
		return 0, false, err
	}
	pq, pj = e.asMatched(pq), e.asMatched(pj)
	if !reflect.DeepEqual(pj.Groups, slices.Concat(r.p.Groups, pq.Groups)) || !reflect.DeepEqual(pj.Not, slices.Concat(r.p.Not, pq.Not)) {
		return 0, false, nil
	}
	if !r.all && pj.TextGroups() > 1 {
		return 0, false, nil // releases with some of the words would count too
	}
	l, matched, err := e.queryEntries(ctx, g, q, true)
	if err != nil || !matched {
		return 0, false, err
	}
	for _, i := range l {
		if facet.Has(r.in, i) {
			n++
		}
	}
	return n, true, nil
}

// counting runs fn on the served generation under the admission and the
// deadline of a search.
func (e *Engine) counting(ctx context.Context, fn func(context.Context, *generation) error) error {
	dctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	done, err := e.slots.Admit(ctx, dctx)
	if err != nil {
		return err
	}
	defer done()
	g, release, err := e.current()
	if err != nil {
		return err
	}
	defer release()
	if err := fn(dctx, g); err != nil {
		return searchError(ctx, err)
	}
	return nil
}

// requestList is what a request's query matches before its filters,
// with the filters: the entries that pass them are what Search counts.
type requestList struct {
	// entries is what Search ranks: every searchable entry for a request
	// without a query or with only a date (whose period is then among the
	// filters), else the entries query.Index.MatchQuery ranks.
	entries []int32
	// every is true when entries hold every group of the query (or there
	// is no query).
	every bool
	// extra are the language versions of the releases in entries that
	// Search shows as one release (translations.go): their languages
	// count in the language facet.
	extra []int32
	f     facet.Selection
}

// asMatched is p as indexSearch matches it: concepts expanded, dates marked.
func (e *Engine) asMatched(p *query.Parsed) *query.Parsed {
	return query.MarkDates(query.ExpandConcepts(p, e.concepts))
}

// requestLists follows Search (searchIn, query.Index.MatchQuery): a query
// that is only a date browses its period; a query of several groups ranks
// the releases with any of them unless the request asks for all words.
func (e *Engine) requestLists(ctx context.Context, g *generation, req *jhasearch.SearchRequest) (requestList, error) {
	rl := requestList{every: true}
	p, err := query.Parse(req.Query)
	if err != nil {
		return rl, err
	}
	if per, ok := query.OnlyPeriod(query.MarkDates(p)); ok {
		b, overlap := per.Within(req)
		rl.f = g.cols.Select(&b)
		if overlap {
			rl.entries, rl.extra = g.browsed(&b)
		}
		return rl, nil
	}
	rl.f = g.cols.Select(req)
	if p.Empty() {
		rl.entries, rl.extra = g.browsed(req)
		return rl, nil
	}
	pm := e.asMatched(p)
	all, ok, err := e.evalList(ctx, g, pm, req.Query, true)
	if err != nil || !ok {
		return rl, err
	}
	if pm.TextGroups() > 1 && req.Match != jhasearch.MatchAll {
		some, ok, err := e.evalList(ctx, g, pm, req.Query, false)
		if err != nil {
			return rl, err
		}
		if ok {
			all, rl.every = some, false
		}
	}
	l, extra := g.collapseTranslations(all, req)
	rl.entries, rl.extra = l.Entries, extra
	return rl, nil
}

// queryEntries evaluates a query as indexSearch does, with every group
// (strict) or any; ok is false when it can match nothing.
func (e *Engine) queryEntries(ctx context.Context, g *generation, q string, strict bool) ([]int32, bool, error) {
	p, err := query.Parse(q)
	if err != nil {
		return nil, false, err
	}
	if p.Empty() {
		return g.searchable, true, nil
	}
	l, ok, err := e.evalList(ctx, g, e.asMatched(p), q, strict)
	if err != nil || !ok {
		return nil, false, err
	}
	return l.Entries, true, nil
}

// evalList evaluates p, a query as matched (asMatched), to its list.
func (e *Engine) evalList(ctx context.Context, g *generation, p *query.Parsed, q string, strict bool) (*query.List, bool, error) {
	lctx, cancel := limitContext(ctx)
	defer cancel()
	return g.q.Eval(lctx, p, q, strict)
}

// requestCounts returns the facet counts of req as Search counts them; a
// request without a query shares its counts with the searches of the same
// filters (generation.counts), so it counts them exactly as browseSearch.
func (e *Engine) requestCounts(ctx context.Context, g *generation, req *jhasearch.SearchRequest) (*facet.Counts, error) {
	rl, err := e.requestLists(ctx, g, req)
	if err != nil {
		return nil, err
	}
	if p, _ := query.Parse(req.Query); p != nil && p.Empty() {
		key := filterKey(req)
		if fc, ok := g.counts.Get(key); ok {
			return fc, nil
		}
		_, fc := g.cols.Browse(&rl.f, facet.Order{}, rl.entries, 0, 0, nil, nil)
		g.countVersionLanguages(fc, &rl.f, rl.extra)
		g.counts.Put(key, fc)
		return fc, nil
	}
	fc := g.cols.NewCounts()
	for _, i := range rl.entries {
		g.cols.Count(fc, &rl.f, int(i))
	}
	g.countVersionLanguages(fc, &rl.f, rl.extra)
	return fc, nil
}

// DocFrequencies estimates, for each word, how many documents hold it:
// the most documents whose title, summary or body hold its index term (the
// true number lies between that and their sum). It reads only the index's
// term dictionary, so it costs microseconds a word, and serves to choose
// which words are worth counting exactly with CountMatching. A word that
// is not one index term (a stop word, two words) counts 0.
func (e *Engine) DocFrequencies(ctx context.Context, words []string) ([]int, error) {
	out := make([]int, len(words))
	err := e.counting(ctx, func(ctx context.Context, g *generation) error {
		terms := make([]string, len(words))
		for i, w := range words {
			if t := g.q.Analyze(w); len(t) == 1 {
				terms[i] = t[0]
			}
		}
		for _, f := range indexer.TextFields {
			df := g.q.DocFreqs(f, terms)
			for i, t := range terms {
				if t != "" {
					out[i] = max(out[i], df[t])
				}
			}
		}
		return nil
	})
	return out, err
}
