package analytics

import (
	"cmp"
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
	// wordPool is how many of the sample's most frequent words are
	// weighed with the index's document frequencies (microseconds each);
	// maxWordCandidates and maxPhraseCandidates are how many of the most
	// promising words and phrases are then counted exactly (a millisecond
	// or more each on 100,000 releases: a word's postings, a phrase's
	// positions).
	wordPool            = 400
	maxWordCandidates   = 24
	maxPhraseCandidates = 10
	// promisingWords are the best estimated words whose phrases are
	// candidates. A phrase is one only when one of its words is in at most
	// phraseShare of the archive: a phrase of two words common everywhere
	// is rarely characteristic, and its positions are the dearest to check
	// (a quarter of a second on 100,000 releases for two words in every
	// release).
	promisingWords = 100
	phraseShare    = 0.03
	minPhraseDocs  = 1000 // a small archive checks every phrase
	// minRise is the least estimated over-representation (share in the
	// sample over share in the archive) of a candidate word.
	minRise      = 1.25
	DefaultTerms = 25
	MaxTerms     = 50
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
	cands, err := v.candidates(ctx, sample, queryWords(r.Search.Query))
	if err != nil {
		return nil, err
	}
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

// candidates returns the words and two-word phrases worth counting
// exactly: of the words in at least minDocCount of the sample's releases
// (stop words and the query's own words left out), those whose share of
// the sample stands out most against their document frequency in the
// index (an estimate, see Engine.DocFrequencies), scored as the answer
// scores them; and the phrases of the most promising words that are
// frequent in the sample.
func (v *Views) candidates(ctx context.Context, docs []*jhasearch.Document, skip map[string]bool) ([]Term, error) {
	c := newCounter(skip)
	for _, d := range docs {
		c.add(d)
	}
	pool := c.frequentWords(wordPool)
	if len(pool) == 0 {
		return nil, nil
	}
	words := make([]string, len(pool))
	for i, w := range pool {
		words[i] = c.words[w.id]
	}
	dfs, err := v.eng.DocFrequencies(ctx, words)
	if err != nil {
		return nil, err
	}
	st, err := v.eng.Stats(ctx)
	if err != nil {
		return nil, err
	}
	n := max(st.Documents, 1)
	rare := map[int32]bool{}
	for i := range pool {
		pool[i].score = jlh(int(pool[i].df), len(docs), dfs[i], n)
		if float64(pool[i].df)/float64(len(docs)) < minRise*float64(dfs[i])/float64(n) {
			pool[i].score = 0
		}
		rare[pool[i].id] = float64(dfs[i]) <= max(phraseShare*float64(n), minPhraseDocs)
	}
	slices.SortStableFunc(pool, func(a, b candidate) int { return cmpFloat(b.score, a.score) })
	var out []Term
	promising := map[int32]bool{}
	for i, w := range pool {
		if w.score <= 0 {
			break
		}
		if i < maxWordCandidates {
			out = append(out, Term{Text: c.words[w.id], Query: c.words[w.id]})
		}
		if i < promisingWords {
			promising[w.id] = true
		}
	}
	for _, t := range c.frequentPhrases(promising, rare, maxPhraseCandidates) {
		out = append(out, Term{Text: t, Query: `"` + t + `"`, Phrase: true})
	}
	return out, nil
}

// candidate is a word of the sample with its count and estimated score.
type candidate struct {
	id    int32
	df    int32
	score float64
}

// counter counts in how many releases each word and each two-word phrase
// occurs. Words are numbered as they are met and phrases are pairs of
// numbers, so that a release of a few thousand words costs a map lookup
// per word and no allocation but for new words: the sample's 200 releases
// are read on every new answer.
type counter struct {
	skip  map[string]bool
	ids   map[string]int32
	words []string
	// wordDF[id] and phrases[pair].df count releases; wordSeen[id] and
	// phrases[pair].seen hold the release that last counted them, so that
	// each counts once per release.
	wordDF, wordSeen []int32
	phrases          map[uint64]seen
	doc              int32
	buf              []byte
}

type seen struct{ df, seen int32 }

func newCounter(skip map[string]bool) *counter {
	return &counter{skip: skip, ids: map[string]int32{}, phrases: map[uint64]seen{}}
}

// add counts a release's words and phrases: words of three letters or
// more, not stop words of its language nor words of the query; a phrase
// is two such words next to each other in the text, with no stop word,
// number or punctuation between them.
func (c *counter) add(d *jhasearch.Document) {
	c.doc++
	stop, en := stopList(d.Language), stopWords["en"]
	for _, text := range []string{d.Title, d.Summary, d.Body} {
		prev := int32(-1)
		eachToken(text, c.buf[:0], func(tok []byte) {
			if tok == nil || stop[string(tok)] || en[string(tok)] || !useful(tok) {
				prev = -1
				return
			}
			id := c.id(tok)
			if c.skip[c.words[id]] {
				prev = -2 // a query word: no phrase with it either
				return
			}
			if c.wordSeen[id] != c.doc {
				c.wordSeen[id] = c.doc
				c.wordDF[id]++
			}
			if prev >= 0 {
				pair := uint64(prev)<<32 | uint64(id)
				if p := c.phrases[pair]; p.seen != c.doc {
					c.phrases[pair] = seen{df: p.df + 1, seen: c.doc}
				}
			}
			prev = id
		})
	}
}

func (c *counter) id(tok []byte) int32 {
	if id, ok := c.ids[string(tok)]; ok {
		return id
	}
	id := int32(len(c.words))
	w := string(tok)
	c.ids[w] = id
	c.words = append(c.words, w)
	c.wordDF, c.wordSeen = append(c.wordDF, 0), append(c.wordSeen, 0)
	return id
}

// frequentWords returns the n words in the most releases, at least
// minDocCount, ties by word.
func (c *counter) frequentWords(n int) []candidate {
	var all []candidate
	for id, df := range c.wordDF {
		if df >= minDocCount {
			all = append(all, candidate{id: int32(id), df: df})
		}
	}
	slices.SortFunc(all, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.df, a.df), strings.Compare(c.words[a.id], c.words[b.id]))
	})
	return all[:min(n, len(all))]
}

