package highlight

import (
	"strings"
	"testing"
	"unicode"
)

// words is a small analyzer for these tests: words are runs of letters,
// lower-cased, a final "s" cut off as a stemmer would, and with drop, words
// of that many bytes or fewer dropped as stop words.
type words struct{ drop int }

func (w words) Tokens(text string) []Token {
	var out []Token
	start := -1
	for i, r := range text + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if term := strings.TrimSuffix(strings.ToLower(text[start:i]), "s"); len(text[start:i]) > w.drop {
				out = append(out, Token{Term: term, Start: start, End: i, Position: len(out) + 1})
			}
			start = -1
		}
	}
	return out
}

func TestSnippetMarksStemmedMatchesAndEscapesTheRest(t *testing.T) {
	h := New(Input{Analyzer: words{}, Terms: map[string][]string{"": {"border"}}})
	got := h.Snippet([]byte(`Guards & <b>Borders</b>: the border agency`))
	want := `Guards &amp; &lt;b&gt;<mark>Borders</mark>&lt;/b&gt;: the <mark>border</mark> agency`
	if got != want {
		t.Errorf("snippet\n%s\nwant\n%s", got, want)
	}
}

func TestSnippetStartsAtTheDensestMatches(t *testing.T) {
	text := "border " + strings.Repeat("filler ", 200) + "smuggler border smuggler " + strings.Repeat("tail ", 200)
	h := New(Input{Analyzer: words{}, Terms: map[string][]string{"": {"border", "smuggler"}}})
	got := h.Snippet([]byte(text))
	if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") {
		t.Errorf("snippet %q does not show it was cut at both ends", got)
	}
	if !strings.Contains(got, "<mark>smuggler</mark> <mark>border</mark> <mark>smuggler</mark>") {
		t.Errorf("snippet %q misses the densest matches", got)
	}
	if n := len(got); n > SnippetLen+64 {
		t.Errorf("snippet of %d bytes, want about %d", n, SnippetLen)
	}
}

func TestSnippetWithoutTermsIsTheStartOfTheText(t *testing.T) {
	h := New(Input{})
	if got := h.Snippet([]byte("A <short> text")); got != "A &lt;short&gt; text" {
		t.Errorf("snippet %q", got)
	}
	long := []byte(strings.Repeat("word ", 100))
	got := h.Snippet(long)
	if strings.HasPrefix(got, "…") || !strings.HasSuffix(got, " …") || strings.Contains(got, "<mark>") {
		t.Errorf("snippet %q: want the start of the text, cut at its end", got)
	}
}

func TestMatchesTermsPrefixesAndFuzzyTerms(t *testing.T) {
	h := New(Input{Analyzer: words{}, Terms: map[string][]string{"": {"visa"}, "de": {"grenz"}},
		Prefixes: []string{"traff"}, Fuzzy: []Fuzzy{{Term: "europol", Dist: 1}}})
	for term, want := range map[string]bool{"visa": true, "trafficking": true, "europa": false,
		"europl": true, "eurojust": false, "grenz": false, "vis": false} {
		if got := h.Matches(term); got != want {
			t.Errorf("Matches(%q) = %v, want %v", term, got, want)
		}
	}
}

func TestMarksAnalyseWithFuzzyTermsToo(t *testing.T) {
	h := New(Input{Analyzer: words{}, Fuzzy: []Fuzzy{{Term: "europol", Dist: 1}}})
	got := h.Marks("Europl and Europa and Europol")
	want := []Mark{{0, 6, "europl"}, {22, 29, "europol"}}
	if len(got) != len(want) {
		t.Fatalf("marks %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("mark %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestForLanguageUsesTheLanguagesAnalyzerAndTerms(t *testing.T) {
	// The German analyzer drops words of three letters or fewer: "die"
	// is then marked in English texts only.
	h := New(Input{Analyzer: words{}, Languages: []Language{{Code: "de", Analyzer: words{drop: 3}}},
		Terms: map[string][]string{"": {"die", "grenzen"}, "de": {"grenze"}}})
	text := []byte("die Grenzen der Grenze")
	if got, want := h.Snippet(text), "<mark>die</mark> <mark>Grenzen</mark> der Grenze"; got != want {
		t.Errorf("English snippet %q, want %q", got, want)
	}
	de := h.ForLanguage("de-AT")
	if de == h {
		t.Fatal("ForLanguage(de-AT) gave the English highlighter")
	}
	if got, want := de.Snippet(text), "die Grenzen der <mark>Grenze</mark>"; got != want {
		t.Errorf("German snippet %q, want %q", got, want)
	}
	if de2 := h.ForLanguage("DE"); de2 != de {
		t.Error("ForLanguage made a second German highlighter")
	}
	if fr := h.ForLanguage("fr"); fr != h {
		t.Error("a language without an analyzer of its own did not get the English highlighter")
	}
}

func TestWordStartAndEndStopAtSpacesAndRunes(t *testing.T) {
	s := "Grenzübergänge an\nder Grenze"
	for _, c := range []struct{ at, start, end int }{
		{0, 0, 16}, {6, 0, 16}, {7, 0, 16}, {17, 17, 19}, {19, 17, 19}, {20, 20, 23}, {len(s) - 1, 24, len(s)},
	} {
		if got := WordStart(s, c.at); got != c.start {
			t.Errorf("WordStart(%d) = %d, want %d", c.at, got, c.start)
		}
		if got := WordEnd([]byte(s), c.at); got != c.end {
			t.Errorf("WordEnd(%d) = %d, want %d", c.at, got, c.end)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b        string
		limit, want int
	}{
		{"europol", "europol", 2, 0}, {"europol", "europl", 2, 1}, {"grenze", "grenzen", 1, 1},
		{"kitten", "sitting", 3, 3}, {"kitten", "sitting", 2, 3}, {"a", "abcd", 1, 2},
		{"über", "uber", 1, 1}, {"", "ab", 2, 2},
	} {
		if got := EditDistance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("EditDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}
