package indexer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestSplitWords(t *testing.T) {
	tests := []struct {
		text string
		max  int
		want []string
	}{
		{"", 10, []string{}},
		{"  ,;  ", 10, []string{}},
		{"one two", 10, []string{"one", "two"}},
		{"e-mail: x_y 3.5%", 10, []string{"e", "mail", "x", "y", "3", "5"}},
		{"Übersicht über Straße ½ déjà-vu", 10, []string{"Übersicht", "über", "Straße", "½", "déjà", "vu"}},
		{"a b c d", 2, []string{"a", "b"}},
		{"tail", 1, []string{"tail"}},
	}
	for _, tt := range tests {
		got := splitWords(tt.text, tt.max)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitWords(%q, %d) mismatch (-want +got):\n%s", tt.text, tt.max, diff)
		}
	}
}

// Case and punctuation do not change a sketch; the words do.
func TestSignatureIgnoresCaseAndPunctuation(t *testing.T) {
	doc := func(title, body string) *jhasearch.Document {
		return &jhasearch.Document{Title: title, Body: body}
	}
	body := strings.Repeat("Officers seized forged passports at the border crossing. ", 5)
	a := newSignature(doc("Forged passports", body))
	b := newSignature(doc("FORGED, passports!", strings.ToUpper(body)))
	c := newSignature(doc("Forged passports", strings.ReplaceAll(body, "border", "harbour")))
	if a.sketch != b.sketch {
		t.Error("sketches differ by case and punctuation")
	}
	if a.sketch == c.sketch {
		t.Error("sketches of different words are equal")
	}
}
