package ui

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/indexer"
	"github.com/jhasearch/jhasearch/search"
	"github.com/jhasearch/jhasearch/vocab"
)

// The tests run against the real engine over a real index of the corpus in
// testdata/docs.jsonl: 45 releases written by hand for these tests, one a
// line in the import format; edit the file itself (no script makes it).
// Building it takes a moment, so TestMain builds it once for the package.
var (
	testEngine *search.Engine
	testApp    http.Handler
	corpus     []jhasearch.Document
)

// Documents of the corpus the tests name.
const (
	xssID      = "xss-2024-test"
	eurodacID  = "eul-2024-eurodac"
	jointEulID = "jha-2024-plan-eul"
	xssScript  = "<script>alert(1)</script>"
	xssImg     = "<img src=x onerror=alert(2)>"
)

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "ui-test-index-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	if corpus, err = readCorpus("testdata/docs.jsonl"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	// As cmd builds: every document enriched by the vocabulary, which the
	// engine expands queries with.
	v, err := vocab.Default()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	enrich(v, corpus)
	if _, err := indexer.Build(context.Background(), dir, seq(corpus), indexer.WithVocabulary(v.Fingerprint())); err != nil {
		fmt.Fprintln(os.Stderr, "build test index:", err)
		return 1
	}
	if testEngine, err = search.Open(dir, nil, search.WithVocabulary(v)); err != nil {
		fmt.Fprintln(os.Stderr, "open test index:", err)
		return 1
	}
	defer testEngine.Close()
	testApp = New(testEngine, Config{BaseURL: "https://search.example"}, slog.New(slog.DiscardHandler)).Handler()
	return m.Run()
}

// enrich sets the vocabulary's values of every document, as cmd does
// before a build.
func enrich(v *vocab.Vocabulary, docs []jhasearch.Document) {
	for i := range docs {
		e := v.Enrich(docs[i])
		docs[i].Topics, docs[i].Systems, docs[i].Countries, docs[i].Concepts = e.Topics, e.Systems, e.Countries, e.Concepts
	}
}

func readCorpus(path string) ([]jhasearch.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []jhasearch.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var d jhasearch.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

func seq(docs []jhasearch.Document) iter.Seq2[jhasearch.Document, error] {
	return func(yield func(jhasearch.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

// get runs one request through the real handler.
func get(t *testing.T, target string) (*http.Response, string) {
	t.Helper()
	return getFrom(t, testApp, target)
}

func getFrom(t *testing.T, h http.Handler, target string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", target, err)
	}
	return res, string(body)
}

// getOK fetches a page that must answer 200.
func getOK(t *testing.T, target string) string {
	t.Helper()
	res, body := get(t, target)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200; body: %.300s", target, res.StatusCode, body)
	}
	return body
}

// getJSON fetches target, checks the status and decodes the body into v.
func getJSON(t *testing.T, target string, status int, v any) {
	t.Helper()
	res, body := get(t, target)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d; body: %.300s", target, res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, want application/json", target, ct)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: decode: %v; body: %.300s", target, err, body)
	}
}

// page fetches an HTML page that must answer 200 and parses it.
func page(t *testing.T, target string) *goquery.Document {
	t.Helper()
	return parseHTML(t, getOK(t, target))
}

func parseHTML(t *testing.T, body string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse html: %v", err)
	}
	return doc
}

// apiSearch runs a search through the JSON API.
func apiSearch(t *testing.T, query string) apiSearchResult {
	t.Helper()
	var out apiSearchResult
	getJSON(t, "/api/v1/search?"+query, http.StatusOK, &out)
	return out
}

// corpusDoc returns a document of the corpus by id.
func corpusDoc(t *testing.T, id string) jhasearch.Document {
	t.Helper()
	for _, d := range corpus {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no document %q in the corpus", id)
	return jhasearch.Document{}
}
