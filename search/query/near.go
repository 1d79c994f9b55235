package query

import (
	"context"
	"strconv"
	"strings"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
)

// Nearness on demand: `word NEAR/n word` and `"words"~n` match the
// releases where the words stand, in any order, within a window of one
// text field: at most n other words between two words, and for k words a
// span of at most k-1+n positions. Stop words count as positions. The
// match scores as the same words unquoted would (BM25F).

// KindNear is a set of words that must stand near each other; slop is n.
const KindNear ClauseKind = 101

// maxSlop bounds n.
const maxSlop = 50

// nearOperator reads a NEAR/n token; ok is false for any other token.
func nearOperator(t token) (n int, ok bool, err error) {
	if t.quoted || !strings.HasPrefix(t.raw, "NEAR/") {
		return 0, false, nil
	}
	n, err = strconv.Atoi(t.raw[len("NEAR/"):])
	if err != nil || n < 0 || n > maxSlop {
		return 0, false, jhasearch.Errorf(jhasearch.EINVALID,
			"The query (q) has %q; the distance after NEAR/ must be a number from 0 to %d.", t.raw, maxSlop)
	}
	return n, true, nil
}

// joinNear makes one kindNear clause of a and b (a NEAR/n b); ok is false
// when either is not words in the text fields.
func joinNear(a, b Clause, n int) (Clause, bool) {
	nearable := func(c Clause) bool {
		return (c.Field == "" || c.Field == indexer.FieldTitle) &&
			(c.Kind == KindWord || c.Kind == KindPhrase || c.Kind == KindNear)
	}
	if !nearable(a) || !nearable(b) || a.Field != b.Field {
		return Clause{}, false
	}
	return Clause{Kind: KindNear, Field: a.Field, Text: a.Text + " " + b.Text, Slop: max(n, a.Slop)}, true
}

// nearList returns the releases where the words of cl stand within its
// window, scored as the sum of its words' BM25F weights. Cached.
func (x *Index) nearList(ctx context.Context, c *compiler, cl Clause) (*List, bool, error) {
	p, ok := c.phrase(Clause{Kind: KindPhrase, Field: cl.Field, Text: cl.Text})
	if !ok {
		return nil, false, nil
	}
	l, err := x.cachedList(ctx, clauseKey(cl), func(ctx context.Context) (*List, error) {
		var lists []*List
		seen := map[string]bool{}
		var hashes []uint16
		for _, w := range p.words {
			if seen[w.term] {
				continue
			}
			seen[w.term] = true
			hashes = append(hashes, w.hash)
			l, err := x.wordList(ctx, p.terms(w.term))
			if err != nil {
				return nil, err
			}
			lists = append(lists, l)
		}
		both := intersect(lists)
		if len(hashes) == 1 {
			return both, nil
		}
		span := len(hashes) - 1 + cl.Slop
		return x.keepOnRuns(ctx, both, p.fields, func(run indexer.HashRun) bool { return within(run, hashes, span) })
	})
	return l, err == nil, err
}

// within reports whether run holds every hash in a window of at most span
// positions between the first and the last.
func within(run indexer.HashRun, hashes []uint16, span int) bool {
	last := make([]int, len(hashes))
	for i := range last {
		last[i] = -1 << 30
	}
	for pos := 0; pos < run.Len(); pos++ {
		h := run.At(pos)
		if h == 0 {
			continue
		}
		k := -1
		for i, x := range hashes {
			if x == h {
				k = i
				break
			}
		}
		if k < 0 {
			continue
		}
		last[k] = pos
		first := pos
		for _, p := range last {
			first = min(first, p)
		}
		if pos-first <= span {
			return true
		}
	}
	return false
}
