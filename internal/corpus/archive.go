package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// Generator writes the synthetic archive. Document i depends only on the
// seed and i (each has its own random stream), so the archive is the same
// on every machine and any document can be made alone, as the tests do.
type Generator struct {
	seed    uint64
	vocab   *vocabulary
	phrases *vocabulary
	years   []int // years, repeated by their share of releases
}

// VocabularySize is the number of distinct words: about 450 written ones
// and the invented tail.
const VocabularySize = 60000

// FirstYear and LastDay bound the publication dates; LastDay is fixed, not
// today, so the archive does not change with the calendar.
const FirstYear = 2005

// LastDay is the last publication date.
var LastDay = time.Date(2026, time.November, 30, 0, 0, 0, 0, time.UTC)

// New returns the generator of the archive of seed.
func New(seed uint64) (*Generator, error) {
	v, err := newVocabulary(VocabularySize)
	if err != nil {
		return nil, err
	}
	g := &Generator{seed: seed, vocab: v, phrases: ranked(Phrases)}
	// The newsrooms publish more every year: year y weighs y-2004.
	for y := FirstYear; y <= LastDay.Year(); y++ {
		for range y - FirstYear + 1 {
			g.years = append(g.years, y)
		}
	}
	return g, nil
}

// Line is one line of the import format (see README.md).
type Line struct {
	URL       string   `json:"url"`
	Agency    string   `json:"agency"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Summary   string   `json:"summary"`
	Body      string   `json:"body"`
	Tags      []string `json:"tags"`
	Language  string   `json:"language"`
}

// Size is what was written: documents, bytes of JSON Lines, and the
// bytes of text (title, summary, body) that an index has to hold.
type Size struct {
	Documents int   `json:"documents"`
	JSONBytes int64 `json:"json_bytes"`
	TextBytes int64 `json:"text_bytes"`
}

// Write streams n documents to w, one at a time, so memory stays flat
// whatever n is.
func (g *Generator) Write(w io.Writer, n int) (Size, error) {
	var size Size
	bw := bufio.NewWriterSize(w, 1<<20)
	for i := range n {
		doc := g.Document(i)
		b, err := json.Marshal(doc)
		if err != nil {
			return size, fmt.Errorf("corpus: encode document %d: %w", i, err)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return size, fmt.Errorf("corpus: write document %d: %w", i, err)
		}
		size.Documents++
		size.JSONBytes += int64(len(b))
		size.TextBytes += int64(len(doc.Title) + len(doc.Summary) + len(doc.Body))
	}
	if err := bw.Flush(); err != nil {
		return size, fmt.Errorf("corpus: write archive: %w", err)
	}
	return size, nil
}

// Document makes document i.
func (g *Generator) Document(i int) Line {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	published := g.date(r)
	a := g.agency(r, published.Year())
	title := g.title(r)
	return Line{
		URL:       fmt.Sprintf("https://%s/news/%s-%d", a.Host, slug(title), i),
		Agency:    a.Name,
		Title:     title,
		Published: published.Format("2006-01-02"),
		Summary:   g.sentence(r, 18+r.IntN(12)),
		Body:      g.body(r, a.Name, 2200+r.IntN(1000)),
		Tags:      tagsFor(r, a),
		Language:  language(r),
	}
}

func (g *Generator) date(r *rand.Rand) time.Time {
	y := g.years[r.IntN(len(g.years))]
	start := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(y+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	if last := LastDay.AddDate(0, 0, 1); end.After(last) {
		end = last
	}
	days := int(end.Sub(start).Hours() / 24)
	return start.AddDate(0, 0, r.IntN(days))
}

// agency draws among the Agencies publishing in year, by weight.
func (g *Generator) agency(r *rand.Rand, year int) Agency {
	total := 0
	for _, a := range Agencies {
		if a.Since <= year {
			total += a.Weight
		}
	}
	n := r.IntN(total)
	for _, a := range Agencies {
		if a.Since > year {
			continue
		}
		if n < a.Weight {
			return a
		}
		n -= a.Weight
	}
	panic("unreachable: weights cover every draw")
}
