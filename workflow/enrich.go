package workflow

import (
	"iter"
	"sync"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/vocab"
)

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

// ConceptLabels returns the label of a concept, given by its English label
// (a topic, system or country facet value), in a language: the facets of
// a request with lang=de.
func ConceptLabels(v *vocab.Vocabulary) func(value, language string) string {
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
