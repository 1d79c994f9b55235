package client

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAnswerTotal(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr bool
	}{
		{"answer", `{"total":42,"hits":[{"id":"a","score":0.5e-3,"tags":[]}],"facets":{"year":[{"value":"2020","count":3}]}}` + "\n", 42, false},
		{"total after other members", `{"page":1,"total":7}`, 7, false},
		{"spaces everywhere", " { \"total\" : 0 , \"x\" : [ true , false , null ] } \r\n\t", 0, false},
		{"escapes", `{"total":1,"s":"a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00"}`, 1, false},
		{"nested total is not the total", `{"x":{"total":3}}`, 0, true},
		{"no total", `{"hits":[]}`, 0, true},
		{"fractional total", `{"total":1.5}`, 0, true},
		{"negative total", `{"total":-1}`, 0, true},
		{"string total", `{"total":"3"}`, 0, true},
		{"truncated object", `{"total":3,"hits":[{"id":"a"`, 0, true},
		{"truncated string", `{"total":3,"s":"abc`, 0, true},
		{"truncated escape", `{"total":3,"s":"\u00`, 0, true},
		{"trailing comma", `{"total":3,}`, 0, true},
		{"trailing comma in array", `{"total":3,"a":[1,]}`, 0, true},
		{"two values", `{"total":3} {}`, 0, true},
		{"control character in string", "{\"total\":3,\"s\":\"a\x01b\"}", 0, true},
		{"bad escape", `{"total":3,"s":"\x"}`, 0, true},
		{"leading zero", `{"total":3,"n":01}`, 0, true},
		{"bare minus", `{"total":3,"n":-}`, 0, true},
		{"dot without digits", `{"total":3,"n":1.}`, 0, true},
		{"exponent without digits", `{"total":3,"n":1e+}`, 0, true},
		{"bad literal", `{"total":3,"b":tru}`, 0, true},
		{"missing colon", `{"total" 3}`, 0, true},
		{"html error page", `<html>Bad gateway</html>`, 0, true},
		{"empty", ``, 0, true},
		{"deep nesting", `{"total":1,"a":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := AnswerTotal([]byte(tt.in))
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("AnswerTotal(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// FuzzAnswerTotal holds AnswerTotal to encoding/json: it takes for JSON
// exactly the texts json.Valid accepts.
func FuzzAnswerTotal(f *testing.F) {
	for _, s := range []string{`{"total":1}`, `{"total":12,"a":[1,2.5,-3e4,"x\n",{"b":null}]}`, `{"total":1,"s":"\u12ab"}`,
		`{"total":0,"a":[]}`, `[1]`, `{"total":1,"a":01}`, `{"total":1} x`, `{"total":1,"s":"\q"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := AnswerTotal(b)
		if valid := json.Valid(b); valid != (err != errNotJSON) {
			t.Errorf("AnswerTotal(%q): error %v, but json.Valid says %v", b, err, valid)
		}
	})
}

// BenchmarkAnswerTotal checks an answer shaped like a search answer: ten
// hits of some hundred words, seven facets.
func BenchmarkAnswerTotal(b *testing.B) {
	var s strings.Builder
	s.WriteString(`{"total":23277,"page":1,"size":10,"took_ms":3.25,"hits":[`)
	for i := range 10 {
		if i > 0 {
			s.WriteString(",")
		}
		s.WriteString(`{"id":"abe35edccb495e55","url":"https://europol.europa.eu/news/mirsutlo-review-13466","agency":"Europol","agencies":["Europol"],"title":"Mirsutlo review the palmarka yarwenhor","published":"2026-05-26","tags":["EMPACT"],"language":"en","summary":"`)
		s.WriteString(strings.Repeat("Dosbraka rescue police ubnovhul rosfenven sutjorlo in on the hulmodmar. ", 4))
		s.WriteString(`","snippet":"<mark>Europol</mark> `)
		s.WriteString(strings.Repeat(`The zedlemka triwentri kemwenbel rosqualo with wencleven \"the\" … `, 5))
		s.WriteString(`","score":0.05783971771597862}`)
	}
	s.WriteString(`],"facets":{"agency":[{"value":"Europol","count":9}],"year":[{"value":"2026","count":3}]}}` + "\n")
	answer := []byte(s.String())
	b.SetBytes(int64(len(answer)))
	for b.Loop() {
		if _, err := AnswerTotal(answer); err != nil {
			b.Fatal(err)
		}
	}
}