// frequentPhrases returns the n phrases of two words of among, one of them
// rare, in the most releases, at least minDocCount, ties by text.
func (c *counter) frequentPhrases(among, rare map[int32]bool, n int) []string {
	type kv struct {
		text string
		df   int32
	}
	var all []kv
	for pair, p := range c.phrases {
		if a, b := int32(pair>>32), int32(uint32(pair)); p.df >= minDocCount && among[a] && among[b] && (rare[a] || rare[b]) {
			all = append(all, kv{c.words[a] + " " + c.words[b], p.df})
		}
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(cmp.Compare(b.df, a.df), strings.Compare(a.text, b.text)) })
	out := make([]string, 0, min(n, len(all)))
	for _, x := range all[:min(n, len(all))] {
		out = append(out, x.text)
	}
	return out
}

// releaseTerms returns the distinct words and phrases of one release, as
// counter.add counts them.
func releaseTerms(d *jhasearch.Document, skip map[string]bool) (words, phrases map[string]bool) {
	c := newCounter(skip)
	c.add(d)
	words, phrases = map[string]bool{}, map[string]bool{}
	for id, df := range c.wordDF {
		if df > 0 {
			words[c.words[id]] = true
		}
	}
	for pair := range c.phrases {
		phrases[c.words[pair>>32]+" "+c.words[uint32(pair)]] = true
	}
	return words, phrases
}

// eachToken calls fn with each lower-case word of letters and digits of
// text, in buf (valid only during the call), and with nil at a break:
// punctuation other than a hyphen or an apostrophe, which split a word
// without breaking a phrase.
func eachToken(text string, buf []byte, fn func([]byte)) {
	flush := func(brk bool) {
		if len(buf) > 0 {
			fn(buf)
			buf = buf[:0]
		}
		if brk {
			fn(nil)
		}
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			buf = append(buf, byte(r))
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case unicode.IsSpace(r) || r == '-' || r == '\'' || r == '’':
			flush(false)
		default:
			flush(true)
		}
	}
	flush(false)
}

// useful keeps words of three letters or more that are not numbers.
func useful(w []byte) bool {
	if utf8.RuneCount(w) < 3 {
		return false
	}
	for _, r := range string(w) {
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
	eachToken(q, nil, func(tok []byte) {
		if tok != nil {
			m[string(tok)] = true
		}
	})
	return m
}
