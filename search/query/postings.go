package query

import (
	"context"
	"fmt"
	"strings"

	"github.com/jhasearch/jhasearch/search/score"
)

// listBudget bounds the bytes of the word and clause lists a generation
// keeps, per 100,000 documents: the 150 most common words of 100,000
// releases (each in 20 to 65 % of them) take about 45 MB together, and
// ten times that of a million. With a fixed 128 MB, a million releases
// kept a tenth of the common words and read the others from the index
// again and again (31 ms of CPU a request, docs/BENCHMARKS.md).
// QueryBudget bounds the lists of whole queries, kept for paging and
// facet clicks.
const (
	listBudget  = 128 << 20
	QueryBudget = 32 << 20
)

// listBudgetFor is the list budget of a generation of n documents.
func listBudgetFor(n int) int {
	return max(listBudget, int(int64(listBudget)*int64(n)/100_000))
}

// checkEvery is how many entries a list walks between two looks at the
// deadline.
const checkEvery = 1 << 12

// wordList returns the list of one word's BM25F weights: the documents
// holding any of terms (the word in each of its fields), each scored with
// its BM25 contribution, computed as bm25Searcher does. Cached.
func (x *Index) wordList(ctx context.Context, terms []bm25Term) (*List, error) {
	return x.cachedList(ctx, wordKey(terms), func(ctx context.Context) (*List, error) {
		return x.ReadWord(ctx, terms)
	})
}

// ReadWord reads a word's postings from the index and scores them
// (score.Scorer.Word, BM25F). A term without a field marks a language in
// which the word is a stop word: the language's releases all match it,
// unscored (languages.go).
func (x *Index) ReadWord(ctx context.Context, terms []bm25Term) (*List, error) {
	s, err := x.ix.Snapshot()
	if err != nil {
		return nil, err
	}
	defer s.Close()
	entries, scores, err := x.scorer.Word(ctx, s, terms)
	if err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		return nil, fmt.Errorf("search: %w", err)
	}
	l := &List{Entries: entries, Scores: scores}
	var ls []*List
	for _, t := range terms {
		if t.Field == "" {
			if d := x.langDocs(t.Term); d != nil {
				ls = append(ls, d)
			}
		}
	}
	if len(ls) > 0 {
		l = Union(append([]*List{l}, ls...), false)
	}
	return l, nil
}

// bm25Term is one index term of one field, with the field's weight.
type bm25Term = score.Term

// wordKey names a word's list in the cache.
func wordKey(terms []bm25Term) string {
	var b strings.Builder
	b.WriteString("w")
	for _, t := range terms {
		fmt.Fprintf(&b, "|%s:%s:%g", t.Field, t.Term, t.Boost)
	}
	return b.String()
}

// clauseKey names a clause in the list cache.
func clauseKey(cl Clause) string {
	return strings.Join([]string{"c", fmt.Sprint(int(cl.Kind)), cl.Field, cl.Text, fmt.Sprint(cl.Fuzz), cl.Concept, fmt.Sprint(cl.Slop)}, "|")
}
