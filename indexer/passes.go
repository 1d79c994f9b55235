package indexer

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer/group"
)

// A build reads the spool twice. The first pass feeds Bleve, whose
// analysis and segment building keep both cores busy; the second writes
// the document file while Bleve merges the batches' segments into one,
// which keeps one core busy and leaves the other to the writing of the
// document file and then of the pairs file (pairs.go).

// indexSpool writes the spooled documents into a new Bleve index at path
// and the document file beside it, and returns the document table; it
// fills the counts of gen.
func indexSpool(ctx context.Context, path string, sp *spool, groups []group.Info, gen *Generation) (*Table, error) {
	idx, err := bleve.NewUsing(path, NewMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, buildConfig())
	if err != nil {
		return nil, fmt.Errorf("indexer: create index: %w", err)
	}
	pos, err := newPositionsWriter(filepath.Join(filepath.Dir(path), positionsFileName))
	if err != nil {
		idx.Close()
		return nil, err
	}
	table, err := indexDocs(ctx, idx, pos, sp, groups, gen)
	var segment string
	if err == nil {
		segment, err = mergeWhile(ctx, idx, func(ctx context.Context) error {
			if err := writeDocs(ctx, filepath.Join(filepath.Dir(path), docsFileName), sp, groups, table); err != nil {
				return err
			}
			_, err := writePairsIn(ctx, filepath.Dir(path), table)
			return err
		})
	}
	if err == nil {
		// After the merge, not before: Bleve persists this batch with the
		// merged segment before it returns, so the index on disk no longer
		// names the files removeMerged removes (TestMergeReliesOnScorch).
		err = idx.SetInternal([]byte(mappingVersionKey), []byte(strconv.Itoa(MappingVersion)))
	}
	if cerr := idx.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("indexer: close index: %w", cerr)
	}
	if err == nil {
		err = removeMerged(segment)
	}
	if err != nil {
		return nil, err
	}
	gen.Groups = group.Count(groups)
	return table, nil
}

// indexDocs is the first pass over the spool: it indexes the searchable
// documents, writes their positions and lists every document in the
// table, still without its place in the document file.
func indexDocs(ctx context.Context, idx bleve.Index, pos *positionsWriter, sp *spool, groups []group.Info, gen *Generation) (*Table, error) {
	table := &Table{}
	b := newBatcher(idx, gen, pos)
	err := sp.each(ctx, func(i int, doc *jhasearch.Document) error {
		g := groups[i]
		table.Entries = append(table.Entries, Entry{ID: doc.ID, Agency: doc.Agency, Title: doc.Title,
			Published: doc.Published, Facets: facetValues(doc, g.Agencies), Language: doc.Language, Group: g.Group,
			Translation: g.Translation, Original: g.Original,
			Agencies: g.Agencies, Searchable: g.Searchable})
		gen.Documents++
		gen.Agencies[doc.Agency]++
		if !g.Searchable {
			return nil
		}
		doc.Group = g.Group
		return b.add(&StoredDoc{Document: *doc, Agencies: g.Agencies}, len(table.Entries)-1)
	})
	// The batch writers stop before anything returns: they are goroutines.
	if cerr := b.close(); err == nil {
		err = cerr
	}
	if cerr := pos.close(table); err == nil {
		err = cerr
	}
	return table, err
}

// writeDocs is the second pass over the spool: it writes the document
// file and records where each document is in the table.
func writeDocs(ctx context.Context, path string, sp *spool, groups []group.Info, table *Table) error {
	dw, err := newDocWriter(path)
	if err != nil {
		return err
	}
	n := 0
	err = sp.each(ctx, func(i int, doc *jhasearch.Document) error {
		doc.Group = groups[i].Group
		off, length, err := dw.add(&StoredDoc{Document: *doc, Agencies: groups[i].Agencies})
		if err != nil {
			return err
		}
		table.Entries[n].Offset, table.Entries[n].Length = off, length
		n++
		return nil
	})
	if cerr := dw.close(); err == nil {
		err = cerr
	}
	return err
}
