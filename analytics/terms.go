package analytics

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// Limits of the characteristic words. Reading a release costs about as
// much as a search, so a large result set is sampled: its SampleSize best
// results by relevance are read for candidate words (as Elasticsearch's
// significant_text is meant to run under a sampler of the top 100–200);
// the counts of the candidates are then exact, over the whole result set
// and the whole background, from the engine's postings.
const (
	SampleSize = 200
	// minDocCount is the fewest results a term must be in, in the sample
	// and in the whole set: Elasticsearch's default, which keeps one-off
	// words and misspellings out.
	minDocCount = 3
	// maxWordCandidates and maxPhraseCandidates are how many of the
	// sample's most frequent words and phrases are counted exactly.
	maxWordCandidates   = 100
	maxPhraseCandidates = 40
	DefaultTerms        = 25
	MaxTerms            = 50
)

// Background is what a result set is compared with.
type Background string

// Archive compares with every release; Filters with the releases that
// match the request's filters without its query.
const (
	Archive Background = "archive"
	Filters Background = "filters"
)

// ParseBackground reads a background parameter; empty is Archive.
func ParseBackground(s string) (Background, error) {
	switch Background(s) {
	case "":
		return Archive, nil
	case Archive, Filters:
		return Background(s), nil
	}
	return "", jhasearch.Errorf(jhasearch.EINVALID, "Parameter background is %q; it must be archive or filters.", clip(s))
}

// TermsRequest asks for the characteristic words of a search.
type TermsRequest struct {
	Search     jhasearch.SearchRequest // query and filters; order and paging ignored
	Background Background
	Size       int // terms in the answer; 0 is DefaultTerms
}

// Terms is the answer.
type Terms struct {
	// Results is the number of results; Sample how many of the best were
	// read for candidates (all of them when Results <= SampleSize).
	Results, Sample int
	Background      Background
	// BackgroundSize is the number of releases compared with.
	BackgroundSize int
	Terms          []Term
}

// Term is one word or two-word phrase.
type Term struct {
	Text string
	// Query refines a search to the releases that hold the term: the word,
	// or the phrase in quotes.
	Query  string
	Phrase bool
	// Results and Background count the releases holding the term among
	// the results and in the background; Score is their JLH score.
	Results, Background int
	Score               float64
}

// Terms answers a terms request.
func (v *Views) Terms(ctx context.Context, r TermsRequest) (*Terms, error) {
	if r.Background == "" {
		r.Background = Archive
	}
	if r.Size <= 0 {
		r.Size = DefaultTerms
	}
	if r.Size > MaxTerms {
		return nil, jhasearch.Errorf(jhasearch.EINVALID, "Parameter size is %d; it must be between 1 and %d.", r.Size, MaxTerms)
	}
	req := filtersOf(r.Search)
	req.Query = r.Search.Query
	r.Search = req
	key := fmt.Sprintf("terms|%v|%s|%d", r.Search, r.Background, r.Size)
	return cached(ctx, v, key, func(*jhasearch.Stats) (*Terms, error) { return v.terms(ctx, &r) })
}

