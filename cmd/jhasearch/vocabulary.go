package main

import (
	"fmt"
	"iter"
	"os"
	"sync"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/vocab"
)

// loadVocabulary returns the built-in vocabulary, extended by the local
// file at path when one is given. A fault in the local file is a usage
// error: vocab's message names the file, the line, the concept and the key.
func loadVocabulary(path string) (*vocab.Vocabulary, error) {
	v, err := vocab.Default()
	if err != nil {
		return nil, fmt.Errorf("built-in vocabulary: %w", err)
	}
	if path == "" {
		return v, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError{fmt.Sprintf("cannot read vocabulary file: %v", err)}
	}
	v, err = v.Extend(data, path)
	if err != nil {
		return nil, usageError{err.Error()}
	}
	return v, nil
}

// enriched gives each document of docs the topics, systems, countries and
// concepts that v finds in it. Enrichment happens here, where the build
// reads the archive, rather than at crawl time: it is deterministic, so
// every rebuild applies today's vocabulary to every release, old ones
// included, and the archive keeps only what was scraped.
//
// docs is read in a goroutine of its own, ahead of the enrichment and of
// the build that consumes the documents: reading and decoding the archive,
// enriching and spooling each take a share of one core, and a build has
// two. The order of docs is kept.
func enriched(v *vocab.Vocabulary, docs iter.Seq2[jhasearch.Document, error]) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		type read struct {
			doc jhasearch.Document
			err error
		}
		ahead := make(chan read, 64)
		stop := make(chan struct{})
		var wg sync.WaitGroup
		wg.Go(func() {
			defer close(ahead)
			for doc, err := range docs {
				select {
				case ahead <- read{doc, err}:
				case <-stop:
					return
				}
			}
		})
		// The reader ends before enriched returns, whether the consumer
		// stopped early or every document was read.
		defer func() { close(stop); wg.Wait() }()
		for r := range ahead {
			if r.err == nil {
				// The language first: the analysis and the vocabulary's
				// names restricted to a language depend on it.
				r.doc.Language = lang.Decide(r.doc.Language, r.doc.Title, r.doc.Summary, r.doc.Body)
				e := v.Enrich(r.doc)
				r.doc.Topics, r.doc.Systems, r.doc.Countries, r.doc.Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
			}
			if !yield(r.doc, r.err) {
				return
			}
		}
	}
}

// conceptLabels returns the label of a concept, given by its English label
// (a topic, system or country facet value), in a language: the facets of
// a request with lang=de.
func conceptLabels(v *vocab.Vocabulary) func(value, language string) string {
	byLabel := map[string]vocab.Concept{}
	for _, c := range v.Concepts() {
		byLabel[c.Label] = c
	}
	return func(value, language string) string {
		c, ok := byLabel[value]
		if !ok {
			return ""
		}
		return c.LabelIn(language)
	}
}
