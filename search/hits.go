package search

import (
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// storedDoc reads the document of id from the generation's document file.
//
// Recently read documents are kept decoded: the newest releases of the
// landing page and the first hits of popular queries are shown again and
// again, and reading one costs a read, an inflate and a decode. The
// returned document is shared; callers must not change it.
func (g *generation) storedDoc(id string) (*indexer.StoredDoc, error) {
	i, ok := g.byID[id]
	if !ok {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no document with the id %q.", id)
	}
	if s, ok := g.stored.get(id); ok {
		return s, nil
	}
	s, err := g.docs.Read(&g.table.Entries[i])
	if err != nil {
		return nil, err
	}
	g.stored.put(id, s)
	return s, nil
}

// hit turns a stored document into a hit: no body, a snippet, the group's
// agencies.
func hit(s *indexer.StoredDoc, h *highlighter, score float64) jhasearch.Hit {
	src := s.Document.Body
	if src == "" {
		src = s.Document.Summary
	}
	doc := s.Document
	doc.Body = ""
	return jhasearch.Hit{Document: doc, Agencies: s.Agencies, Snippet: h.snippet(src), Score: score}
}
