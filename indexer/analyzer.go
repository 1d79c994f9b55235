package indexer

import (
	"bytes"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/go-porterstemmer"
)

// TextAnalyzer analyses title, summary and body as Bleve's English
// analyzer does (Unicode tokenizer, possessives, lower case, stop words,
// Porter stemmer), with its stems remembered: a release's words are mostly
// words stemmed many times before, and looking a stem up costs a fifth of
// stemming it again. Index and queries use it by this name.
const TextAnalyzer = "jhasearch_en"

func init() {
	if err := registry.RegisterAnalyzer(TextAnalyzer, newTextAnalyzer); err != nil {
		panic(err) // two packages claim the name: a bug in this program
	}
}

func newTextAnalyzer(config map[string]any, cache *registry.Cache) (analysis.Analyzer, error) {
	tokenizer, err := cache.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, err
	}
	var filters []analysis.TokenFilter
	for _, name := range []string{en.PossessiveName, lowercase.Name, en.StopName} {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		filters = append(filters, f)
	}
	filters = append(filters, &stemCache{})
	return &analysis.DefaultAnalyzer{Tokenizer: tokenizer, TokenFilters: filters}, nil
}

// maxStems bounds the stems remembered: the words of 100,000 releases
// have about 150,000 forms, most of them numbers and names seen once.
const maxStems = 1 << 18

// stemCache is the Porter stemmer of Bleve's English analyzer, remembering
// up to maxStems stems. It is safe for concurrent use.
type stemCache struct {
	stems sync.Map // string -> []byte, never changed once stored
	n     atomic.Int64
}

func (s *stemCache) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		if t.KeyWord {
			continue
		}
		if stem, ok := s.stems.Load(string(t.Term)); ok {
			t.Term = stem.([]byte)
			continue
		}
		stem := analysis.BuildTermFromRunes(porterstemmer.StemWithoutLowerCasing(bytes.Runes(t.Term)))
		stem = stem[:len(stem):len(stem)] // shared: an append must copy
		if s.n.Load() < maxStems {
			if _, loaded := s.stems.LoadOrStore(string(t.Term), stem); !loaded {
				s.n.Add(1)
			}
		}
		t.Term = stem
	}
	return input
}
