package scraper

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// fuzzSources loads the sources the date and extraction fuzzers run with:
// generic rules in UTC and in a local zone, a source stamping local
// midnight in UTC with its own date layout, and Europol's JSON rules.
func fuzzSources(f *testing.F) []Source {
	f.Helper()
	sources, err := LoadSources([]byte(`sources:
  - {name: Plain, kind: feed, start: ['https://plain.example/feed'], article: '/news/'}
  - {name: Local, kind: feed, start: ['https://local.example/feed'], article: '/news/', timezone: Europe/Warsaw}
  - {name: Stamped, kind: feed, start: ['https://stamped.example/feed'], article: '/news/',
     timezone: Europe/Brussels, stamp_zone: UTC, date_layout: 'January 2, 2006'}
`), "fuzz")
	if err != nil {
		f.Fatal(err)
	}
	defaults, err := DefaultSources()
	if err != nil {
		f.Fatal(err)
	}
	europol, ok := Lookup(defaults, "Europol")
	if !ok {
		f.Fatal("no Europol in the default sources")
	}
	return append(sources, europol)
}

// FuzzParseDate: a date read from any text is a midnight UTC that the
// archive's format writes and reads back, and reading its own day again
// gives the same date.
func FuzzParseDate(f *testing.F) {
	sources := fuzzSources(f)
	for _, s := range []string{"2024-02-15", "15 February 2024", "February 15, 2024", "15/02/2024 23:30",
		"2024-02-14T23:30:00Z", "Mon, 15 Jan 2024 23:30:00 -0800", "1707955200", "99999999999",
		"Warsaw, 18th Sept 2021 –", "31 February 2024", "0000-01-01T00:30:00+01:00", "9999-12-31T23:59:59-23:59",
		"15.02.2024", "2.1.2006", "Published: 7 Nov. 2023 | PRESS RELEASE", "\xff15 May 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, src := range sources {
			d, ok := src.rules().ParseDate(raw)
			if !ok {
				continue
			}
			checkDay(t, src.Name+": "+raw, d)
			if again, ok := src.rules().ParseDate(d.Format(jhasearch.DateLayout)); src.DateLayout == "" && (!ok || !again.Equal(d)) {
				t.Fatalf("%s: %q read as %v, whose day reads back as %v, %v", src.Name, raw, d, again, ok)
			}
		}
	})
}

// checkDay asserts that d is a midnight UTC the archive can write and read.
func checkDay(t *testing.T, what string, d time.Time) {
	t.Helper()
	if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
		t.Fatalf("%s: date %v is not midnight UTC", what, d)
	}
	if back, err := time.Parse(jhasearch.DateLayout, d.Format(jhasearch.DateLayout)); err != nil || !back.Equal(d) {
		t.Fatalf("%s: date %v does not survive the archive's format: %v, %v", what, d, back, err)
	}
}

