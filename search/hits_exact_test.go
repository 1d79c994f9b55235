package search

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/lang"
	"github.com/jhasearch/jhasearch/search/highlight"
	"github.com/jhasearch/jhasearch/search/query"
)

// The page of hits as it was filled before it was made cheaper (issue
// 19): every record decoded whole, the body copied, the window found by
// searching the text for every probe of every language one by one. The
// test below compares the engine's pages with it.

func refFillHits(g *generation, res *jhasearch.SearchResult, picks []query.Match, in highlight.Input, req *jhasearch.SearchRequest) error {
	h := refNew(in)
	for n, m := range picks {
		if n == req.Size {
			last := picks[n-1]
			res.Cursor = cursor{Request: requestHash(req), Score: last.Score,
				Published: g.cols.Published[last.Entry], ID: g.table.Entries[last.Entry].ID}.encode()
			break
		}
		i := g.version(g.display(int(m.Entry), req), req)
		s, err := g.docs.Read(&g.table.Entries[i])
		if err != nil {
			return err
		}
		d := s.Document
		body := []byte(d.Body)
		d.Body = ""
		if len(body) == 0 {
			body = []byte(d.Summary)
		}
		res.Hits = append(res.Hits, jhasearch.Hit{Document: d, Agencies: s.Agencies, Snippet: h.ForLanguage(d.Language).Snippet(body),
			Score: query.HitScore(m), Translations: g.otherVersions(i)})
	}
	return nil
}

// refHighlightInput is what the highlighter of p marked: the terms of
// the query analysed afresh, the texts analysed without caches.
func refHighlightInput(g *generation, p *query.Parsed) highlight.Input {
	in := highlight.Input{Analyzer: tokenizer{g.q.Analyzer()}, Terms: map[string][]string{}}
	for _, l := range g.q.Languages() {
		in.Languages = append(in.Languages, highlight.Language{Code: l.Code, Analyzer: tokenizer{l.Analyzer}})
	}
	for _, grp := range p.Groups {
		for _, cl := range grp {
			if cl.Field == indexer.FieldAgency || cl.Field == indexer.FieldTag {
				continue
			}
			switch cl.Kind {
			case query.KindPrefix:
				in.Prefixes = append(in.Prefixes, strings.ToLower(cl.Text))
			case query.KindFuzzy:
				for _, t := range g.q.Analyze(cl.Text) {
					in.Fuzzy = append(in.Fuzzy, highlight.Fuzzy{Term: t, Dist: cl.Fuzz})
				}
			default:
				for code, terms := range g.q.AnalyzeIn(cl.Text) {
					for _, t := range terms {
						word, _ := indexer.StripTermPrefix(t)
						in.Terms[code] = append(in.Terms[code], word)
					}
				}
			}
		}
	}
	return in
}

const refSnippetLen, refMaxSource = 240, 32 << 10

type refHighlighter struct {
	analyzer highlight.Analyzer
	terms    map[string]bool
	all      map[string][]string
	prefixes []string
	fuzzy    []highlight.Fuzzy
	short    []string
	langs    []highlight.Language
	others   map[string]*refHighlighter
	analysed map[string][]highlight.Mark
}

func refNew(in highlight.Input) *refHighlighter {
	h := &refHighlighter{analyzer: in.Analyzer, terms: refTermSet(in.Terms[""]), all: in.Terms,
		prefixes: in.Prefixes, fuzzy: in.Fuzzy, langs: in.Languages}
	for t := range h.terms {
		h.short = append(h.short, t[:max(1, min(3, len(t)-1))])
	}
	for _, p := range h.prefixes {
		h.short = append(h.short, p[:min(3, len(p))])
	}
	return h
}

func refTermSet(terms []string) map[string]bool {
	set := make(map[string]bool, len(terms))
	for _, t := range terms {
		set[t] = true
	}
	return set
}

func (h *refHighlighter) ForLanguage(code string) *refHighlighter {
	if len(h.langs) == 0 {
		return h
	}
	code, _ = lang.Normalize(code)
	if o, ok := h.others[code]; ok {
		return o
	}
	for _, l := range h.langs {
		if l.Code == code {
			o := &refHighlighter{analyzer: l.Analyzer, terms: refTermSet(h.all[code]), all: h.all, prefixes: h.prefixes, fuzzy: h.fuzzy, short: h.short}
			if h.others == nil {
				h.others = map[string]*refHighlighter{}
			}
			h.others[code] = o
			return o
		}
	}
	return h
}

