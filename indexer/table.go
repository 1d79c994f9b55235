package indexer

import (
	"bufio"
	"compress/flate"
	"encoding/gob"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Entry is the part of a document that search keeps in memory for every
// document of a generation: enough to filter, count facets, sort by date,
// complete titles and list groups without touching the index.
type Entry struct {
	ID        string
	Agency    string
	Title     string
	Published time.Time
	// Facets holds the document's values of every facet of the table
	// (jhasearch.Facets), in its order: Facets[k] are the values of
	// jhasearch.Facets[k] (Values reads them).
	Facets [][]string
	// Language is the language the build decided (also a facet): the
	// versions of a release are told apart by it.
	Language string
	// Group is the joint-release group, empty for a release that stands alone.
	Group string
	// Agencies lists every agency of the group, the entry's own first; the
	// entry's agency alone when it stands alone.
	Agencies []string
	// Translation names the group of the release's language versions,
	// empty for a release in one language; Original marks the version
	// shown unless a language is asked for.
	Translation string
	Original    bool
	// Searchable is false for the collapsed members of a group: the group is
	// searched and shown through one member.
	Searchable bool
	// Offset and Length locate the document in the document file.
	Offset int64
	Length int32
	// PosOffset and PosLength locate the runs of term hashes of a
	// searchable document's text fields in the positions file.
	PosOffset int64
	PosLength int32
}

// Values returns the entry's values of facet k of jhasearch.Facets.
func (e *Entry) Values(k int) []string {
	if k < 0 || k >= len(e.Facets) {
		return nil
	}
	return e.Facets[k]
}

// facetValues returns the values of every facet of the table for doc, in
// table order; a joint facet (agency) takes the group's values, joint.
func facetValues(doc *jhasearch.Document, joint []string) [][]string {
	out := make([][]string, len(jhasearch.Facets))
	for k := range jhasearch.Facets {
		f := &jhasearch.Facets[k]
		if out[k] = f.Of(doc); f.Joint && len(joint) > 0 {
			out[k] = joint
		}
	}
	return out
}

// Table is the in-memory list of a generation's documents, in build order.
type Table struct {
	// FacetNames are the names of the table's facets when the generation
	// was built: a generation built with other facets is outdated, since
	// its entries lack the values of the new ones.
	FacetNames []string
	Entries    []Entry
}

// facetNames lists the names of jhasearch.Facets.
func facetNames() []string {
	out := make([]string, len(jhasearch.Facets))
	for i, f := range jhasearch.Facets {
		out[i] = f.Name
	}
	return out
}

// StoredDoc is what the document file stores for every document: the whole
// document and the agencies of its group.
type StoredDoc struct {
	Document jhasearch.Document `json:"d"`
	Agencies []string           `json:"a,omitempty"`
}

// ReadTable loads the document table of a generation.
func ReadTable(g *Generation) (*Table, error) {
	if err := checkVersion(g); err != nil {
		return nil, err
	}
	f, err := os.Open(g.TablePath())
	if err != nil {
		return nil, fmt.Errorf("indexer: open table: %w", err)
	}
	defer f.Close()
	var t Table
	if err := gob.NewDecoder(flate.NewReader(bufio.NewReader(f))).Decode(&t); err != nil {
		return nil, fmt.Errorf("indexer: decode table %s: %w", g.TablePath(), err)
	}
	if want := facetNames(); !slices.Equal(t.FacetNames, want) {
		return nil, fmt.Errorf("indexer: generation %s was built with the facets %v, this program has %v: %w", g.Name, t.FacetNames, want, ErrOutdated)
	}
	return &t, nil
}

// tableLevel is the deflate level of the table file: gob writes every
// agency, tag and topic again for each document, which deflate packs to a
// fraction.
const tableLevel = flate.BestSpeed

func writeTable(path string, t *Table) error {
	t.FacetNames = facetNames()
	return writeTableAs(path, t)
}

// writeTableAs writes t with the facet names it has.
func writeTableAs(path string, t *Table) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("indexer: create table: %w", err)
	}
	w := bufio.NewWriter(f)
	zw, _ := flate.NewWriter(w, tableLevel) // a valid level cannot fail
	if err := gob.NewEncoder(zw).Encode(t); err != nil {
		f.Close()
		return fmt.Errorf("indexer: encode table: %w", err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("indexer: compress table: %w", err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("indexer: write table: %w", err)
	}
	return f.Close()
}
