package search

import (
	"slices"
	"strings"

	"github.com/jhasearch/jhasearch"
)

// display returns the table entry to show for entry i: the entry itself,
// or, when i represents a joint release and the request filters by agency,
// the group member of a selected agency, so that someone browsing Eurojust
// sees Eurojust's page of a release Europol published first.
func (g *generation) display(i int, req *jhasearch.SearchRequest) int {
	e := &g.table.Entries[i]
	agencies := req.Filters.Get(jhasearch.FacetAgency)
	if e.Group == "" || len(agencies) == 0 || selected(agencies, e.Agency) {
		return i
	}
	for _, m := range g.groups[e.Group] {
		if selected(agencies, g.table.Entries[m].Agency) {
			return m
		}
	}
	return i
}

func selected(sel []string, v string) bool {
	return slices.ContainsFunc(sel, func(s string) bool { return strings.EqualFold(s, v) })
}
