package search

import (
	"iter"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/internal/corpus"
)

// The search tests and benchmarks use internal/corpus's Releases; these
// short names keep the tests readable.
var (
	genAgencies    = corpus.ReleaseAgencies
	genTags        = corpus.ReleaseTags
	genDomainWords = corpus.ReleaseDomainWords
)

// generate yields n releases of seed with bodies of about bodyBytes.
func generate(seed uint64, n, bodyBytes int) iter.Seq2[jhasearch.Document, error] {
	return corpus.Releases(seed, n, bodyBytes)
}

// collect materialises a generated archive.
func collect(s iter.Seq2[jhasearch.Document, error]) []jhasearch.Document { return corpus.Collect(s) }
