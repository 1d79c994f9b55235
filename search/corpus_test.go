package search

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
)

// A deterministic generator of press releases for tests and benchmarks:
// the same seed and size give the same archive on every machine.

var genAgencies = []string{"eu-LISA", "Europol", "Eurojust", "Frontex", "EUAA", "FRA", "CEPOL", "EUDA", "EIGE", "EPPO"}

var genTags = []string{"operations", "migrant smuggling", "drugs", "cybercrime", "fraud", "training", "asylum",
	"statistics", "borders", "fundamental rights", "gender equality", "it systems", "judicial cooperation",
	"terrorism", "money laundering", "firearms", "trafficking in human beings", "environmental crime",
	"corruption", "child protection", "research", "events", "vacancies", "procurement", "annual report"}

var genLanguages = []string{"en", "en", "en", "en", "en", "en", "de", "fr", "es", "it"}

// genDomainWords are frequent words of the archive's topics.
var genDomainWords = strings.Fields(`police investigation operation arrested suspects network criminal
smuggling trafficking drugs cocaine heroin cannabis border guards migrants asylum applications
fraud customs money laundering cybercrime ransomware victims court prosecutors judicial cooperation
europe member states agency report training officers data systems security terrorism firearms
seized vehicles houses searches warrants coordination joint team evidence hearing sentence prison
rights protection children women equality health research analysis risk threat assessment
cooperation international partners support experts meeting conference workshop guidelines`)

// genWords is the whole vocabulary: domain words and invented words, drawn
// with a Zipf distribution so that a few words are common and most rare.
type generator struct {
	words []string
	rng   *rand.Rand
	zipf  *rand.Zipf
}

func newGenerator(seed uint64) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	g.words = append(g.words, genDomainWords...)
	syll := strings.Fields("ka to ri an el mo su ver pol tra den lis cor mar ul te pha gen bri os")
	for len(g.words) < 20000 {
		n := 2 + g.rng.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syll[g.rng.IntN(len(syll))])
		}
		g.words = append(g.words, b.String())
	}
	g.zipf = rand.NewZipf(g.rng, 1.1, 2, uint64(len(g.words)-1))
	return g
}

func (g *generator) sentence(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.words[g.zipf.Uint64()]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// doc returns release number i with a body of about bodyBytes bytes.
func (g *generator) doc(i, bodyBytes int) jhasearch.Document {
	agency := genAgencies[g.rng.IntN(len(genAgencies))]
	var body strings.Builder
	for body.Len() < bodyBytes {
		body.WriteString(g.sentence(8 + g.rng.IntN(14)))
		if g.rng.IntN(5) == 0 {
			body.WriteString("\n\n")
		} else {
			body.WriteString(" ")
		}
	}
	tags := []string{genTags[g.rng.IntN(len(genTags))]}
	if g.rng.IntN(2) == 0 {
		if t := genTags[g.rng.IntN(len(genTags))]; t != tags[0] {
			tags = append(tags, t)
		}
	}
	pub := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.rng.IntN(16*365))
	return jhasearch.Document{
		ID: fmt.Sprintf("doc%06d", i), URL: fmt.Sprintf("https://%s.example/news/%d", strings.ToLower(agency), i),
		Agency: agency, Title: strings.TrimSuffix(g.sentence(5+g.rng.IntN(6)), "."),
		Summary: g.sentence(15 + g.rng.IntN(10)), Body: strings.TrimSpace(body.String()), Tags: tags,
		Language: genLanguages[g.rng.IntN(len(genLanguages))], Published: pub,
	}
}

// generate yields n releases; about one in fifty is followed by the same
// release of another agency a day later (a joint release).
func generate(seed uint64, n, bodyBytes int) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		g := newGenerator(seed)
		for i := 0; i < n; i++ {
			d := g.doc(i, bodyBytes)
			if !yield(d, nil) {
				return
			}
			if i+1 < n && g.rng.IntN(50) == 0 {
				i++
				twin := d
				twin.ID = fmt.Sprintf("doc%06d", i)
				twin.Agency = genAgencies[(indexOf(genAgencies, d.Agency)+1+g.rng.IntN(len(genAgencies)-1))%len(genAgencies)]
				twin.URL = fmt.Sprintf("https://%s.example/news/%d", strings.ToLower(twin.Agency), i)
				twin.Published = d.Published.AddDate(0, 0, 1)
				twin.Tags = []string{genTags[g.rng.IntN(len(genTags))]}
				if !yield(twin, nil) {
					return
				}
			}
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// collect materialises a generated archive.
func collect(s iter.Seq2[jhasearch.Document, error]) []jhasearch.Document {
	var out []jhasearch.Document
	for d := range s {
		out = append(out, d)
	}
	return out
}
