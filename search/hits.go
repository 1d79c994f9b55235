package search

import (
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/highlight"
)

// storedDoc reads the document of id from the generation's document file,
// body included.
func (g *generation) storedDoc(id string) (*indexer.StoredDoc, error) {
	i, err := g.entry(id)
	if err != nil {
		return nil, err
	}
	return g.docs.Read(&g.table.Entries[i])
}

// entry returns the table entry of id; ENOTFOUND when there is none.
func (g *generation) entry(id string) (int, error) {
	i, ok := g.byID[id]
	if !ok {
		return 0, jhasearch.Errorf(jhasearch.ENOTFOUND, "There is no document with the id %q.", id)
	}
	return i, nil
}

// hit reads the document of table entry i as a hit: no body, a snippet of
// it, the group's agencies. The body is read where the document file is
// mapped and never copied: only its snippet is kept.
func (g *generation) hit(i int, h *highlight.Highlighter, score float64) (jhasearch.Hit, error) {
	s, body, err := g.docs.Shown(&g.table.Entries[i])
	if err != nil {
		return jhasearch.Hit{}, err
	}
	if len(body) == 0 {
		body = []byte(s.Document.Summary)
	}
	return jhasearch.Hit{Document: s.Document, Agencies: s.Agencies, Snippet: h.ForLanguage(s.Document.Language).Snippet(body), Score: score,
		Translations: g.otherVersions(i)}, nil
}