func (v *Views) terms(ctx context.Context, r *TermsRequest) (*Terms, error) {
	sample, total, err := v.sample(ctx, r.Search)
	if err != nil {
		return nil, err
	}
	bgReq := jhasearch.SearchRequest{}
	if r.Background == Filters {
		bgReq = filtersOf(r.Search)
	}
	bgRes, err := v.eng.Search(ctx, withSize(bgReq, 1))
	if err != nil {
		return nil, err
	}
	out := &Terms{Results: total, Sample: len(sample), Background: r.Background, BackgroundSize: bgRes.Total, Terms: []Term{}}
	cands := candidates(sample, queryWords(r.Search.Query))
	if len(cands) == 0 || total == 0 {
		return out, nil
	}
	queries := make([]string, len(cands))
	for i, c := range cands {
		queries[i] = c.Query
	}
	fg, err := v.eng.CountMatching(ctx, r.Search, queries)
	if err != nil {
		return nil, err
	}
	bg, err := v.eng.CountMatching(ctx, bgReq, queries)
	if err != nil {
		return nil, err
	}
	for i, c := range cands {
		c.Results, c.Background = fg[i], bg[i]
		if c.Results < minDocCount {
			continue
		}
		if c.Score = jlh(c.Results, total, c.Background, bgRes.Total); c.Score > 0 {
			out.Terms = append(out.Terms, c)
		}
	}
	slices.SortStableFunc(out.Terms, func(a, b Term) int {
		switch {
		case a.Score != b.Score:
			return cmpFloat(b.Score, a.Score)
		case a.Results != b.Results:
			return b.Results - a.Results
		}
		return strings.Compare(a.Text, b.Text)
	})
	if len(out.Terms) > r.Size {
		out.Terms = out.Terms[:r.Size]
	}
	return out, nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func withSize(req jhasearch.SearchRequest, n int) jhasearch.SearchRequest {
	req.Size, req.Page, req.Cursor = n, 1, ""
	return req
}

// sample reads the best SampleSize results of a search, bodies included.
func (v *Views) sample(ctx context.Context, req jhasearch.SearchRequest) ([]*jhasearch.Document, int, error) {
	var docs []*jhasearch.Document
	total := 0
	for page := 1; len(docs) < SampleSize; page++ {
		q := withSize(req, jhasearch.MaxPageSize)
		q.Page, q.Sort = page, jhasearch.SortRelevance
		res, err := v.eng.Search(ctx, q)
		if err != nil {
			return nil, 0, err
		}
		total = res.Total
		for _, h := range res.Hits {
			if len(docs) == SampleSize {
				break
			}
			d, err := v.eng.Document(ctx, h.Document.ID)
			if err != nil {
				return nil, 0, err
			}
			docs = append(docs, d)
		}
		if len(res.Hits) < jhasearch.MaxPageSize || page*jhasearch.MaxPageSize >= total {
			break
		}
	}
	return docs, total, nil
}

// candidates returns the words and two-word phrases in at least
// minDocCount of the sample's releases, the most frequent first, without
// stop words and without the query's own words.
func candidates(docs []*jhasearch.Document, skip map[string]bool) []Term {
	wordDF, phraseDF := map[string]int{}, map[string]int{}
	for _, d := range docs {
		words, phrases := releaseTerms(d, skip)
		for w := range words {
			wordDF[w]++
		}
		for p := range phrases {
			phraseDF[p]++
		}
	}
	var out []Term
	for _, t := range topByCount(wordDF, maxWordCandidates) {
		out = append(out, Term{Text: t, Query: t})
	}
	for _, t := range topByCount(phraseDF, maxPhraseCandidates) {
		out = append(out, Term{Text: t, Query: `"` + t + `"`, Phrase: true})
	}
	return out
}

// topByCount returns the keys counted at least minDocCount times, the n
// most frequent, ties by key.
func topByCount(m map[string]int, n int) []string {
	var keys []string
	for k, c := range m {
		if c >= minDocCount {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return strings.Compare(a, b)
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// releaseTerms returns the distinct words and two-word phrases of a
// release: words of three letters or more, not stop words of its language
// nor words of the query; a phrase is two such words next to each other
// in the text, with no stop word, number or punctuation between them.
func releaseTerms(d *jhasearch.Document, skip map[string]bool) (words, phrases map[string]bool) {
	words, phrases = map[string]bool{}, map[string]bool{}
	stop := stopList(d.Language)
	for _, text := range []string{d.Title, d.Summary, d.Body} {
		prev := ""
		for _, tok := range tokens(text) {
			if tok == "" || stop[tok] || stopWords["en"][tok] || !useful(tok) {
				prev = ""
				continue
			}
			if skip[tok] {
				prev = tok
				continue
			}
			words[tok] = true
			if prev != "" && !skip[prev] {
				phrases[prev+" "+tok] = true
			}
			prev = tok
		}
	}
	return words, phrases
}

// tokens splits text into lower-case words of letters and digits; an
// empty token marks a break (punctuation other than a hyphen or an
// apostrophe).
func tokens(text string) []string {
	var out []string
	var b strings.Builder
	flush := func(brk bool) {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
		if brk {
			out = append(out, "")
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’':
			// A hyphenated word or an elision is read as its words.
			flush(false)
		default:
			flush(true)
		}
	}
	flush(false)
	return out
}

// useful keeps words of three letters or more that are not numbers.
func useful(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// queryWords are the words of a query, which every result holds and which
// would only say so.
func queryWords(q string) map[string]bool {
	m := map[string]bool{}
	for _, t := range tokens(q) {
		if t != "" {
			m[t] = true
		}
	}
	return m
}
