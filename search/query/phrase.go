package query

import (
	"context"

	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search/reader"
	"github.com/jhasearch/jhasearch/search/score"
)

// A phrase ("joint investigation team", or a word the analyzer splits such
// as "cross-border") matches the documents where its terms stand in the
// same order, with the same gaps, in one text field. The documents holding
// every term come from the terms' word lists (postings.go); those of a
// phrase of frequent words are narrowed, or found, by the lists of its
// adjacent pairs (phrase_pairs.go); the order is checked on the runs of
// term hashes the build keeps for every document (indexer/positions.go).
// A match scores the sum of its words' BM25F weights in the fields
// searched, as the same words unquoted would.

// phrase is a clause compiled for matching on positions.
type phrase struct {
	// fields are the indexes in indexer.TextFields of the fields searched.
	fields []int
	// words are the analysed terms, each with its offset from the first;
	// none when the phrase is only stop words in English.
	words []phraseWord
	// langs are the phrase in the generation's other languages, each
	// matched in the releases of its language (languages.go).
	langs []langPhrase
	// ranking weighs the fields.
	ranking *score.Params
}

type langPhrase struct {
	code string
	p    phrase
}

type phraseWord struct {
	term   string
	offset int
	hash   uint16
}

// phrase compiles a quoted phrase, or a plain or fuzzy word that analyses
// to several terms, searched in every text field or in the title; ok is
// false for any other clause and for one of stop words only.
func (c *compiler) phrase(cl Clause) (p phrase, ok bool) {
	switch {
	case cl.Field != "" && cl.Field != indexer.FieldTitle:
		return p, false
	case cl.Kind != KindPhrase && cl.Kind != KindWord && cl.Kind != KindFuzzy:
		return p, false
	}
	tokens := c.analyzer.Analyze([]byte(cl.Text))
	if len(tokens) == 0 || (cl.Kind != KindPhrase && len(tokens) == 1) {
		return p, false
	}
	for i, f := range indexer.TextFields {
		if cl.Field == "" || cl.Field == f {
			p.fields = append(p.fields, i)
		}
	}
	p.words = phraseWords(tokens)
	p.ranking = c.ranking
	for _, l := range c.langs {
		if ts := l.Analyzer.Analyze([]byte(cl.Text)); len(ts) > 0 {
			p.langs = append(p.langs, langPhrase{l.Code, phrase{fields: p.fields, words: phraseWords(ts), ranking: c.ranking}})
		}
	}
	return p, true
}

func phraseWords(tokens []reader.Token) []phraseWord {
	var out []phraseWord
	for _, t := range tokens {
		out = append(out, phraseWord{term: string(t.Term), offset: t.Position - tokens[0].Position,
			hash: indexer.TermHash(t.Term)})
	}
	return out
}

// phraseList returns the documents matching p in any language, scored.
// Cached under key.
func (x *Index) phraseList(ctx context.Context, key string, p phrase) (*List, error) {
	if len(p.langs) == 0 {
		return x.phraseListIn(ctx, key, p)
	}
	return x.cachedList(ctx, key+"|langs", func(ctx context.Context) (*List, error) {
		ls := []*List{}
		if len(p.words) > 0 {
			l, err := x.phraseListIn(ctx, key, p)
			if err != nil {
				return nil, err
			}
			ls = append(ls, l)
		}
		for _, lp := range p.langs {
			l, err := x.phraseListIn(ctx, key+"|"+lp.code, lp.p)
			if err != nil {
				return nil, err
			}
			ls = append(ls, l)
		}
		return Union(ls, false), nil
	})
}

// phraseListIn returns the documents matching p in one language.
func (x *Index) phraseListIn(ctx context.Context, key string, p phrase) (*List, error) {
	return x.cachedList(ctx, key, func(ctx context.Context) (*List, error) {
		var lists []*List
		seen := map[string]bool{}
		for _, w := range p.words {
			if seen[w.term] {
				continue
			}
			seen[w.term] = true
			l, err := x.wordList(ctx, p.terms(w.term))
			if err != nil {
				return nil, err
			}
			lists = append(lists, l)
		}
		if len(p.words) == 1 {
			return intersect(lists), nil
		}
		pairs, exact, err := x.phrasePairs(p)
		if err != nil {
			return nil, err
		}
		if exact {
			// The pair's list scores 0, which changes no sum, and two
			// words' scores add up the same in either order: the scores
			// are those of the words' lists intersected, as before.
			return intersect(append(lists, &List{Entries: pairs[0], Scores: make([]float32, len(pairs[0]))})), nil
		}
		both := intersect(lists)
		for _, l := range pairs {
			both = keepEntries(both, l)
		}
		return x.inOrder(ctx, both, p)
	})
}

// terms are the field terms of one word of p, weighted as a plain word's.
func (p phrase) terms(term string) []bm25Term {
	var out []bm25Term
	for _, i := range p.fields {
		fb := p.ranking.Fields[i]
		out = append(out, bm25Term{Field: fb.Field, Term: term, Boost: fb.Boost})
	}
	return out
}

// inOrder keeps the documents of l whose runs hold p (phrase_match.go).
func (x *Index) inOrder(ctx context.Context, l *List, p phrase) (*List, error) {
	return x.keepOnRuns(ctx, l, p.fields, newPhraseMatcher(p.words).in)
}
