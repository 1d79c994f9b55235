package indexer

import (
	"bufio"
	"compress/flate"
	"encoding/gob"
	"fmt"
	"os"
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
	Tags      []string
	// Topics, Systems and Countries are the document's vocabulary facets
	// (jhasearch.Document's fields of the same names).
	Topics    []string
	Systems   []string
	Countries []string
	Language  string
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

// Table is the in-memory list of a generation's documents, in build order.
type Table struct {
	Entries []Entry
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
	return &t, nil
}

// tableLevel is the deflate level of the table file: gob writes every
// agency, tag and topic again for each document, which deflate packs to a
// fraction.
const tableLevel = flate.BestSpeed

func writeTable(path string, t *Table) error {
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
