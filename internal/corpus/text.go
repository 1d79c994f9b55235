package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// title is a short capitalised line, usually around one of the Phrases.
func (g *Generator) title(r *rand.Rand) string {
	words := g.words(r, 4+r.IntN(6))
	if r.IntN(10) < 6 {
		at := r.IntN(len(words) + 1)
		words = slices.Insert(words, at, g.phrases.draw(r.Float64()))
	}
	return capitalise(strings.Join(words, " "))
}

// sentence has n drawn words, and one of the Phrases in three of ten.
func (g *Generator) sentence(r *rand.Rand, n int) string {
	words := g.words(r, n)
	if r.IntN(10) < 3 {
		words = slices.Insert(words, r.IntN(len(words)+1), g.phrases.draw(r.Float64()))
	}
	return capitalise(strings.Join(words, " ")) + "."
}

func (g *Generator) words(r *rand.Rand, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = g.vocab.draw(r.Float64())
	}
	return out
}

// body writes paragraphs of three to six sentences until it holds at
// least target bytes; the first sentence names the agency.
func (g *Generator) body(r *rand.Rand, agency string, target int) string {
	var b strings.Builder
	b.Grow(target + 300)
	b.WriteString(agency + " ")
	for b.Len() < target {
		if b.Len() > len(agency)+1 {
			b.WriteString("\n\n")
		}
		for s := range 3 + r.IntN(4) {
			if s > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence(r, 8+r.IntN(17)))
		}
	}
	return b.String()
}

// tagsFor draws one to four of the agency's tags, the first ones more
// often, and now and then a tag every agency uses.
func tagsFor(r *rand.Rand, a Agency) []string {
	pool := ranked(a.Tags)
	n := 1 + r.IntN(4)
	var tags []string
	for range n {
		if t := pool.draw(r.Float64()); !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	if r.IntN(5) == 0 {
		if t := SharedTags[r.IntN(len(SharedTags))]; !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	return tags
}

func language(r *rand.Rand) string {
	n := r.IntN(1000)
	for _, l := range Languages {
		if n < l.Permill {
			return l.Tag
		}
		n -= l.Permill
	}
	return "en"
}

func capitalise(s string) string {
	c, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(c)) + s[size:]
}

// slug makes the last path segment of a release's URL from its title.
func slug(title string) string {
	f := strings.Fields(strings.ToLower(title))
	return strings.Join(f[:min(len(f), 6)], "-")
}
