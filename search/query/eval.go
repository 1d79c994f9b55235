package query

import "context"

// evalQuery returns the documents matching p, scored: the list of each
// clause (postings.go), combined. strict makes every group required;
// otherwise the plain words become optional (any may match, BM25 ranks the
// documents that match more of them higher) while field terms on agency
// and tag stay required. ok is false when nothing can match. The combined
// list is cached under the query, so paging, sorting and clicking facets
// reuse it.
func (x *Index) evalQuery(ctx context.Context, c *compiler, p *Parsed, query string, strict bool) (l *List, ok bool, err error) {
	key := "q|loose|" + query
	if strict {
		key = "q|strict|" + query
	}
	if l, ok := x.queries.Get(key); ok {
		return l, true, nil
	}
	ctx = termShare(ctx, c.indexClauses(p))
	var must, should []*List
	var loose []*List
	seen := map[string]bool{}
	for _, grp := range p.Groups {
		if !strict && len(grp) == 1 {
			if terms := withoutVacuous(c.bm25Terms(grp[0])); terms != nil {
				if k := wordKey(terms); !seen[k] {
					seen[k] = true
					l, err := x.wordList(ctx, terms)
					if err != nil {
						return nil, false, err
					}
					loose = append(loose, l)
				}
				continue
			}
		}
		var alts []*List
		for _, cl := range grp {
			l, ok, err := x.clauseList(ctx, c, cl)
			if err != nil {
				return nil, false, err
			}
			if ok {
				alts = append(alts, l)
			}
		}
		switch {
		case len(alts) == 0 && isKeywordGroup(grp):
			return nil, false, nil // agency:nosuch can match nothing
		case len(alts) == 0:
			continue // stop words only
		case strict || isKeywordGroup(grp):
			must = append(must, Union(alts, true))
		default:
			should = append(should, Union(alts, true))
		}
	}
	if len(loose) > 0 {
		// The words of BM25 add up without coord: each scores its idf.
		should = append(should, Union(loose, false))
	}
	var not []*List
	for _, cl := range p.Not {
		l, ok, err := x.clauseList(ctx, c, cl)
		if err != nil {
			return nil, false, err
		}
		if ok {
			not = append(not, l)
		}
	}
	if len(must) == 0 && len(should) == 0 {
		if len(p.Groups) > 0 {
			return nil, false, nil // only stop words: nothing to look for
		}
		must = append(must, x.allList())
	}
	if n := x.ranking.LooseSumGroups; !strict && len(must) == 0 && n > 0 && p.TextGroups() >= n {
		l = Subtract(Union(should, false), not)
	} else {
		l = combine(must, should, not)
	}
	x.queries.Put(key, l)
	return l, true, nil
}

// combine returns the documents in every list of must (or, without any,
// in at least one of should) and in none of not; the optional lists add
// their scores to the documents they share with the required ones.
func combine(must, should, not []*List) *List {
	var l *List
	switch {
	case len(must) == 0:
		l = Union(should, true)
	case len(should) == 0:
		l = intersect(must)
	default:
		l = boost(intersect(must), Union(should, true))
	}
	return Subtract(l, not)
}

// clauseList returns the list of one clause; ok is false when the clause
// holds only stop words or names an agency or tag the index does not know.
// Plain words are read from their postings, phrases checked on positions
// (phrase.go); every other clause (prefixes, fuzzy words, concepts, agency
// and tag terms, words of the summary or the body) reads the terms it
// expands to and scores them as one word. All are cached.
func (x *Index) clauseList(ctx context.Context, c *compiler, cl Clause) (*List, bool, error) {
	if terms := c.bm25Terms(cl); terms != nil {
		l, err := x.wordList(ctx, terms)
		return l, err == nil, err
	}
	key := clauseKey(cl)
	if p, ok := c.phrase(cl); ok {
		l, err := x.phraseList(ctx, key, p)
		return l, err == nil, err
	}
	if cl.Kind == KindConcept {
		return x.conceptList(ctx, c, cl)
	}
	if cl.Kind == KindDate {
		l, err := x.dateList(ctx, c, cl)
		return l, err == nil, err
	}
	if cl.Kind == KindNear {
		return x.nearList(ctx, c, cl)
	}
	spec, ok := c.clauseSpec(cl)
	if !ok {
		return nil, false, nil
	}
	l, err := x.cachedList(ctx, key, func(ctx context.Context) (*List, error) {
		terms, err := x.specTerms(ctx, spec)
		if err != nil {
			return nil, err
		}
		return x.ReadWord(ctx, terms)
	})
	return l, err == nil, err
}

// indexClauses counts the clauses of p that read terms of their own
// (clauseList): they share the query's cap on terms.
func (c *compiler) indexClauses(p *Parsed) int {
	n := 0
	for _, grp := range p.Groups {
		for _, cl := range grp {
			if c.readsTerms(cl) {
				n++
			}
		}
	}
	for _, cl := range p.Not {
		if c.readsTerms(cl) {
			n++
		}
	}
	return n
}

func (c *compiler) readsTerms(cl Clause) bool {
	if c.bm25Terms(cl) != nil || cl.Kind == KindNear || cl.Kind == KindDate {
		return false
	}
	_, ok := c.phrase(cl)
	return !ok
}

// allList is every searchable document, unscored: what a query of only
// excluded words starts from.
func (x *Index) allList() *List {
	if l, ok := x.lists.Get("all"); ok {
		return l
	}
	l := &List{Entries: x.searchable, Scores: make([]float32, len(x.searchable))}
	x.lists.Put("all", l)
	return l
}