func (h *refHighlighter) matches(term string) bool {
	if h.terms[term] {
		return true
	}
	for _, p := range h.prefixes {
		if strings.HasPrefix(term, p) {
			return true
		}
	}
	for _, f := range h.fuzzy {
		if highlight.EditDistance(term, f.Term, f.Dist) <= f.Dist {
			return true
		}
	}
	return false
}

func (h *refHighlighter) empty() bool {
	for _, terms := range h.all {
		if len(terms) > 0 {
			return false
		}
	}
	return len(h.prefixes) == 0 && len(h.fuzzy) == 0
}

func (h *refHighlighter) Snippet(text []byte) string {
	if len(text) > refMaxSource {
		text = text[:refMaxSource]
	}
	start := 0
	if !h.empty() {
		start = h.window(text)
	}
	start = highlight.WordStart(text, max(0, start-refSnippetLen/6))
	end := highlight.WordEnd(text, min(len(text), start+refSnippetLen))
	piece := string(text[start:end])
	var marks []highlight.Mark
	if !h.empty() {
		marks = h.marks(piece)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("… ")
	}
	pos := 0
	for _, m := range marks {
		if m.Start < pos || m.End > len(piece) {
			continue
		}
		b.WriteString(html.EscapeString(piece[pos:m.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(piece[m.Start:m.End]))
		b.WriteString("</mark>")
		pos = m.End
	}
	b.WriteString(html.EscapeString(piece[pos:]))
	if end < len(text) {
		b.WriteString(" …")
	}
	return strings.TrimSpace(b.String())
}

func (h *refHighlighter) marks(piece string) []highlight.Mark {
	if len(h.fuzzy) > 0 {
		return h.matching(piece)
	}
	var out []highlight.Mark
	for start := 0; start < len(piece); {
		end := start
		for end < len(piece) && !refSpace(piece[end]) {
			end++
		}
		if word := piece[start:end]; end > start {
			ms, ok := h.analysed[word]
			if !ok && slices.ContainsFunc(h.short, func(p string) bool { return strings.Contains(strings.ToLower(word), p) }) {
				ms = h.matching(word)
				if h.analysed == nil {
					h.analysed = make(map[string][]highlight.Mark)
				}
				h.analysed[word] = ms
			}
			for _, m := range ms {
				out = append(out, highlight.Mark{Start: m.Start + start, End: m.End + start, Term: m.Term})
			}
		}
		start = end + 1
	}
	return out
}

func (h *refHighlighter) matching(text string) []highlight.Mark {
	var out []highlight.Mark
	for _, tok := range h.analyzer.Tokens(text) {
		if h.matches(tok.Term) {
			out = append(out, highlight.Mark{Start: tok.Start, End: tok.End, Term: tok.Term})
		}
	}
	return out
}

func refSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func (h *refHighlighter) window(text []byte) int {
	lower := bytes.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, text)
	if !bytes.Equal(bytes.ToValidUTF8(text, nil), text) {
		// bytes.Map would replace invalid bytes: lower-case byte by byte.
		lower = append([]byte(nil), text...)
		for i, c := range lower {
			if 'A' <= c && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
	}
	var probes []string
	for code, terms := range h.all {
		seen := map[string]bool{}
		for _, t := range terms {
			if seen[t] {
				continue
			}
			seen[t] = true
			if code != "" {
				if r := []rune(t); len(r) > 4 {
					t = string(r[:4])
				}
			}
			probes = append(probes, t)
		}
	}
	probes = append(probes, h.prefixes...)
	for _, f := range h.fuzzy {
		if r := []rune(f.Term); len(r) > f.Dist+2 {
			probes = append(probes, string(r[:len(r)-f.Dist]))
		}
	}
	sort.Strings(probes)
	if len(probes) == 1 {
		return max(0, bytes.Index(lower, []byte(probes[0])))
	}
	type probeHit struct{ at, probe int }
	var hits []probeHit
	for i, p := range probes {
		for off := 0; len(hits) < 512; {
			j := bytes.Index(lower[off:], []byte(p))
			if j < 0 {
				break
			}
			hits = append(hits, probeHit{at: off + j, probe: i})
			off += j + len(p)
		}
	}
	if len(hits) == 0 {
		return 0
	}
	slices.SortFunc(hits, func(a, b probeHit) int { return cmp.Compare(a.at, b.at) })
	best, bestScore := hits[0].at, 0
	for i, m := range hits {
		seen := map[int]bool{}
		for _, n := range hits[i:] {
			if n.at > m.at+refSnippetLen {
				break
			}
			seen[n.probe] = true
		}
		if len(seen) > bestScore {
			best, bestScore = m.at, len(seen)
		}
	}
	return best
}

// exactDocs is the archive of TestHitsAreThoseOfTheReference: generated
// releases in five languages, releases in other languages written for
// it, and texts made to try the snippets' edges: words repeated past the
// highlighter's limits, capitals, markup, words that overlap themselves,
// bodies longer than the analysed part, a release without a body.
func exactDocs(r *rand.Rand) []jhasearch.Document {
	docs := collect(generate(11, 500, benchBody))
	written := []struct{ lang, title, body string }{
		{"de", "Grenzschutz an den Außengrenzen", "Die Grenzschutzbeamten der Agentur unterstützten die Mitgliedstaaten an den Außengrenzen. Grenzübergänge wurden überwacht; die Schleuser wurden festgenommen. Die Zusammenarbeit der Polizei mit den Grenzbehörden wurde verstärkt."},
		{"fr", "Coopération judiciaire renforcée", "Les procureurs ont coordonné les enquêtes sur la traite des êtres humains. La coopération judiciaire entre les États membres a permis l'arrestation des passeurs. Les enquêteurs français et espagnols ont saisi des véhicules."},
		{"es", "Operación contra el tráfico de drogas", "La policía detuvo a los sospechosos de la red criminal. Los investigadores incautaron cocaína y armas de fuego. La cooperación judicial entre los Estados miembros fue decisiva para la operación."},
		{"it", "Cooperazione di polizia", "Gli investigatori hanno arrestato i trafficanti di migranti. La polizia italiana ha collaborato con le autorità spagnole; le indagini sui trafficanti continuano nei porti."},
		{"nl", "Grensbewaking en samenwerking", "De politie en de grensbewaking werkten samen met het agentschap. De smokkelaars werden gearresteerd bij de grensovergang; de samenwerking tussen de lidstaten werd versterkt."},
	}
	for i, w := range written {
		docs = append(docs, jhasearch.Document{ID: fmt.Sprintf("written%d", i), Agency: "Europol", Title: w.title,
			Summary: w.title + ".", Body: w.body + "\n\n" + w.body, Language: w.lang, URL: fmt.Sprintf("https://europol.example/w/%d", i), Tags: []string{"written"}})
	}
	text := corpus.NewReleaseText(12)
	word := func() string { return text.Words[r.IntN(300)] }
	for i := range 60 {
		var b strings.Builder
		n := 20 + r.IntN(900)
		if i%10 == 0 {
			n = 6000 + r.IntN(3000) // past the analysed 32 KiB
		}
		for range n {
			w := word()
			switch r.IntN(12) {
			case 0:
				w = strings.ToUpper(w)
			case 1:
				w = "<b>" + w + "</b>"
			case 2:
				w = "(" + w + "),"
			case 3:
				w = strings.Repeat(w[:1], 2+r.IntN(4)) + w
			case 4:
				w += "-" + word()
			case 5:
				w = strings.ToUpper(w[:1]) + w[1:] + "."
			}
			b.WriteString(w)
			if r.IntN(15) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		if i%7 == 0 {
			// One word everywhere: more occurrences than the window counts.
			w := word()
			b.WriteString(strings.Repeat(w+" "+w[:2]+" ", 700))
		}
		d := jhasearch.Document{ID: fmt.Sprintf("edge%03d", i), Agency: genAgencies[i%len(genAgencies)], Title: text.Sentence(6),
			Summary: text.Sentence(12), Body: b.String(), Language: []string{"en", "de", "fr", "es", "it", ""}[i%6],
			URL: fmt.Sprintf("https://edge.example/%d", i), Tags: []string{"edges"}}
		if i%13 == 0 {
			d.Body = ""
		}
		docs = append(docs, d)
	}
	return docs
}

// exactQueries draws n queries from the words of docs: words, two and
// three words, phrases, prefixes, fuzzy terms, capitals, agencies.
func exactQueries(r *rand.Rand, docs []jhasearch.Document, n int) []jhasearch.SearchRequest {
	// Half the queries drawn from a release with a tag of this test
	// search that tag only: the long generated releases would otherwise
	// outrank the texts made for the edges.
	var tag string
	pick := func() []string {
		for {
			d := &docs[r.IntN(len(docs))]
			tag = ""
			if len(d.Tags) == 1 && (d.Tags[0] == "edges" || d.Tags[0] == "written") && r.IntN(2) == 0 {
				tag = d.Tags[0]
			}
			ws := slices.DeleteFunc(strings.FieldsFunc(d.Title+" "+d.Body, func(c rune) bool { return !unicode.IsLetter(c) }),
				func(w string) bool { return len([]rune(w)) < 2 })
			if len(ws) > 3 {
				i := r.IntN(len(ws) - 3)
				return ws[i : i+3]
			}
		}
	}
	var out []jhasearch.SearchRequest
	for i := range n {
		ws := pick()
		var q string
		switch i % 10 {
		case 0, 1:
			q = ws[0]
		case 2:
			q = ws[0] + " " + ws[2]
		case 3:
			q = strings.Join(ws, " ")
		case 4:
			q = `"` + ws[0] + " " + ws[1] + `"`
		case 5:
			q = string([]rune(ws[0])[:min(len([]rune(ws[0])), 2+r.IntN(3))]) + "*"
		case 6:
			q = ws[0] + "~" + fmt.Sprint(1+r.IntN(2))
		case 7:
			q = strings.ToUpper(ws[1]) + " " + ws[2] + "*"
		case 8:
			q = ws[0] + ` "` + ws[1] + " " + ws[2] + `"`
		case 9:
			q = ws[1] + " -" + ws[2]
		}
		req := jhasearch.SearchRequest{Query: q, Sort: jhasearch.SortRelevance, Page: 1, Size: 10}
		switch {
		case tag != "":
			req.Filters = jhasearch.Filters{jhasearch.FacetTag: {tag}}
		case i%4 == 0:
			req.Filters = jhasearch.Filters{jhasearch.FacetAgency: {genAgencies[r.IntN(len(genAgencies))]}}
		}
		out = append(out, req)
	}
	return out
}

// TestHitsAreThoseOfTheReference fills the pages of many random queries
// with the engine's code and with the reference above (refFillHits) and
// fails on any difference of a hit: its document, agencies, snippet and
// marks, score, versions, and the page's cursor.
func TestHitsAreThoseOfTheReference(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 19))
	docs := exactDocs(r)
	e, _ := openFixture(t, docs)
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	cases := pageCases(t, e, g, exactQueries(r, docs, 700))
	if len(cases) < 400 {
		t.Fatalf("only %d of the queries found something", len(cases))
	}
	marked := 0
	for _, c := range cases {
		got, want := &jhasearch.SearchResult{}, &jhasearch.SearchResult{}
		if err := g.fillHits(got, c.picks, c.p, &c.req); err != nil {
			t.Fatal(err)
		}
		if err := refFillHits(g, want, c.picks, refHighlightInput(g, c.p), &c.req); err != nil {
			t.Fatal(err)
		}
		if len(got.Hits) != len(want.Hits) || got.Cursor != want.Cursor {
			t.Fatalf("%q: %d hits, cursor %q; want %d, %q", c.req.Query, len(got.Hits), got.Cursor, len(want.Hits), want.Cursor)
		}
		for k := range want.Hits {
			if !reflect.DeepEqual(got.Hits[k], want.Hits[k]) {
				t.Fatalf("%q, hit %d:\n%+v\nwant\n%+v", c.req.Query, k, got.Hits[k], want.Hits[k])
			}
			if strings.Contains(want.Hits[k].Snippet, "<mark>") {
				marked++
			}
		}
	}
	// The comparison is worth something only if the snippets mark words.
	if marked < len(cases)*5 {
		t.Errorf("only %d hits with marks in %d pages", marked, len(cases))
	}
	t.Logf("%d pages, %d hits with marks", len(cases), marked)
}

// TestHitsFromManySearchesAtOnce fills the same pages from several
// goroutines at once, sharing the generation's caches of analyses, and
// compares each page with the reference (run with -race).
func TestHitsFromManySearchesAtOnce(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 3))
	docs := exactDocs(r)[:300]
	e, _ := openFixture(t, docs)
	g, release, err := e.current()
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	cases := pageCases(t, e, g, exactQueries(r, docs, 120))
	want := make([]*jhasearch.SearchResult, len(cases))
	for k, c := range cases {
		want[k] = &jhasearch.SearchResult{}
		if err := refFillHits(g, want[k], c.picks, refHighlightInput(g, c.p), &c.req); err != nil {
			t.Fatal(err)
		}
	}
	errs := make(chan error, 4)
	for w := range 4 {
		go func() {
			for k := range cases {
				c := &cases[(k+w*31)%len(cases)]
				got := &jhasearch.SearchResult{}
				if err := g.fillHits(got, c.picks, c.p, &c.req); err != nil {
					errs <- err
					return
				}
				if !reflect.DeepEqual(got, want[(k+w*31)%len(cases)]) {
					errs <- fmt.Errorf("%q: page differs from the reference's", c.req.Query)
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
