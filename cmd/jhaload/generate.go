package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"
)

// generator writes the synthetic archive. Document i depends only on the
// seed and i (each has its own random stream), so the archive is the same
// on every machine and any document can be made alone, as the tests do.
type generator struct {
	seed    uint64
	vocab   *vocabulary
	phrases *vocabulary
	years   []int // years, repeated by their share of releases
}

// vocabularySize is the number of distinct words: about 450 written ones
// and the invented tail.
const vocabularySize = 60000

// firstYear and lastDay bound the publication dates; lastDay is fixed, not
// today, so the archive does not change with the calendar.
const firstYear = 2005

var lastDay = time.Date(2026, time.November, 30, 0, 0, 0, 0, time.UTC)

func newGenerator(seed uint64) (*generator, error) {
	v, err := newVocabulary(vocabularySize)
	if err != nil {
		return nil, err
	}
	g := &generator{seed: seed, vocab: v, phrases: ranked(phrases)}
	// The newsrooms publish more every year: year y weighs y-2004.
	for y := firstYear; y <= lastDay.Year(); y++ {
		for range y - firstYear + 1 {
			g.years = append(g.years, y)
		}
	}
	return g, nil
}

// importLine is one line of the import format (see README.md).
type importLine struct {
	URL       string   `json:"url"`
	Agency    string   `json:"agency"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Summary   string   `json:"summary"`
	Body      string   `json:"body"`
	Tags      []string `json:"tags"`
	Language  string   `json:"language"`
}

// archiveSize is what was written: documents, bytes of JSON Lines, and the
// bytes of text (title, summary, body) that an index has to hold.
type archiveSize struct {
	Documents int   `json:"documents"`
	JSONBytes int64 `json:"json_bytes"`
	TextBytes int64 `json:"text_bytes"`
}

// write streams n documents to w, one at a time, so memory stays flat
// whatever n is.
func (g *generator) write(w io.Writer, n int) (archiveSize, error) {
	var size archiveSize
	bw := bufio.NewWriterSize(w, 1<<20)
	for i := range n {
		doc := g.document(i)
		b, err := json.Marshal(doc)
		if err != nil {
			return size, fmt.Errorf("jhaload: encode document %d: %w", i, err)
		}
		b = append(b, '\n')
		if _, err := bw.Write(b); err != nil {
			return size, fmt.Errorf("jhaload: write document %d: %w", i, err)
		}
		size.Documents++
		size.JSONBytes += int64(len(b))
		size.TextBytes += int64(len(doc.Title) + len(doc.Summary) + len(doc.Body))
	}
	if err := bw.Flush(); err != nil {
		return size, fmt.Errorf("jhaload: write archive: %w", err)
	}
	return size, nil
}

// document makes document i.
func (g *generator) document(i int) importLine {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	published := g.date(r)
	a := g.agency(r, published.Year())
	title := g.title(r)
	return importLine{
		URL:       fmt.Sprintf("https://%s/news/%s-%d", a.host, slug(title), i),
		Agency:    a.name,
		Title:     title,
		Published: published.Format("2006-01-02"),
		Summary:   g.sentence(r, 18+r.IntN(12)),
		Body:      g.body(r, a.name, 2200+r.IntN(1000)),
		Tags:      tagsFor(r, a),
		Language:  language(r),
	}
}

func (g *generator) date(r *rand.Rand) time.Time {
	y := g.years[r.IntN(len(g.years))]
	start := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(y+1, time.January, 1, 0, 0, 0, 0, time.UTC)
	if last := lastDay.AddDate(0, 0, 1); end.After(last) {
		end = last
	}
	days := int(end.Sub(start).Hours() / 24)
	return start.AddDate(0, 0, r.IntN(days))
}

// agency draws among the agencies publishing in year, by weight.
func (g *generator) agency(r *rand.Rand, year int) agencyProfile {
	total := 0
	for _, a := range agencies {
		if a.since <= year {
			total += a.weight
		}
	}
	n := r.IntN(total)
	for _, a := range agencies {
		if a.since > year {
			continue
		}
		if n < a.weight {
			return a
		}
		n -= a.weight
	}
	panic("unreachable: weights cover every draw")
}
