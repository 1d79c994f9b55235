package search

import (
	"context"
	"sort"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/search/facet"
)

// Document returns one document with its body; ENOTFOUND when the id is
// unknown.
func (e *Engine) Document(ctx context.Context, id string) (*jhasearch.Document, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	if _, ok := g.byID[id]; !ok {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no document with the id %q.", id)
	}
	s, err := g.storedDoc(id)
	if err != nil {
		return nil, err
	}
	d := s.Document // a copy: the stored document is shared
	return &d, nil
}

// Group returns every document of a joint-release group, the one shown in
// searches first, then by agency; ENOTFOUND for an unknown group.
func (e *Engine) Group(ctx context.Context, group string) ([]jhasearch.Document, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	members := append([]int(nil), g.groups[group]...)
	if len(members) == 0 {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no joint-release group %q.", group)
	}
	ents := g.table.Entries
	sort.Slice(members, func(a, b int) bool {
		x, y := &ents[members[a]], &ents[members[b]]
		if x.Searchable != y.Searchable {
			return x.Searchable
		}
		return x.Agency < y.Agency || x.Agency == y.Agency && x.ID < y.ID
	})
	out := make([]jhasearch.Document, 0, len(members))
	for _, i := range members {
		s, err := g.storedDoc(ents[i].ID)
		if err != nil {
			return nil, err
		}
		out = append(out, s.Document)
	}
	return out, nil
}

// Stats describes the served generation.
func (e *Engine) Stats(ctx context.Context) (*jhasearch.Stats, error) {
	g, release, err := e.current()
	if err != nil {
		return nil, err
	}
	defer release()
	st := &jhasearch.Stats{Documents: g.meta.Documents, Generation: g.meta.Name, BuiltAt: g.meta.BuiltAt}
	for a, n := range g.meta.Agencies {
		st.Agencies = append(st.Agencies, jhasearch.FacetValue{Value: a, Count: n})
	}
	facet.SortValues(st.Agencies)
	for _, order := range [][]int32{g.oldest, g.newest} {
		for _, i := range order {
			if p := g.table.Entries[i].Published; !p.IsZero() {
				if st.Oldest.IsZero() {
					st.Oldest = p
				} else {
					st.Newest = p
				}
				break
			}
		}
	}
	return st, nil
}
