// Package score is the engine's one scorer: BM25F over the postings that
// search/reader gives, for every clause kind (words, phrases, prefix and
// fuzzy expansions, field clauses, concepts, related documents), and
// every ranking parameter in one struct (Params).
//
// It holds no index and no cache: the engine (package search) passes the
// postings in and keeps the lists.
package score

import "github.com/jhasearch/jhasearch/indexer"

// Params holds every ranking parameter: BM25F's and those added on
// top of it. Each was chosen on measurements that docs/relevance.md
// reports: SciFact's train queries and the judged set, never SciFact's
// test queries. Every clause kind is scored by one BM25F code (Word);
// these weigh its parts.
type Params struct {
	// K1 and B are BM25's: Lucene's defaults K1 = 1.2 with B = 0.75.
	K1, B float64
	// Fields weigh a match in the title above one in the summary, and
	// both above one in the body, in the order of indexer.TextFields.
	Fields [3]FieldWeight
	// KeywordBoost weighs a match of agency: or tag:, ConceptBoost one of
	// a concept's term (concepts.go), as a field of BM25F.
	KeywordBoost, ConceptBoost float64
	// ConceptB is B of the concept field: a release's other concepts
	// do not make it less about one.
	ConceptB float64
	// Related documents (related.go): the RelatedTerms most salient terms
	// of the RelatedCandidates most frequent in the document, those in
	// more than RelatedMaxShare of the releases left out.
	RelatedTerms, RelatedCandidates int
	RelatedMaxShare                 float64
	// TierGroups: a query of at least 2 and at most TierGroups word groups
	// ranks the releases with every group above those with only some
	// (matching.go); longer questions are ranked by BM25 alone, since
	// almost no document holds every word of a sentence. 0 tiers always.
	TierGroups int
	// DateWeight scales the score of a release published in a period the
	// query names (query_dates.go): 1 scores it as a word held by the releases
	// of the period would score, once.
	DateWeight float64
	// ProxWeight scales the proximity bonus (proximity.go) of the
	// ProxTopK best matches, for pairs of query terms at most ProxWindow
	// positions apart; 0 turns it off.
	ProxWeight float64
	ProxWindow int
	ProxTopK   int
	// Pseudo-relevance feedback (prf.go) for questions of PRFMinTerms
	// terms or more: the PRFTerms heaviest terms of the relevance model of
	// the PRFDocs best matches add PRFWeight × their share to the scores;
	// a term's weight is multiplied by its idf to the power prfIDF. A
	// PRFWeight of 0 turns it off.
	PRFMinTerms int
	PRFDocs     int
	PRFTerms    int
	PRFWeight   float64
	PRFIDF      float64
	// A question of LooseSumGroups groups or more adds up the scores of
	// its optional groups (phrases, concepts and OR groups with the plain
	// words), as BM25 adds its terms, instead of scaling them by the share
	// of groups matched, which shorter queries keep. 0: never.
	LooseSumGroups int
}

// Default is what the engine ranks with.
var Default = Params{
	K1:                1.2,
	B:                 0.75,
	Fields:            [3]FieldWeight{{indexer.FieldTitle, 3.0}, {indexer.FieldSummary, 1.0}, {indexer.FieldBody, 1.0}},
	KeywordBoost:      1,
	ConceptBoost:      1,
	ConceptB:          0,
	RelatedTerms:      20,
	RelatedCandidates: 80,
	RelatedMaxShare:   0.3,
	TierGroups:        0,
	DateWeight:        1,
	ProxWeight:        0.25,
	ProxWindow:        10,
	ProxTopK:          50,
	PRFMinTerms:       5,
	PRFDocs:           10,
	PRFTerms:          10,
	PRFWeight:         0,
	PRFIDF:            1,
	LooseSumGroups:    5,
}

// FieldWeight is the weight of a field in BM25F.
type FieldWeight struct {
	Field string
	Boost float64
}

// TierGap lifts the score of a release with every word above any score of
// one without (matching.go): BM25 scores of a query of at most 500
// characters stay far below it. A float64 holds a float32 score plus the
// gap exactly.
const TierGap = 1 << 20
