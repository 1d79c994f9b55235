package search

import (
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// storedDoc reads the stored document of id from the generation's index.
func (g *generation) storedDoc(id string) (*indexer.StoredDoc, error) {
	d, err := g.idx.Document(id)
	if err != nil {
		return nil, fmt.Errorf("search: load document %s: %w", id, err)
	}
	doc, ok := d.(*document.Document)
	if d == nil || !ok {
		return nil, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no document with the id %q.", id)
	}
	for _, f := range doc.Fields {
		if f.Name() == indexer.FieldDoc {
			return decodeStored(f.Value())
		}
	}
	return nil, fmt.Errorf("search: document %s has no stored %s field", id, indexer.FieldDoc)
}

func decodeStored(b []byte) (*indexer.StoredDoc, error) {
	var s indexer.StoredDoc
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("search: decode stored document: %w", err)
	}
	if len(s.Agencies) == 0 {
		s.Agencies = []string{s.Document.Agency}
	}
	return &s, nil
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
