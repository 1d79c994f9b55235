package indexer

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/jhasearch/jhasearch"
)

// batcher maps documents into Bleve batches and, once a batch is written,
// adds the analysed length of each text field to the generation's totals:
// Bleve's own BM25 average length is computed from the term dictionary, not
// from the token counts (see BLEVE.md), so search supplies these instead.
type batcher struct {
	idx   bleve.Index
	gen   *Generation
	batch *bleve.Batch
	docs  []*document.Document
}

func newBatcher(idx bleve.Index, gen *Generation) *batcher {
	return &batcher{idx: idx, gen: gen, batch: idx.NewBatch()}
}

// add indexes a searchable document; the collapsed members of a group are
// not in the index at all, only in the table and the document file.
func (b *batcher) add(doc *jhasearch.Document, g groupInfo) error {
	data := map[string]any{
		FieldTitle: doc.Title, FieldSummary: doc.Summary, FieldBody: doc.Body,
		FieldAgency: g.agencies, FieldTag: doc.Tags, FieldKind: KindSearchable,
		FieldConcept: doc.Concepts,
	}
	if doc.Language != "" {
		data[FieldLanguage] = doc.Language
	}
	if !doc.Published.IsZero() {
		data[FieldPublished] = doc.Published
		data[FieldYear] = doc.Published.Format("2006")
	}
	b.gen.Indexed++
	d := document.NewDocument(doc.ID)
	if err := b.idx.Mapping().MapDocument(d, data); err != nil {
		return fmt.Errorf("indexer: map document %s: %w", doc.ID, err)
	}
	if err := b.batch.IndexAdvanced(d); err != nil {
		return fmt.Errorf("indexer: add document %s: %w", doc.ID, err)
	}
	b.docs = append(b.docs, d)
	if len(b.docs) >= batchSize {
		return b.flush()
	}
	return nil
}

func (b *batcher) flush() error {
	if len(b.docs) == 0 {
		return nil
	}
	if err := b.idx.Batch(b.batch); err != nil {
		return fmt.Errorf("indexer: write batch: %w", err)
	}
	for _, d := range b.docs {
		for _, f := range d.Fields {
			b.gen.FieldTokens[f.Name()] += f.AnalyzedLength()
		}
	}
	b.batch.Reset()
	b.docs = b.docs[:0]
	return nil
}
