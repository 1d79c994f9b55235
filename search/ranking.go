package search

import "github.com/jhasearch/jhasearch/search/score"

// The ranking parameters, every one of them, are score.Params
// (search/score/params.go); the engine ranks with score.Default unless a
// test sets others.
type rankingParams = score.Params

var defaultRanking = score.Default

// tierGap lifts the score of a release with every word above any score of
// one without (search/query/matching.go).
const tierGap = score.TierGap
