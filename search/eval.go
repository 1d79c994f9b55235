package search

import "context"

// evalQuery returns the documents matching p, scored: the list of each
// clause (postings.go), combined. strict makes every group required;
// otherwise the plain words become optional (any may match, BM25 ranks the
// documents that match more of them higher) while field terms on agency
// and tag stay required. ok is false when nothing can match. The combined
// list is cached under the query, so paging, sorting and clicking facets
// reuse it.
func (e *Engine) evalQuery(ctx context.Context, g *generation, c *compiler, p *parsedQuery, query string, strict bool) (l *list, ok bool, err error) {
	key := "q|loose|" + query
	if strict {
		key = "q|strict|" + query
	}
	if l, ok := g.queries.Get(key); ok {
		return l, true, nil
	}
	ctx = termShare(ctx, c.indexClauses(p))
	var must, should []*list
	var loose []*list
	seen := map[string]bool{}
	for _, grp := range p.groups {
		if !strict && len(grp) == 1 {
			if terms := withoutVacuous(c.bm25Terms(grp[0])); terms != nil {
				if k := wordKey(terms); !seen[k] {
					seen[k] = true
					l, err := g.wordList(ctx, terms)
					if err != nil {
						return nil, false, err
					}
					loose = append(loose, l)
				}
				continue
			}
		}
		var alts []*list
		for _, cl := range grp {
			l, ok, err := e.clauseList(ctx, g, c, cl)
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
			must = append(must, union(alts, true))
		default:
			should = append(should, union(alts, true))
		}
	}
	if len(loose) > 0 {
		// The words of BM25 add up without coord: each scores its idf.
		should = append(should, union(loose, false))
	}
	var not []*list
	for _, cl := range p.not {
		l, ok, err := e.clauseList(ctx, g, c, cl)
		if err != nil {
			return nil, false, err
		}
		if ok {
			not = append(not, l)
		}
	}
	if len(must) == 0 && len(should) == 0 {
		if len(p.groups) > 0 {
			return nil, false, nil // only stop words: nothing to look for
		}
		must = append(must, g.allList())
	}
	if n := e.ranking.LooseSumGroups; !strict && len(must) == 0 && n > 0 && p.textGroups() >= n {
		l = subtract(union(should, false), not)
	} else {
		l = combine(must, should, not)
	}
	g.queries.Put(key, l)
	return l, true, nil
}

// combine returns the documents in every list of must (or, without any,
// in at least one of should) and in none of not; the optional lists add
// their scores to the documents they share with the required ones.
func combine(must, should, not []*list) *list {
	var l *list
	switch {
	case len(must) == 0:
		l = union(should, true)
	case len(should) == 0:
		l = intersect(must)
	default:
		l = boost(intersect(must), union(should, true))
	}
	return subtract(l, not)
}

// clauseList returns the list of one clause; ok is false when the clause
// holds only stop words or names an agency or tag the index does not know.
// Plain words are read from their postings, phrases checked on positions
// (phrase.go); every other clause (prefixes, fuzzy words, concepts, agency
// and tag terms, words of the summary or the body) reads the terms it
// expands to and scores them as one word. All are cached.
func (e *Engine) clauseList(ctx context.Context, g *generation, c *compiler, cl clause) (*list, bool, error) {
	if terms := c.bm25Terms(cl); terms != nil {
		l, err := g.wordList(ctx, terms)
		return l, err == nil, err
	}
	key := clauseKey(cl)
	if p, ok := c.phrase(cl); ok {
		l, err := g.phraseList(ctx, key, p)
		return l, err == nil, err
	}
	if cl.kind == kindConcept {
		return e.conceptList(ctx, g, c, cl)
	}
	if cl.kind == kindDate {
		l, err := e.dateList(ctx, g, c, cl)
		return l, err == nil, err
	}
	if cl.kind == kindNear {
		return g.nearList(ctx, c, cl)
	}
	spec, ok := c.clauseSpec(cl)
	if !ok {
		return nil, false, nil
	}
	l, err := g.cachedList(ctx, key, func(ctx context.Context) (*list, error) {
		terms, err := g.specTerms(ctx, spec)
		if err != nil {
			return nil, err
		}
		return g.readWord(ctx, terms)
	})
	return l, err == nil, err
}

// indexClauses counts the clauses of p that read terms of their own
// (clauseList): they share the query's cap on terms.
func (c *compiler) indexClauses(p *parsedQuery) int {
	n := 0
	for _, grp := range p.groups {
		for _, cl := range grp {
			if c.readsTerms(cl) {
				n++
			}
		}
	}
	for _, cl := range p.not {
		if c.readsTerms(cl) {
			n++
		}
	}
	return n
}

func (c *compiler) readsTerms(cl clause) bool {
	if c.bm25Terms(cl) != nil || cl.kind == kindNear || cl.kind == kindDate {
		return false
	}
	_, ok := c.phrase(cl)
	return !ok
}

// allList is every searchable document, unscored: what a query of only
// excluded words starts from.
func (g *generation) allList() *list {
	if l, ok := g.lists.Get("all"); ok {
		return l
	}
	l := &list{entries: g.searchable, scores: make([]float32, len(g.searchable))}
	g.lists.Put("all", l)
	return l
}
