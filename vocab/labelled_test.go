package vocab

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// labelled is one hand-labelled release of testdata/labelled.jsonl: texts
// written for this project, labelled with the concept ids a careful reader
// finds mentioned (countries also by their adjectives), broader concepts
// included.
type labelled struct {
	ID        string   `json:"id"`
	Agency    string   `json:"agency"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Body      string   `json:"body"`
	Tags      []string `json:"tags"`
	Topics    []string `json:"topics"`
	Systems   []string `json:"systems"`
	Countries []string `json:"countries"`
	Agencies  []string `json:"agencies"`
}

func (l labelled) document() jhasearch.Document {
	return jhasearch.Document{ID: l.ID, Agency: l.Agency, Title: l.Title, Summary: l.Summary, Body: l.Body, Tags: l.Tags}
}

func (l labelled) expected() map[Type][]string {
	return map[Type][]string{TypeTopic: l.Topics, TypeSystem: l.Systems, TypeCountry: l.Countries, TypeAgency: l.Agencies}
}

func readLabelled(t testing.TB, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// score counts true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestEnrichPrecisionRecall measures the enrichment against the labelled
// releases, per concept type; it fails below minScore for any type.
func TestEnrichPrecisionRecall(t *testing.T) {
	const minScore = 0.95
	v := mustDefault(t)
	docs := readLabelled(t, "testdata/labelled.jsonl")
	if len(docs) < 50 {
		t.Fatalf("%d labelled releases; want at least 50", len(docs))
	}
	scores := map[Type]*score{}
	for _, typ := range types {
		scores[typ] = &score{}
	}
	for _, l := range docs {
		got := v.byType(v.Enrich(l.document()).Concepts)
		for typ, want := range l.expected() {
			for _, id := range want {
				if _, ok := v.byID[id]; !ok {
					t.Fatalf("%s: expected %s %q is not in the vocabulary", l.ID, typ, id)
				}
			}
			s := scores[typ]
			tp, fp, fn := compareSets(want, got[typ])
			s.tp, s.fp, s.fn = s.tp+len(tp), s.fp+len(fp), s.fn+len(fn)
			if len(fp) > 0 || len(fn) > 0 {
				t.Logf("%s %s: wrongly found %v, missed %v", l.ID, typ, fp, fn)
			}
		}
	}
	for _, typ := range types {
		s := scores[typ]
		t.Logf("%-8s precision %.3f recall %.3f (tp %d, fp %d, fn %d)", typ, s.precision(), s.recall(), s.tp, s.fp, s.fn)
		if s.tp == 0 {
			t.Errorf("%s: the labelled set has no %s concept", typ, typ)
		}
		if s.precision() < minScore || s.recall() < minScore {
			t.Errorf("%s: precision %.3f, recall %.3f; want both at least %.2f", typ, s.precision(), s.recall(), minScore)
		}
	}
}

// byType groups concept ids by their type.
func (v *Vocabulary) byType(ids []string) map[Type][]string {
	out := map[Type][]string{}
	for _, id := range ids {
		c := v.byID[id]
		out[c.Type] = append(out[c.Type], id)
	}
	return out
}

func compareSets(want, got []string) (tp, fp, fn []string) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, x := range want {
		w[x] = true
	}
	for _, x := range got {
		g[x] = true
		if w[x] {
			tp = append(tp, x)
		} else {
			fp = append(fp, x)
		}
	}
	for _, x := range want {
		if !g[x] {
			fn = append(fn, x)
		}
	}
	return tp, fp, fn
}

func mustDefault(t testing.TB) *Vocabulary {
	t.Helper()
	v, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return v
}
