package query

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// The query language, parsed here into clauses and never handed to Bleve's
// query-string parser: plain words (stemmed; the releases with all of them
// rank first, matching.go), "quoted phrases", -exclusions, OR between two
// clauses, word NEAR/n word and "words"~n (near.go), title:/agency:/tag:
// field terms, prefix* and fuzzy~ / fuzzy~2; dates are found among the
// plain words later (query_dates.go). Anything else is text: hyphens,
// colons, parentheses, full stops and a minus before a digit ("-20%") are
// searched as words, never rejected.

// ClauseKind is what a clause matches.
type ClauseKind int

const (
	KindWord ClauseKind = iota
	KindPhrase
	KindPrefix
	KindFuzzy
	// kindConcept is words that name a concept of the vocabulary; the
	// query expands them to every name of the concept (concepts.go).
	KindConcept
)

// Clause is one term of a query.
type Clause struct {
	Kind  ClauseKind
	Field string // "" for the text fields, else title, agency or tag
	Text  string
	Fuzz  int
	// Concept is the vocabulary's id of a kindConcept clause.
	Concept string
	// From and To are the first and last day of a kindDate clause.
	From, To time.Time
	// Slop is the window of a kindNear clause (near.go).
	Slop int
}

// Parsed is a conjunction of groups, each a disjunction of clauses
// (joined by OR), minus the excluded clauses.
type Parsed struct {
	Groups [][]Clause
	Not    []Clause
}

// Empty reports whether p has no clause: a query of nothing (or of
// punctuation only) browses.
func (p *Parsed) Empty() bool { return len(p.Groups) == 0 && len(p.Not) == 0 }

// fieldNames are the field prefixes the language knows; any other word
// with a colon is text ("Note: ...").
var fieldNames = map[string]string{"title": "title", "agency": "agency", "tag": "tag"}

// Limits of the language.
const (
	minPrefixLen = 2
	maxFuzz      = 2
)

// Parse parses q. It fails only on what cannot be searched sensibly:
// a query too long, a prefix too short, a fuzziness above maxFuzz.
func Parse(q string) (*Parsed, error) {
	if n := utf8.RuneCountInString(q); n > jhasearch.MaxQueryLength {
		return nil, jhasearch.Errorf(jhasearch.EINVALID,
			"The query (q) is %d characters long; at most %d are allowed.", n, jhasearch.MaxQueryLength)
	}
	p := &Parsed{}
	s := &scanner{src: []rune(q)}
	orNext := false
	nearNext := -1
	for {
		tok, ok := s.next()
		if !ok {
			break
		}
		if tok.raw == "OR" && !tok.quoted {
			orNext = len(p.Groups) > 0
			continue
		}
		if n, ok, err := nearOperator(tok); err != nil {
			return nil, err
		} else if ok {
			nearNext = n
			continue
		}
		c, keep, err := tok.clause()
		if err != nil {
			return nil, err
		}
		near := nearNext
		nearNext = -1
		switch {
		case !keep:
		case tok.neg:
			p.Not = append(p.Not, c)
		case near >= 0 && !orNext && len(p.Groups) > 0 && len(p.Groups[len(p.Groups)-1]) == 1:
			last := &p.Groups[len(p.Groups)-1][0]
			if j, ok := joinNear(*last, c, near); ok {
				*last = j
			} else {
				p.Groups = append(p.Groups, []Clause{c})
			}
		case orNext:
			last := len(p.Groups) - 1
			p.Groups[last] = append(p.Groups[last], c)
		default:
			p.Groups = append(p.Groups, []Clause{c})
		}
		orNext = false
	}
	return p, nil
}

// token is one whitespace-separated unit of the query, or a quoted phrase.
type token struct {
	raw    string
	field  string
	neg    bool
	quoted bool
	// slop is n of a quoted phrase followed by ~n, else -1.
	slop int
}

// scanner splits a query into tokens.
type scanner struct {
	src []rune
	pos int
}

func (s *scanner) next() (token, bool) {
	for s.pos < len(s.src) && unicode.IsSpace(s.src[s.pos]) {
		s.pos++
	}
	if s.pos >= len(s.src) {
		return token{}, false
	}
	var t token
	// A minus excludes only before a letter or a quote: "-20%" is text.
	if s.src[s.pos] == '-' && s.pos+1 < len(s.src) && (unicode.IsLetter(s.src[s.pos+1]) || s.src[s.pos+1] == '"') {
		t.neg = true
		s.pos++
	}
	start := s.pos
	for s.pos < len(s.src) && !unicode.IsSpace(s.src[s.pos]) && s.src[s.pos] != '"' {
		if s.src[s.pos] == ':' {
			if f, ok := fieldNames[strings.ToLower(string(s.src[start:s.pos]))]; ok && s.pos+1 < len(s.src) && !unicode.IsSpace(s.src[s.pos+1]) {
				t.field = f
				s.pos++
				start = s.pos
				continue
			}
		}
		s.pos++
	}
	if s.pos < len(s.src) && s.src[s.pos] == '"' && s.pos == start {
		s.pos++
		end := s.pos
		for end < len(s.src) && s.src[end] != '"' {
			end++
		}
		t.raw, t.quoted, t.slop = string(s.src[s.pos:end]), true, -1
		s.pos = min(end+1, len(s.src))
		// "…"~n: the words within a window (near.go).
		if s.pos+1 < len(s.src) && s.src[s.pos] == '~' && unicode.IsDigit(s.src[s.pos+1]) {
			k := s.pos + 1
			for k < len(s.src) && unicode.IsDigit(s.src[k]) {
				k++
			}
			t.slop, _ = strconv.Atoi(string(s.src[s.pos+1 : k]))
			if k-s.pos-1 > 3 {
				t.slop = maxSlop + 1 // refused in clause
			}
			s.pos = k
		}
		return t, true
	}
	t.raw = string(s.src[start:s.pos])
	return t, true
}
