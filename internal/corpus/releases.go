package corpus

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/jhasearch/jhasearch"
)

// Releases is the search tests' and benchmarks' archive: a stream of
// releases drawn from one random stream, so that document i depends on
// every document before it (unlike Generator's). The same seed and size
// give the same archive on every machine.

// ReleaseAgencies are the agencies of Releases.
var ReleaseAgencies = []string{"eu-LISA", "Europol", "Eurojust", "Frontex", "EUAA", "FRA", "CEPOL", "EUDA", "EIGE", "EPPO"}

// ReleaseTags are the tags of Releases.
var ReleaseTags = []string{"operations", "migrant smuggling", "drugs", "cybercrime", "fraud", "training", "asylum",
	"statistics", "borders", "fundamental rights", "gender equality", "it systems", "judicial cooperation",
	"terrorism", "money laundering", "firearms", "trafficking in human beings", "environmental crime",
	"corruption", "child protection", "research", "events", "vacancies", "procurement", "annual report"}

var releaseLanguages = []string{"en", "en", "en", "en", "en", "en", "de", "fr", "es", "it"}

// ReleaseDomainWords are frequent words of the archive's topics.
var ReleaseDomainWords = strings.Fields(`police investigation operation arrested suspects network criminal
smuggling trafficking drugs cocaine heroin cannabis border guards migrants asylum applications
fraud customs money laundering cybercrime ransomware victims court prosecutors judicial cooperation
europe member states agency report training officers data systems security terrorism firearms
seized vehicles houses searches warrants coordination joint team evidence hearing sentence prison
rights protection children women equality health research analysis risk threat assessment
cooperation international partners support experts meeting conference workshop guidelines`)

// ReleaseText draws the words of Releases: domain words and invented words,
// with a Zipf distribution so that a few words are common and most rare.
// Words is the vocabulary by rank; Rand is the stream everything is drawn
// from, in order.
type ReleaseText struct {
	Words []string
	Rand  *rand.Rand
	zipf  *rand.Zipf
}

// NewReleaseText returns the word source of seed.
func NewReleaseText(seed uint64) *ReleaseText {
	g := &ReleaseText{Rand: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	g.Words = append(g.Words, ReleaseDomainWords...)
	syll := strings.Fields("ka to ri an el mo su ver pol tra den lis cor mar ul te pha gen bri os")
	for len(g.Words) < 20000 {
		n := 2 + g.Rand.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syll[g.Rand.IntN(len(syll))])
		}
		g.Words = append(g.Words, b.String())
	}
	g.zipf = rand.NewZipf(g.Rand, 1.1, 2, uint64(len(g.Words)-1))
	return g
}

// Sentence draws n words, capitalised, with a full stop.
func (g *ReleaseText) Sentence(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = g.Words[g.zipf.Uint64()]
	}
	ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
	return strings.Join(ws, " ") + "."
}

// doc returns release number i with a body of about bodyBytes bytes.
func (g *ReleaseText) doc(i, bodyBytes int) jhasearch.Document {
	agency := ReleaseAgencies[g.Rand.IntN(len(ReleaseAgencies))]
	var body strings.Builder
	for body.Len() < bodyBytes {
		body.WriteString(g.Sentence(8 + g.Rand.IntN(14)))
		if g.Rand.IntN(5) == 0 {
			body.WriteString("\n\n")
		} else {
			body.WriteString(" ")
		}
	}
	tags := []string{ReleaseTags[g.Rand.IntN(len(ReleaseTags))]}
	if g.Rand.IntN(2) == 0 {
		if t := ReleaseTags[g.Rand.IntN(len(ReleaseTags))]; t != tags[0] {
			tags = append(tags, t)
		}
	}
	pub := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.Rand.IntN(16*365))
	return jhasearch.Document{
		ID: fmt.Sprintf("doc%06d", i), URL: fmt.Sprintf("https://%s.example/news/%d", strings.ToLower(agency), i),
		Agency: agency, Title: strings.TrimSuffix(g.Sentence(5+g.Rand.IntN(6)), "."),
		Summary: g.Sentence(15 + g.Rand.IntN(10)), Body: strings.TrimSpace(body.String()), Tags: tags,
		Language: releaseLanguages[g.Rand.IntN(len(releaseLanguages))], Published: pub,
	}
}

// Releases yields n releases; about one in fifty is followed by the same
// release of another agency a day later (a joint release).
func Releases(seed uint64, n, bodyBytes int) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		g := NewReleaseText(seed)
		for i := 0; i < n; i++ {
			d := g.doc(i, bodyBytes)
			if !yield(d, nil) {
				return
			}
			if i+1 < n && g.Rand.IntN(50) == 0 {
				i++
				twin := d
				twin.ID = fmt.Sprintf("doc%06d", i)
				twin.Agency = ReleaseAgencies[(indexOf(ReleaseAgencies, d.Agency)+1+g.Rand.IntN(len(ReleaseAgencies)-1))%len(ReleaseAgencies)]
				twin.URL = fmt.Sprintf("https://%s.example/news/%d", strings.ToLower(twin.Agency), i)
				twin.Published = d.Published.AddDate(0, 0, 1)
				twin.Tags = []string{ReleaseTags[g.Rand.IntN(len(ReleaseTags))]}
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

// Collect materialises a generated archive.
func Collect(s iter.Seq2[jhasearch.Document, error]) []jhasearch.Document {
	var out []jhasearch.Document
	for d := range s {
		out = append(out, d)
	}
	return out
}
