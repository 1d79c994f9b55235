package search

// rankingParams holds the ranking parameters added on top of BM25F
// (k1, b and the field weights are still in generation.go and compile.go;
// issue 16 gathers them here). Each was chosen on measurements that
// docs/relevance.md reports: SciFact's train queries and the judged set,
// never SciFact's test queries.
type rankingParams struct {
	// tierGroups: a query of at least 2 and at most tierGroups word groups
	// ranks the releases with every group above those with only some
	// (matching.go); longer questions are ranked by BM25 alone, since
	// almost no document holds every word of a sentence. 0 tiers always.
	tierGroups int
	// dateWeight scales the score of a release published in a period the
	// query names (query_dates.go): 1 scores it as a word held by the releases
	// of the period would score, once.
	dateWeight float64
	// proxWeight scales the proximity bonus (proximity.go) of the
	// proxTopK best matches, for pairs of query terms at most proxWindow
	// positions apart; 0 turns it off.
	proxWeight float64
	proxWindow int
	proxTopK   int
	// Pseudo-relevance feedback (prf.go) for questions of prfMinTerms
	// terms or more: the prfTerms heaviest terms of the relevance model of
	// the prfDocs best matches add prfWeight × their share to the scores;
	// a term's weight is multiplied by its idf to the power prfIDF. A
	// prfWeight of 0 turns it off.
	prfMinTerms int
	prfDocs     int
	prfTerms    int
	prfWeight   float64
	prfIDF      float64
	// A question of looseSumGroups groups or more adds up the scores of
	// its optional groups (phrases, concepts and OR groups with the plain
	// words), as BM25 adds its terms, instead of scaling them by the share
	// of groups matched, which shorter queries keep. 0: never.
	looseSumGroups int
}

// defaultRanking is what the engine ranks with.
var defaultRanking = rankingParams{
	tierGroups:     0,
	dateWeight:     1,
	proxWeight:     0.25,
	proxWindow:     10,
	proxTopK:       50,
	prfMinTerms:    5,
	prfDocs:        10,
	prfTerms:       10,
	prfWeight:      0,
	prfIDF:         1,
	looseSumGroups: 5,
}
