package search

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestQueryLanguage(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	tests := []struct {
		name, q string
		want    []string // sorted ids
		match   string
	}{
		{"empty is everything but collapsed members", "", []string{"d01", "d03", "d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d14", "d15", "d16"}, ""},
		{"stemming", "smuggler", []string{"d01"}, ""},
		{"all words must match when asked", "cocaine wastewater", []string{"d11"}, jhasearch.MatchAll},
		// issue 18: by default the releases with some of the words follow
		// (TestSomeWordsRankBelowAll checks the order and the counts).
		{"any words by default", "cocaine wastewater", []string{"d04", "d11"}, ""},
		{"no document has all words: any may match", "cocaine passports", []string{"d03", "d04", "d11"}, ""},
		{"phrase", `"drug trafficking"`, []string{"d04"}, ""},
		{"phrase needs order", `"trafficking drug"`, []string{}, ""},
		{"phrase keeps the place of stop words", `"rights at the borders"`, []string{"d06"}, ""},
		{"phrase without the stop words is another phrase", `"rights borders"`, []string{}, ""},
		{"phrase in the summary", `"highest level"`, []string{"d07"}, ""},
		{"phrase does not run from one field into the next", `"published irregular"`, []string{}, ""},
		{"quoted word", `"smugglers"`, []string{"d01"}, ""},
		{"exclusion", "fraud -vat", []string{"d03", "d14", "d16"}, ""},
		{"exclusion of a phrase", `cocaine -"drug report"`, []string{"d04"}, ""},
		{"OR", "cocaine OR passports", []string{"d03", "d04", "d11"}, ""},
		{"title field", "title:border", []string{"d03", "d04", "d06"}, ""},
		{"title phrase", `title:"drug report"`, []string{"d11"}, ""},
		{"agency field any case", "agency:EUROPOL", []string{"d01", "d04", "d12", "d15"}, ""},
		{"agency of a joint release", "agency:eurojust smuggling", []string{"d01"}, ""},
		{"tag field", `tag:"document fraud"`, []string{"d03", "d16"}, ""},
		{"unknown agency", "agency:nasa", []string{}, ""},
		{"prefix", "traff*", []string{"d04", "d13"}, ""},
		{"fuzzy", "cocain~", []string{"d04", "d11"}, ""},
		{"fuzzy two edits", "cocaien~2", []string{"d04", "d11"}, ""},
		{"hyphenated word is a phrase", "cross-border", []string{"d03", "d04"}, ""},
		{"minus before a digit is text", "-20%", []string{"d07"}, ""},
		{"colon of an unknown field is text", "annex: tables", []string{"d07"}, ""},
		{"parentheses and full stops", "(Entry/Exit System).", []string{"d10"}, ""},
		{"only stop words", "the of and", []string{}, ""},
		{"only exclusion", "-europol -frontex -eurojust -asylum -fraud -drug -cybercrime", []string{"d01", "d08", "d10", "d12", "d13", "d15"}, ""},
		{"unicode", "Verdächtige", []string{"d12"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(search(t, e, jhasearch.SearchRequest{Query: tt.q, Match: tt.match}))
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("q=%q mismatch (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestNaturalLanguageIsNeverRejected(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	for _, q := range []string{
		"What did Europol say about cross-border drug trafficking (2022)?",
		"-20% asylum: applications, rose.", "Note: \"unterminated phrase", "OR", "a OR", "- -- ---", "~ * : \"\"",
		"title:", "agency:", "e-mail", "U.S. A.B.C.", "don't", "**", "x~y", "50%-60%",
	} {
		if _, err := e.Search(context.Background(), jhasearch.SearchRequest{Query: q, Page: 1, Size: 10, Sort: jhasearch.SortRelevance}); err != nil {
			t.Errorf("q=%q: %v", q, err)
		}
	}
}

func TestRankingTitleFirst(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	// "fraud" is in d03's body and in d09's title; d16 has it in the body only.
	got := ids(search(t, e, jhasearch.SearchRequest{Query: "cocaine"}))
	if len(got) < 2 || got[0] != "d11" {
		t.Errorf("cocaine: want d11 (title match) first, got %v", got)
	}
}

func TestSnippetsAreEscaped(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	for _, q := range []string{"offers", "script alert", "img onerror"} {
		res := search(t, e, jhasearch.SearchRequest{Query: q})
		if len(res.Hits) == 0 {
			t.Fatalf("q=%q: no hits", q)
		}
		h := res.Hits[0]
		s := strings.ReplaceAll(strings.ReplaceAll(h.Snippet, "<mark>", ""), "</mark>", "")
		if strings.ContainsAny(s, "<>") {
			t.Errorf("q=%q: snippet has markup besides <mark>: %s", q, h.Snippet)
		}
		if !strings.Contains(h.Document.Title, "<script>") {
			t.Errorf("q=%q: title must stay plain text, got %q", q, h.Document.Title)
		}
	}
	res := search(t, e, jhasearch.SearchRequest{Query: "offers"})
	want := "Traffickers post fake job <mark>offers</mark> &lt;img src=x onerror=alert(2)&gt; to lure victims. Trafficking in human beings often starts with such <mark>offers</mark> &amp; promises."
	if diff := cmp.Diff(want, res.Hits[0].Snippet); diff != "" {
		t.Errorf("snippet mismatch (-want +got):\n%s", diff)
	}
}

func TestSnippetMarksStems(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	res := search(t, e, jhasearch.SearchRequest{Query: "smuggler"})
	if len(res.Hits) != 1 || !strings.Contains(res.Hits[0].Snippet, "<mark>smuggl") {
		t.Errorf("want smuggling marked, got %+v", res.Hits)
	}
}

func TestDidYouMean(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	tests := []struct{ q, want string }{
		{"smugling netwrk", "smuggling network"},
		{"cocaine", ""},
		{"zzzzqqq", ""},
	}
	for _, tt := range tests {
		res := search(t, e, jhasearch.SearchRequest{Query: tt.q})
		if res.Suggestion != tt.want {
			t.Errorf("q=%q: suggestion %q, want %q", tt.q, res.Suggestion, tt.want)
		}
	}
}
