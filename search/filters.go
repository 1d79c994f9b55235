package search

import (
	"strings"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// facetDims are the facets that have a filter of their own.
var facetDims = []struct{ name, field string }{
	{jhasearch.FacetAgency, indexer.FieldAgency},
	{jhasearch.FacetTag, indexer.FieldTag},
	{jhasearch.FacetLanguage, indexer.FieldLanguage},
}

// filterSet holds a request's filters as Bleve queries: one per facet with
// a selection (OR within it), and the date range.
type filterSet struct {
	by   map[string]query.Query
	date query.Query
}

func filterQueries(g *generation, req *jhasearch.SearchRequest) filterSet {
	fs := filterSet{by: map[string]query.Query{}}
	sel := map[string][]string{jhasearch.FacetAgency: req.Agencies, jhasearch.FacetTag: req.Tags, jhasearch.FacetLanguage: req.Languages}
	dicts := map[string]*dict{jhasearch.FacetAgency: &g.cols.agencies, jhasearch.FacetTag: &g.cols.tags, jhasearch.FacetLanguage: &g.cols.langs}
	for _, d := range facetDims {
		if len(sel[d.name]) == 0 {
			continue
		}
		var alts []query.Query
		for _, v := range sel[d.name] {
			// Filters match values whatever their case, like the columns.
			if i, ok := dicts[d.name].ids[strings.ToLower(v)]; ok {
				alts = append(alts, termQuery(d.field, dicts[d.name].names[i]))
			}
		}
		if len(alts) == 0 {
			alts = append(alts, query.NewMatchNoneQuery())
		}
		fs.by[d.name] = disjunction(alts)
	}
	if !req.From.IsZero() || !req.To.IsZero() {
		var end = req.To
		if !end.IsZero() {
			end = end.AddDate(0, 0, 1)
		}
		incl, excl := true, false
		fs.date = query.NewDateRangeInclusiveQuery(req.From, end, &incl, &excl)
		fs.date.(*query.DateRangeQuery).SetField(indexer.FieldPublished)
	}
	return fs
}

func (fs filterSet) all() []query.Query { return fs.allBut("") }

// allBut returns every filter except the one of facet name.
func (fs filterSet) allBut(name string) []query.Query {
	var out []query.Query
	for _, d := range facetDims {
		if q := fs.by[d.name]; q != nil && d.name != name {
			out = append(out, q)
		}
	}
	if fs.date != nil {
		out = append(out, fs.date)
	}
	return out
}

func addFacet(br *bleve.SearchRequest, name, field string) {
	// Ask for more than returned so that ties at the cut are sorted by value.
	br.AddFacet(name, bleve.NewFacetRequest(field, facetLimits[name]*2))
}

// facetResult converts a Bleve facet to values sorted by count, then value.
func facetResult(fr *bsearch.FacetResult, name string) []jhasearch.FacetValue {
	out := []jhasearch.FacetValue{}
	if fr == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out = append(out, jhasearch.FacetValue{Value: t.Term, Count: t.Count})
	}
	sortFacet(out)
	if l := facetLimits[name]; len(out) > l {
		out = out[:l]
	}
	return out
}
