package search

import "github.com/jhasearch/jhasearch/indexer"

// rankingParams holds every ranking parameter: BM25F's and those added on
// top of it. Each was chosen on measurements that docs/relevance.md
// reports: SciFact's train queries and the judged set, never SciFact's
// test queries. Every clause kind is scored by one BM25F code (readWord);
// these weigh its parts.
type rankingParams struct {
	// k1 and b are BM25's: Lucene's defaults k1 = 1.2 with b = 0.75.
	k1, b float64
	// fieldWeights weigh a match in the title above one in the summary, and
	// both above one in the body, in the order of indexer.TextFields.
	fieldWeights [3]fieldWeight
	// keywordBoost weighs a match of agency: or tag:, conceptBoost one of
	// a concept's term (concepts.go), as a field of BM25F.
	keywordBoost, conceptBoost float64
	// conceptB is b of the concept field: a release's other concepts
	// do not make it less about one.
	conceptB float64
	// Related documents (related.go): the relatedTerms most salient terms
	// of the relatedCandidates most frequent in the document, those in
	// more than relatedMaxShare of the releases left out.
	relatedTerms, relatedCandidates int
	relatedMaxShare                 float64
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
	k1:                1.2,
	b:                 0.75,
	fieldWeights:      [3]fieldWeight{{indexer.FieldTitle, 3.0}, {indexer.FieldSummary, 1.0}, {indexer.FieldBody, 1.0}},
	keywordBoost:      1,
	conceptBoost:      1,
	conceptB:          0,
	relatedTerms:      20,
	relatedCandidates: 80,
	relatedMaxShare:   0.3,
	tierGroups:        0,
	dateWeight:        1,
	proxWeight:        0.25,
	proxWindow:        10,
	proxTopK:          50,
	prfMinTerms:       5,
	prfDocs:           10,
	prfTerms:          10,
	prfWeight:         0,
	prfIDF:            1,
	looseSumGroups:    5,
}

// fieldWeight is the weight of a field in BM25F.
type fieldWeight struct {
	field string
	boost float64
}

// tierGap lifts the score of a release with every word above any score of
// one without (matching.go): BM25 scores of a query of at most 500
// characters stay far below it. A float64 holds a float32 score plus the
// gap exactly.
const tierGap = 1 << 20
