package indexer

import (
	"bufio"
	"context"
	"encoding/gob"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer/group"
)

// spool holds the documents of a build on disk between the grouping pass
// and the indexing pass: grouping needs to see every document before the
// first one is indexed, and keeping 100,000 bodies in memory is not needed.
type spool struct {
	path string
	// live[i] is false when a later document had the same id.
	live []bool
	sigs []group.Signature
}

// writeSpool drains docs into path and returns the grouping signature of each.
func writeSpool(ctx context.Context, path string, docs iter.Seq2[jhasearch.Document, error]) (*spool, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: create spool: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	enc := gob.NewEncoder(w)
	sp := &spool{path: path}
	// Signatures are computed in a goroutine of their own, beside the
	// source (which reads and enriches) and the encoding.
	toSign := make(chan *jhasearch.Document, 256)
	signed := make(chan []group.Signature)
	go func() {
		var sigs []group.Signature
		for doc := range toSign {
			sigs = append(sigs, group.NewSignature(doc))
		}
		signed <- sigs
	}()
	defer func() {
		if toSign != nil {
			close(toSign)
			<-signed
		}
	}()
	byID := make(map[string]int)
	n := 0
	for doc, err := range docs {
		if err != nil {
			return nil, fmt.Errorf("indexer: read documents: %w", err)
		}
		if n%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err := normalize(&doc, n); err != nil {
			return nil, err
		}
		if prev, ok := byID[doc.ID]; ok {
			sp.live[prev] = false // the last version of a document wins
		}
		byID[doc.ID] = n
		if err := enc.Encode(&doc); err != nil {
			return nil, fmt.Errorf("indexer: spool document %s: %w", doc.ID, err)
		}
		sp.live = append(sp.live, true)
		toSign <- &doc
		n++
	}
	close(toSign)
	sp.sigs, toSign = <-signed, nil
	if err := w.Flush(); err != nil {
		return nil, fmt.Errorf("indexer: write spool: %w", err)
	}
	return sp, f.Close()
}

// normalize gives a document without id the id of its URL and clears what
// the build recomputes.
func normalize(doc *jhasearch.Document, n int) error {
	if doc.ID == "" {
		if doc.URL == "" {
			return fmt.Errorf("indexer: document %d (%q) has neither id nor url", n+1, doc.Title)
		}
		c, err := jhasearch.CanonicalURL(doc.URL)
		if err != nil {
			return fmt.Errorf("indexer: document %d: %w", n+1, err)
		}
		doc.ID = jhasearch.DocumentID(c)
	}
	doc.Group = "" // grouping is decided by the build
	return nil
}

// each calls fn with every live document of the spool, in order.
func (sp *spool) each(ctx context.Context, fn func(i int, doc *jhasearch.Document) error) error {
	f, err := os.Open(sp.path)
	if err != nil {
		return fmt.Errorf("indexer: open spool: %w", err)
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	for i := 0; ; i++ {
		var doc jhasearch.Document
		if err := dec.Decode(&doc); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("indexer: read spool: %w", err)
		}
		if i%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if !sp.live[i] {
			continue
		}
		if err := fn(i, &doc); err != nil {
			return err
		}
	}
}