// markedPage wraps a fuzzed tail after a valid release whose script and
// style hold markers: whatever the tail does, their content is never text.
const markedPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixed title</title>
<script>document.write("SCRIPTMARK")</script><style>.STYLEMARK{color:red}</style></head>
<body><main><article><h1>Fixed title</h1><time datetime="2024-05-02">2 May 2024</time>
<p>First paragraph &lt;b&gt;escaped&lt;/b&gt;.</p><noscript>NOSCRIPTMARK</noscript></article></main>`

// FuzzExtract runs arbitrary bytes through the extractor, as a whole page
// under a given Content-Type and as the tail of a valid release. It must
// not panic, must give the same answer twice, and a document it returns
// has a title, a body, text that is valid UTF-8 without markup, and a date
// the archive can keep.
func FuzzExtract(f *testing.F) {
	sources := fuzzSources(f)
	for _, name := range []string{"generic/article.html", "generic/cookiewall.html", "frontex/article.html",
		"europol/article.json", "fra/challenge.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(name)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	f.Add([]byte("<p>R\xe9union \xe0 Bruxelles</p>"), "text/html; charset=ISO-8859-1")
	f.Add([]byte("<meta charset=shift_jis><title>\x82\xa0</title>"), "text/html")
	f.Add([]byte("\xff\xfe<\x00h\x001\x00>\x00"), "text/html")
	f.Add([]byte(`{"title":"<b>x</b>","published":"1707955200"}`), "application/json")
	f.Add([]byte("<plaintext><script>"), "text/html; charset=utf-8")
	f.Fuzz(func(t *testing.T, content []byte, contentType string) {
		for _, src := range sources {
			checkExtract(t, src, content, contentType)
			marked := append([]byte(markedPage), content...)
			doc, err := checkExtract(t, src, marked, "text/html; charset=utf-8")
			if err == nil && !strings.Contains(string(content), "MARK") {
				for _, s := range texts(doc) {
					if strings.Contains(s, "MARK") {
						t.Fatalf("%s: script, style or noscript content %q became text", src.Name, s)
					}
				}
			}
		}
	})
}

// checkExtract extracts one page twice and checks the invariants.
func checkExtract(t *testing.T, src Source, content []byte, contentType string) (jhasearch.Document, error) {
	t.Helper()
	page := jhasearch.Page{URL: "https://news.example/news/one", Content: content, ContentType: contentType,
		FetchedAt: time.Date(2024, 5, 3, 10, 0, 0, 0, time.UTC)}
	doc, err := Extract(src, page)
	again, err2 := Extract(src, page)
	if diff := cmp.Diff(doc, again); diff != "" || (err == nil) != (err2 == nil) {
		t.Fatalf("%s: two extractions differ (-first +second):\n%s%v %v", src.Name, diff, err, err2)
	}
	if err != nil {
		if r, ok := err.(*RejectError); ok && (r.Reason == "" || !utf8.ValidString(r.Reason)) {
			t.Fatalf("%s: rejected with reason %q", src.Name, r.Reason)
		}
		return doc, err
	}
	if doc.Title == "" || doc.Body == "" || strings.Contains(doc.Title, "\n") {
		t.Fatalf("%s: document without a one-line title or without a body: %q / %q", src.Name, doc.Title, doc.Body)
	}
	if doc.Agency != src.Name || doc.ID != jhasearch.DocumentID(doc.URL) {
		t.Fatalf("%s: agency %q, id %q for %s", src.Name, doc.Agency, doc.ID, doc.URL)
	}
	for _, s := range texts(doc) {
		if !utf8.ValidString(s) || strings.ContainsRune(s, 0) {
			t.Fatalf("%s: text %q is not valid UTF-8 or holds NUL", src.Name, s)
		}
	}
	checkDay(t, src.Name, doc.Published)
	return doc, nil
}

func texts(d jhasearch.Document) []string {
	out := []string{d.Title, d.Summary, d.Body, d.Language}
	out = append(out, d.Tags...)
	return append(out, d.Credits...)
}

// FuzzLoadSources: a sources file either fails with a message naming the
// file, or gives sources that are ready for the crawler: names unique,
// start URLs absolute http(s), the article pattern compiled, every
// selector valid, zones loaded and a rate that is no negative gap.
func FuzzLoadSources(f *testing.F) {
	f.Add(defaultSources)
	f.Add([]byte("sources:\n  - {name: A, kind: html, start: ['http://a.example/'], article: '(', next: a}\n"))
	f.Add([]byte("sources:\n  - {name: A, kind: html, start: ['http://a.example/'], article: '/n/', next: 'a[rel='}\n"))
	f.Add([]byte("sources:\n  - {name: A, kind: feed, start: ['http://a.example/'], article: x, timezone: Mars/Base, rate: -1s}\n"))
	f.Add([]byte("sources:\n  - {name: A, kind: europol, start: ['http://a.example/'], article: x, api: 'v1'}\n  - {name: a, kind: feed, start: ['http://a.example/'], article: x}\n"))
	f.Add([]byte("a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nsources: [*c]\n"))
	f.Add([]byte("sources:\n  - name: A\n    kind: sitemap\n    start: ['http://a.example/']\n    article: x\n    selct: {}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sources, err := LoadSources(data, "fuzz.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "scraper: fuzz.yaml: ") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if len(sources) == 0 {
			t.Fatal("no sources and no error")
		}
		names := map[string]bool{}
		for _, s := range sources {
			if s.Name == "" || names[strings.ToLower(s.Name)] {
				t.Fatalf("name %q empty or repeated", s.Name)
			}
			names[strings.ToLower(s.Name)] = true
			checkSource(t, s)
		}
	})
}

func checkSource(t *testing.T, s Source) {
	t.Helper()
	if err := s.ready(); err != nil || s.stamp == nil || s.Rate < 0 {
		t.Fatalf("source %q not ready: %v, stamp %v, rate %v", s.Name, err, s.stamp, s.Rate)
	}
	s.IsArticle("https://a.example/news/1")
	for _, u := range s.Start {
		if h := hostOf(u); h == "" || !s.ownsHost(h) || !(strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) {
			t.Fatalf("source %q: start %q is not an absolute http(s) URL on its hosts", s.Name, u)
		}
	}
	for _, sel := range append([]string{s.Next, s.Select.Title, s.Select.Date, s.Select.Summary, s.Select.Body, s.Select.Tags}, s.Select.Remove...) {
		if _, err := cascadia.ParseGroup(sel); sel != "" && err != nil {
			t.Fatalf("source %q: selector %q accepted but does not compile: %v", s.Name, sel, err)
		}
	}
	if s.Kind == KindHTML && s.Next == "" {
		t.Fatalf("source %q: html without next", s.Name)
	}
}
