package search

import (
	"context"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// minStrictHits: when all words must match and fewer documents than this
// do, the words become optional (any may match; documents matching more
// rank higher), so long natural-language questions still find answers.
// docs/relevance.md has the measurements behind this.
const minStrictHits = 100

// indexSearch answers a request with query terms on the index.
func (e *Engine) indexSearch(ctx context.Context, g *generation, p *parsedQuery, req *jhasearch.SearchRequest, cur *cursor) (*jhasearch.SearchResult, error) {
	comp := g.compiler()
	q, ok := comp.textQuery(p, true)
	if !ok {
		return g.emptyResult(p), nil
	}
	res, err := e.runQuery(ctx, g, q, p, req, cur)
	if err != nil {
		return nil, err
	}
	if res.Total < minStrictHits && p.textGroups() > 1 {
		if lq, ok := comp.textQuery(p, false); ok {
			if res, err = e.runQuery(ctx, g, lq, p, req, cur); err != nil {
				return nil, err
			}
		}
	}
	if res.Total < suggestBelow {
		res.Suggestion = g.didYouMean(p)
	}
	return res, nil
}

// runQuery runs text query q with the request's filters, sort, page and
// disjunctive facets.
func (e *Engine) runQuery(ctx context.Context, g *generation, q query.Query, p *parsedQuery, req *jhasearch.SearchRequest, cur *cursor) (*jhasearch.SearchResult, error) {
	fq := filterQueries(g, req)
	br := bleve.NewSearchRequestOptions(conjunction(q, fq.all()), req.Size+1, (req.Page-1)*req.Size, false)
	br.Fields = []string{indexer.FieldDoc}
	sortKind := effectiveSort(req)
	br.SortByCustom(sortOrder(sortKind))
	if cur != nil {
		br.From = 0
		br.SearchAfter = cursorAfter(sortKind, cur)
	}
	addFacet(br, jhasearch.FacetYear, indexer.FieldYear)
	for _, d := range facetDims {
		if fq.by[d.name] == nil {
			addFacet(br, d.name, d.field)
		}
	}
	sr, err := e.run(ctx, g, br)
	if err != nil {
		return nil, err
	}
	res := &jhasearch.SearchResult{Total: int(sr.Total), Facets: map[string][]jhasearch.FacetValue{}}
	for name, fr := range sr.Facets {
		res.Facets[name] = facetResult(fr, name)
	}
	// A facet with its own filter active counts without that filter.
	for _, d := range facetDims {
		if fq.by[d.name] == nil {
			continue
		}
		fr := bleve.NewSearchRequestOptions(conjunction(q, fq.allBut(d.name)), 0, 0, false)
		addFacet(fr, d.name, d.field)
		fres, err := e.run(ctx, g, fr)
		if err != nil {
			return nil, err
		}
		res.Facets[d.name] = facetResult(fres.Facets[d.name], d.name)
	}
	return res, g.fillHits(res, sr, p, req, sortKind)
}

// run searches the alias under the engine's limits and deadline.
func (e *Engine) run(ctx context.Context, g *generation, br *bleve.SearchRequest) (*bleve.SearchResult, error) {
	lctx, cancel := limitContext(ctx)
	defer cancel()
	lctx = context.WithValue(lctx, bsearch.BM25StatsKey, g.bm25)
	sr, err := e.alias.SearchInContext(lctx, br)
	if err != nil {
		return nil, searchError(ctx, err)
	}
	if sr.Status != nil && sr.Status.Failed > 0 {
		for _, err := range sr.Status.Errors {
			return nil, searchError(ctx, err)
		}
	}
	return sr, nil
}

// fillHits loads the page's hits and sets the cursor.
func (g *generation) fillHits(res *jhasearch.SearchResult, sr *bleve.SearchResult, p *parsedQuery, req *jhasearch.SearchRequest, s jhasearch.Sort) error {
	h := g.highlighter(p)
	for n, dm := range sr.Hits {
		if n == req.Size {
			last := sr.Hits[n-1]
			c := cursor{Request: requestHash(req), Score: last.Score, ID: last.ID}
			if i, ok := g.byID[last.ID]; ok {
				c.Published = g.cols.published[i]
			}
			res.Cursor = c.encode()
			break
		}
		raw, _ := dm.Fields[indexer.FieldDoc].(string)
		sd, err := decodeStored([]byte(raw))
		if err != nil {
			return err
		}
		res.Hits = append(res.Hits, hit(sd, h, dm.Score))
	}
	return nil
}

// sortOrder is the Bleve sort of each sort kind; ties by id, always.
func sortOrder(s jhasearch.Sort) bsearch.SortOrder {
	id := &bsearch.SortDocID{}
	date := func(desc bool) *bsearch.SortField {
		return &bsearch.SortField{Field: indexer.FieldPublished, Type: bsearch.SortFieldAsDate, Desc: desc, Missing: bsearch.SortFieldMissingLast}
	}
	switch s {
	case jhasearch.SortNewest:
		return bsearch.SortOrder{date(true), id}
	case jhasearch.SortOldest:
		return bsearch.SortOrder{date(false), id}
	}
	return bsearch.SortOrder{&bsearch.SortScore{Desc: true}, id}
}

// cursorAfter is the SearchAfter key of a cursor for sortOrder.
func cursorAfter(s jhasearch.Sort, c *cursor) []string {
	if s == jhasearch.SortNewest || s == jhasearch.SortOldest {
		return []string{time.Unix(0, c.Published).UTC().Format(time.RFC3339Nano), c.ID}
	}
	return []string{strconv.FormatFloat(c.Score, 'g', -1, 64), c.ID}
}

// conjunction restricts q to the filters. They go into the boolean
// query's Filter, which does not score: a filter must not change ranking.
func conjunction(q query.Query, filters []query.Query) query.Query {
	if len(filters) == 0 {
		return q
	}
	b := query.NewBooleanQuery([]query.Query{q}, nil, nil)
	b.AddFilter(query.NewConjunctionQuery(filters))
	return b
}

// emptyResult answers a query that can match nothing (only stop words, or
// an unknown agency or tag).
func (g *generation) emptyResult(p *parsedQuery) *jhasearch.SearchResult {
	return &jhasearch.SearchResult{Facets: map[string][]jhasearch.FacetValue{
		jhasearch.FacetAgency: {}, jhasearch.FacetTag: {}, jhasearch.FacetYear: {}, jhasearch.FacetLanguage: {}},
		Suggestion: g.didYouMean(p)}
}
