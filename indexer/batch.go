package indexer

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/jhasearch/jhasearch/lang"
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
// goroutines, writes the positions of their text fields (positions.go) and
// adds the analysed length of each text field to the generation's totals,
// from which search's BM25F takes its average field lengths (Bleve's own
// statistics count distinct terms, not tokens). The generation's counts
// are only valid after close.
type batcher struct {
	idx  bleve.Index
	gen  *Generation
	pos  *positionsWriter
	next []queued
	work chan []queued
	wg   sync.WaitGroup

	mu      sync.Mutex // guards what follows
	err     error
	indexed int
	tokens  map[string]int
}

// queued is a document waiting for its batch, with its table entry.
type queued struct {
	doc   *StoredDoc
	entry int
}

// newBatcher starts the batch writers; close stops them.
func newBatcher(idx bleve.Index, gen *Generation, pos *positionsWriter) *batcher {
	b := &batcher{idx: idx, gen: gen, pos: pos, work: make(chan []queued), tokens: map[string]int{}}
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

// add queues a searchable document with the agencies of its group and
// its table entry; the collapsed members of a group are not in the index
// at all, only in the table and the document file. It returns the first
// error of a batch writer, so the caller stops early.
func (b *batcher) add(doc *StoredDoc, entry int) error {
	b.next = append(b.next, queued{doc, entry})
	if len(b.next) >= batchSize {
		b.work <- b.next
		b.next = make([]queued, 0, batchSize)
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

// write maps docs and writes them as one batch, then their positions.
func (b *batcher) write(docs []queued) error {
	batch := b.idx.NewBatch()
	mapped := make([]*document.Document, 0, len(docs))
	runs := make([][]*recorder, 0, len(docs))
	for _, q := range docs {
		d := document.NewDocument(q.doc.Document.ID)
		if err := b.idx.Mapping().MapDocument(d, fields(q.doc)); err != nil {
			return fmt.Errorf("indexer: map document %s: %w", q.doc.Document.ID, err)
		}
		runs = append(runs, recordText(d, b.analyzerOf(q.doc.Document.Language)))
		if err := batch.IndexAdvanced(d); err != nil {
			return fmt.Errorf("indexer: add document %s: %w", q.doc.Document.ID, err)
		}
		mapped = append(mapped, d)
	}
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("indexer: write batch: %w", err)
	}
	// Batch has analysed every field: the recorders hold their runs.
	for i, q := range docs {
		rec := make([][]byte, len(runs[i]))
		for f, r := range runs[i] {
			rec[f] = r.run
		}
		if err := b.pos.add(q.entry, rec); err != nil {
			return err
		}
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

// recordText gives each text field of d a recorder as its analyzer,
// wrapping a, the analyzer of the document's language (the field's own
// when nil), and returns them in the order of TextFields. A field the
// document lacks records an empty run.
func recordText(d *document.Document, a analysis.Analyzer) []*recorder {
	out := make([]*recorder, len(TextFields))
	for i := range out {
		out[i] = &recorder{run: []byte{0}} // no positions
	}
	for i, f := range d.Fields {
		tf, ok := f.(*document.TextField)
		if !ok {
			continue
		}
		for k, name := range TextFields {
			if tf.Name() == name {
				out[k].Analyzer = tf.Analyzer()
				if a != nil {
					out[k].Analyzer = a
				}
				d.Fields[i] = document.NewTextFieldCustom(name, tf.ArrayPositions(), tf.Value(), tf.Options(), out[k])
			}
		}
	}
	return out
}

// fields is what the mapping indexes of a document.
func fields(s *StoredDoc) map[string]any {
	doc := &s.Document
	return map[string]any{
		FieldTitle: doc.Title, FieldSummary: doc.Summary, FieldBody: doc.Body,
		FieldAgency: s.Agencies, FieldTag: doc.Tags, FieldConcept: doc.Concepts,
	}
}

// analyzerOf returns the analyzer of a document's language; nil for
// English and any language analysed as English (the fields' own).
func (b *batcher) analyzerOf(language string) analysis.Analyzer {
	code, _ := lang.Normalize(language)
	name := AnalyzerOf(code)
	if name == TextAnalyzer {
		return nil
	}
	return b.idx.Mapping().AnalyzerNamed(name)
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
