package ui

import (
	"net/http"
	"slices"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/request"
	"github.com/labstack/echo/v4"
)

func (s *Server) handleAPIDocument(c echo.Context) error {
	if err := request.CheckKnown(c.QueryParams(), noParams); err != nil {
		return err
	}
	doc, group, err := s.documentWithGroup(c, c.Param("id"))
	if err != nil {
		return err
	}
	out := apiDocument{
		ID: doc.ID, URL: doc.URL, Aliases: nonNil(doc.Aliases), Agency: doc.Agency,
		Agencies: groupAgencies(*doc, group), Title: doc.Title, Published: formatDate(doc.Published),
		Summary: doc.Summary, Body: doc.Body, Tags: nonNil(doc.Tags), Language: doc.Language,
		Credits: nonNil(doc.Credits), FetchedAt: optionalTime(doc.FetchedAt), Group: doc.Group,
		Joint: make([]apiDocumentRef, 0, len(group)),
	}
	for _, g := range group {
		out.Joint = append(out.Joint, toAPIRef(g))
	}
	return writeJSON(c, http.StatusOK, out)
}

// documentWithGroup loads a document and the other members of its
// joint-release group (without the document itself).
func (s *Server) documentWithGroup(c echo.Context, id string) (*jhasearch.Document, []jhasearch.Document, error) {
	if !s.search.Ready() {
		return nil, nil, unavailable()
	}
	ctx := c.Request().Context()
	doc, err := s.search.Document(ctx, id)
	if err != nil || doc.Group == "" {
		return doc, nil, err
	}
	members, err := s.search.Group(ctx, doc.Group)
	if err != nil {
		return nil, nil, err
	}
	others := make([]jhasearch.Document, 0, len(members))
	for _, m := range members {
		if m.ID != doc.ID {
			others = append(others, m)
		}
	}
	return doc, others, nil
}

// groupAgencies lists the document's agency first, then the other agencies
// of its joint release, each once.
func groupAgencies(doc jhasearch.Document, group []jhasearch.Document) []string {
	out := []string{doc.Agency}
	for _, g := range group {
		if !slices.Contains(out, g.Agency) {
			out = append(out, g.Agency)
		}
	}
	return out
}

func (s *Server) handleAPIRelated(c echo.Context) error {
	if err := request.CheckKnown(c.QueryParams(), relatedParams); err != nil {
		return err
	}
	n, err := request.Int(c.QueryParams(), "size", 5, 1, 20)
	if err != nil {
		return err
	}
	if !s.search.Ready() {
		return unavailable()
	}
	id := c.Param("id")
	hits, err := s.search.Related(c.Request().Context(), id, n)
	if err != nil {
		return err
	}
	out := apiRelated{ID: id, Hits: make([]apiHit, 0, len(hits))}
	for _, h := range hits {
		out.Hits = append(out.Hits, toAPIHit(h))
	}
	return writeJSON(c, http.StatusOK, out)
}
