package query

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// querySeeds are queries of every form the language knows, and of forms a
// hostile or careless user sends.
var querySeeds = []string{
	"", "frontex", `"border guards" -training`, "smuggling OR trafficking", "title:risk agency:Europol",
	"tag:\"document fraud\"", "traff*", "a*", "*a*b*c*d*", "smugglin~", "smugglin~2", "word~99", "word~0",
	"/(a+)+/", "a*b*c*d*e*f*g*", "-20% OR", "OR OR OR", "-\"\"", "title:", "tag:\"unclosed", "\xff\xfe*",
	"Note: (a AND b) [1 TO 2]", "\"", "~", "-", "agency:nosuch", "ÉTÉ* über~1",
}

// FuzzParseQuery checks the query language on arbitrary input: it never
// panics, refuses only with EINVALID, and every clause it keeps is
// searchable and within the language's limits.
func FuzzParseQuery(f *testing.F) {
	for _, q := range querySeeds {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		p, err := Parse(q)
		if err != nil {
			checkInvalid(t, err)
			return
		}
		if utf8.RuneCountInString(q) > jhasearch.MaxQueryLength {
			t.Fatalf("query of %d characters accepted", utf8.RuneCountInString(q))
		}
		n := len(p.Not)
		for _, g := range p.Groups {
			if len(g) == 0 {
				t.Fatal("empty OR group")
			}
			n += len(g)
			for _, c := range g {
				checkClause(t, c)
			}
		}
		for _, c := range p.Not {
			checkClause(t, c)
		}
		if n > len(strings.Fields(q))+strings.Count(q, `"`) {
			t.Fatalf("%d clauses from %d words", n, len(strings.Fields(q)))
		}
	})
}

func checkClause(t *testing.T, c Clause) {
	t.Helper()
	// A phrase of punctuation only ("!") is kept and matches nothing, as a
	// phrase of stop words does; every other clause holds a word.
	if c.Text == "" || c.Text != strings.TrimSpace(c.Text) || !utf8.ValidString(c.Text) ||
		(c.Kind != KindPhrase && !hasWordRune(c.Text)) {
		t.Fatalf("clause %+v is empty, untrimmed, without a word or not UTF-8", c)
	}
	switch c.Field {
	case "", "title", "agency", "tag":
	default:
		t.Fatalf("clause %+v has an unknown field", c)
	}
	switch {
	case c.Kind == KindPrefix && utf8.RuneCountInString(c.Text) < minPrefixLen:
		t.Fatalf("prefix %q shorter than %d", c.Text, minPrefixLen)
	case c.Kind == KindFuzzy && (c.Fuzz < 1 || c.Fuzz > maxFuzz):
		t.Fatalf("fuzziness %d accepted", c.Fuzz)
	}
}

func checkInvalid(t *testing.T, err error) {
	t.Helper()
	var e *jhasearch.Error
	if !errors.As(err, &e) || e.Code != jhasearch.EINVALID || e.Message == "" {
		t.Fatalf("error %v is not an EINVALID *jhasearch.Error with a message", err)
	}
}
