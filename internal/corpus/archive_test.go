package corpus

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/archive"
)

func generate(t *testing.T, seed uint64, n int) (*bytes.Buffer, Size) {
	t.Helper()
	g, err := New(seed)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	size, err := g.Write(&buf, n)
	if err != nil {
		t.Fatal(err)
	}
	return &buf, size
}

func TestGeneratorIsDeterministic(t *testing.T) {
	a, _ := generate(t, 7, 50)
	b, _ := generate(t, 7, 50)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two archives of the same seed differ")
	}
	c, _ := generate(t, 8, 50)
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("archives of seeds 7 and 8 are equal; the seed is ignored")
	}
	// Document i does not depend on how many come before it.
	g, _ := New(7)
	if got, want := g.Document(49), g.Document(49); got.Body != want.Body {
		t.Error("document 49 differs between two calls")
	}
}

// TestGeneratorWritesValidImportLines reads the archive with the import's
// own parser: every line must be accepted as jhasearch import would.
func TestGeneratorWritesValidImportLines(t *testing.T) {
	const n = 400
	buf, size := generate(t, 1, n)
	if got := strings.Count(buf.String(), "\n"); got != n {
		t.Errorf("archive has %d lines, want %d", got, n)
	}
	if size.Documents != n || size.JSONBytes != int64(buf.Len()) {
		t.Errorf("size = %+v, want %d documents and %d bytes", size, n, buf.Len())
	}
	docs, bad, err := archive.ReadJSONL(bytes.NewReader(buf.Bytes()))
	if err != nil || len(bad) > 0 {
		t.Fatalf("import parser: err %v, %d bad lines, first %v", err, len(bad), bad[:min(len(bad), 1)])
	}
	if len(docs) != n {
		t.Fatalf("import parser read %d documents, want %d", len(docs), n)
	}
	ids := map[string]bool{}
	agencySeen := map[string]bool{}
	var body int
	first, last := time.Date(FirstYear, 1, 1, 0, 0, 0, 0, time.UTC), LastDay
	for _, d := range docs {
		ids[d.URL] = true
		agencySeen[d.Agency] = true
		body += len(d.Body)
		if d.Published.Before(first) || d.Published.After(last) {
			t.Errorf("%s published %s, outside %s..%s", d.ID, d.Published.Format("2006-01-02"), first.Format("2006-01-02"), last.Format("2006-01-02"))
		}
		if len(d.Tags) == 0 || d.Title == "" || d.Summary == "" {
			t.Errorf("%s lacks tags, title or summary: %+v", d.ID, d)
		}
	}
	if len(ids) != n {
		t.Errorf("%d distinct URLs among %d documents; every URL must be its own", len(ids), n)
	}
	if len(agencySeen) != len(Agencies) {
		t.Errorf("%d Agencies appear, want all %d", len(agencySeen), len(Agencies))
	}
	if mean := body / n; mean < 2700 || mean > 3300 {
		t.Errorf("mean body is %d bytes, want about 3 KB", mean)
	}
	if per := size.JSONBytes / n; per < 3000 || per > 4500 {
		t.Errorf("mean line is %d bytes, want 3-4.5 KB", per)
	}
}

// TestGeneratorSelectivity checks the Zipf shape the query classes rely on:
// common words in most documents, rare ones in few.
func TestGeneratorSelectivity(t *testing.T) {
	const n = 500
	g, err := New(1)
	if err != nil {
		t.Fatal(err)
	}
	common, rare := g.Word(StopWords()), g.Word(20000)
	var withCommon, withRare int
	for i := range n {
		words := strings.Fields(strings.ToLower(g.Document(i).Body))
		has := func(s string) bool {
			for _, x := range words {
				if strings.Trim(x, ".") == s {
					return true
				}
			}
			return false
		}
		if has(common) {
			withCommon++
		}
		if has(rare) {
			withRare++
		}
	}
	if withCommon < n/2 {
		t.Errorf("the most common content word %q is in %d of %d documents, want most", common, withCommon, n)
	}
	if withRare > n/50 {
		t.Errorf("the word of rank 20,000 %q is in %d of %d documents, want few", rare, withRare, n)
	}
}
