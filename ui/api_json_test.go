package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
	"github.com/jhasearch/jhasearch/ui/web"
)

// stdJSON is what writeJSON wrote before answers encoded themselves.
func stdJSON(t testing.TB, v any) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// fullAnswer sets every field of an answer and of its hits, with the
// text that needs escaping.
func fullAnswer() apiSearchResult {
	hit := apiHit{ID: "a1", URL: "https://europol.europa.eu/news/x?a=1&b=<2>", Agency: "Europol",
		Agencies: []string{"Europol", "Eurojust"}, Title: `Say "hi" \ to <script>alert(1)</script>`,
		Published: "2024-05-06", Tags: []string{"Cybercrime"}, Language: "en",
		Summary: "tab\there, line\nbreak, nul\x00, bell\x07, del\x7f, é, 日本, bad \xff\xfe utf-8, \u2028 and \u2029",
		Snippet: "<mark>Europol</mark> … \r\b\f", Score: 0.05783971771597862,
		Translations: []apiVersion{{ID: "a1-de", Language: "de", Title: "Grenzkontrollen <verstärkt>"}, {ID: "a1-fr", Language: "fr", Title: "Contrôles"}},
		Values:       map[string][]string{"type": {"press-release"}, "b<>": {}, "a": {"x\"y"}}}
	return apiSearchResult{Total: 23277, Versions: 23301, Page: 2, Size: 10, TookMS: 12.916, Hits: []apiHit{hit, {Score: 1e-7}},
		Facets: map[string][]apiFacetValue{"year": {{Value: "2026", Count: 3}}, "agency": {{Value: "Europol", Count: 9}, {Value: "EUAA", Count: 1}},
			"tag": {}, "language": {{Value: "de", Label: "Deutsch (de)", Count: 2}}, "country": nil},
		Suggestion: "smuggling", Cursor: "eyJhIjoxfQ", AllWords: 12, SomeWords: 140}
}

// TestFullAnswerSetsEveryField keeps fullAnswer complete: a field added
// to the answer must be added to appendJSON, and this makes the
// comparison below see it.
func TestFullAnswerSetsEveryField(t *testing.T) {
	r := fullAnswer()
	for _, v := range []reflect.Value{reflect.ValueOf(r), reflect.ValueOf(r.Hits[0])} {
		for i := range v.NumField() {
			if v.Field(i).IsZero() {
				t.Errorf("fullAnswer leaves %s.%s empty; set it, and encode it in api_json.go", v.Type().Name(), v.Type().Field(i).Name)
			}
		}
	}
}

func TestSearchAnswerJSONIsEncodingJSONs(t *testing.T) {
	tests := map[string]apiSearchResult{
		"full":            fullAnswer(),
		"empty":           {Hits: []apiHit{}, Facets: map[string][]apiFacetValue{}},
		"nil everything":  {},
		"nil lists":       {Hits: []apiHit{{}}},
		"large numbers":   {Total: 1 << 40, TookMS: 1e21, Hits: []apiHit{{Score: -2.5e-12}, {Score: 123456789.125}, {Score: 1e20}}},
		"small took time": {TookMS: 0.001},
	}
	for name, r := range tests {
		t.Run(name, func(t *testing.T) {
			got, err := web.Encode(nil, &r)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(stdJSON(t, r), string(got)); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzJSONStringAndFloat holds the string and number forms to
// encoding/json's for any text and any finite number.
func FuzzJSONStringAndFloat(f *testing.F) {
	for _, s := range []string{"", "plain", "\"\\/\b\f\n\r\t\x00\x1f\x7f", "é日本\u2028\u2029", "\xff\xc3", "<&>"} {
		f.Add(s, 0.5)
	}
	f.Add("x", 1e-7)
	f.Add("x", -1e21)
	f.Add("x", 123e-30)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		v := apiFacetValue{Value: s}
		r := apiSearchResult{TookMS: x, Suggestion: s, Facets: map[string][]apiFacetValue{s: {v}}}
		got, _ := web.Encode(nil, &r)
		if want := stdJSON(t, r); want != string(got) {
			t.Errorf("web.Encode(%q, %v) = %s, want %s", s, x, got, want)
		}
	})
}

// TestJSONStringRandomText compares the string form on many random texts
// drawn from the bytes that need care.
func TestJSONStringRandomText(t *testing.T) {
	alphabet := []string{"a", " ", "\"", "\\", "/", "\x00", "\x1f", "\x7f", "\n", "<", "&", "é", "日", "\u2028", "\u2029", "\xff", "\xe2\x80", "\xf0\x9f\x98\x80"}
	r := rand.New(rand.NewPCG(1, 1))
	for range 5000 {
		var s strings.Builder
		for range r.IntN(12) {
			s.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		got := string(appendJSONString(nil, s.String()))
		if want := strings.TrimSuffix(stdJSON(t, s.String()), "\n"); got != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s.String(), got, want)
		}
	}
}

// BenchmarkSearchAnswerJSON encodes an answer of ten hits both ways.
func BenchmarkSearchAnswerJSON(b *testing.B) {
	r := apiSearchResult{Total: 23277, Page: 1, Size: 10, TookMS: 3.25, Facets: map[string][]apiFacetValue{}}
	for i := range 10 {
		r.Hits = append(r.Hits, apiHit{ID: fmt.Sprintf("%016x", i), URL: "https://europol.europa.eu/news/mirsutlo-review-the-palmarka-13466",
			Agency: "Europol", Agencies: []string{"Europol"}, Title: "Mirsutlo review the palmarka yarwenhor a yarsutnov",
			Published: "2026-05-26", Tags: []string{"EMPACT", "Cybercrime"}, Language: "en",
			Summary: strings.Repeat("Dosbraka rescue police ubnovhul rosfenven sutjorlo in on the hulmodmar. ", 3),
			Snippet: "<mark>Europol</mark> " + strings.Repeat("The zedlemka triwentri kemwenbel rosqualo with wencleven. ", 4), Score: 0.05783971771597862})
	}
	for _, f := range jhasearch.Facets {
		name := f.Name
		for j := range 12 {
			r.Facets[name] = append(r.Facets[name], apiFacetValue{Value: fmt.Sprintf("value %d", j), Count: 1000 - j})
		}
	}
	b.Run("appendJSON", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			buf, _ = web.Encode(buf[:0], &r)
		}
		b.SetBytes(int64(len(buf)))
	})
	b.Run("encoding-json", func(b *testing.B) {
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.Encode(&r)
		}
		b.SetBytes(int64(buf.Len()))
	})
}
