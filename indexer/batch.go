package indexer

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
)

// batchSize is the number of documents per Bleve batch: large enough to
// keep both cores busy analysing, small enough to bound memory.
const batchSize = 1000

// batchWriters is the number of batches written at once. Bleve analyses a
// batch on a pool of goroutines but builds its segment in the goroutine
// that called Batch, and then waits for it to be persisted: with one
// writer, one core idles through half of every batch.
const batchWriters = 2

// batcher maps documents into Bleve batches, written by batchWriters
// goroutines, and adds the analysed length of each text field to the
// generation's totals: Bleve's own BM25 average length is computed from
// the term dictionary, not from the token counts (see BLEVE.md), so search
// supplies these instead. The generation's counts are only valid after
// close.
type batcher struct {
	idx  bleve.Index
	gen  *Generation
	next []*StoredDoc
	work chan []*StoredDoc
	wg   sync.WaitGroup

	mu      sync.Mutex // guards what follows
	err     error
	indexed int
	tokens  map[string]int
}

// newBatcher starts the batch writers; close stops them.
func newBatcher(idx bleve.Index, gen *Generation) *batcher {
	b := &batcher{idx: idx, gen: gen, work: make(chan []*StoredDoc), tokens: map[string]int{}}
	for range batchWriters {
		b.wg.Add(1)
		go func() {
			defer b.wg.Done()
			for docs := range b.work {
				if b.failed() == nil {
					b.fail(b.write(docs))
				}
			}
		}()
	}
	return b
}

// add queues a searchable document with the agencies of its group; the
// collapsed members of a group are not in the
// index at all, only in the table and the document file. It returns the
// first error of a batch writer, so the caller stops early.
func (b *batcher) add(doc *StoredDoc) error {
	b.next = append(b.next, doc)
	if len(b.next) >= batchSize {
		b.work <- b.next
		b.next = make([]*StoredDoc, 0, batchSize)
	}
	return b.failed()
}

// close writes what is queued, stops the writers and adds the counts to
// the generation.
func (b *batcher) close() error {
	if len(b.next) > 0 && b.failed() == nil {
		b.work <- b.next
	}
	close(b.work)
	b.wg.Wait()
	b.gen.Indexed += b.indexed
	for f, n := range b.tokens {
		b.gen.FieldTokens[f] += n
	}
	return b.err
}

// write maps docs and writes them as one batch.
func (b *batcher) write(docs []*StoredDoc) error {
	batch := b.idx.NewBatch()
	mapped := make([]*document.Document, 0, len(docs))
	for _, doc := range docs {
		d := document.NewDocument(doc.Document.ID)
		if err := b.idx.Mapping().MapDocument(d, fields(doc)); err != nil {
			return fmt.Errorf("indexer: map document %s: %w", doc.Document.ID, err)
		}
		if err := batch.IndexAdvanced(d); err != nil {
			return fmt.Errorf("indexer: add document %s: %w", doc.Document.ID, err)
		}
		mapped = append(mapped, d)
	}
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("indexer: write batch: %w", err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.indexed += len(docs)
	for _, d := range mapped {
		for _, f := range d.Fields {
			b.tokens[f.Name()] += f.AnalyzedLength()
		}
	}
	return nil
}

// fields is what the mapping indexes of a document.
func fields(s *StoredDoc) map[string]any {
	doc := &s.Document
	data := map[string]any{
		FieldTitle: doc.Title, FieldSummary: doc.Summary, FieldBody: doc.Body,
		FieldAgency: s.Agencies, FieldTag: doc.Tags, FieldKind: KindSearchable,
		FieldConcept: doc.Concepts,
	}
	if doc.Language != "" {
		data[FieldLanguage] = doc.Language
	}
	if !doc.Published.IsZero() {
		data[FieldPublished] = doc.Published
		data[FieldYear] = doc.Published.Format("2006")
	}
	return data
}

func (b *batcher) failed() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

func (b *batcher) fail(err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err == nil {
		b.err = err
	}
}
