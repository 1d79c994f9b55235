package group

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

func TestWordHashes(t *testing.T) {
	hash := func(words ...string) []uint64 {
		out := []uint64{}
		for _, w := range words {
			wordHashes(w, 1, func(h uint64) { out = append(out, h) })
		}
		return out
	}
	tests := []struct {
		text string
		max  int
		want []uint64
		left int
	}{
		{"", 10, hash(), 10},
		{"  ,;  ", 10, hash(), 10},
		{"one two", 10, hash("one", "two"), 8},
		{"ONE Two", 10, hash("one", "two"), 8},
		{"e-mail: x_y 3.5%", 10, hash("e", "mail", "x", "y", "3", "5"), 4},
		{"Übersicht über Straße ½ déjà-vu", 10, hash("übersicht", "über", "straße", "½", "déjà", "vu"), 4},
		{"a b c d", 2, hash("a", "b"), 0},
		{"tail", 1, hash("tail"), 0},
	}
	for _, tt := range tests {
		got := []uint64{}
		left := wordHashes(tt.text, tt.max, func(h uint64) { got = append(got, h) })
		if diff := cmp.Diff(tt.want, got); diff != "" || left != tt.left {
			t.Errorf("wordHashes(%q, %d) left %d, want %d; mismatch (-want +got):\n%s", tt.text, tt.max, left, tt.left, diff)
		}
	}
	if a, b := hash("ab"), hash("ba"); cmp.Equal(a, b) {
		t.Error("the hash of a word ignores the order of its letters")
	}
}

// Case and punctuation do not change a sketch; the words do.
func TestSignatureIgnoresCaseAndPunctuation(t *testing.T) {
	doc := func(title, body string) *jhasearch.Document {
		return &jhasearch.Document{Title: title, Body: body}
	}
	body := strings.Repeat("Officers seized forged passports at the border crossing. ", 5)
	a := NewSignature(doc("Forged passports", body))
	b := NewSignature(doc("FORGED, passports!", strings.ToUpper(body)))
	c := NewSignature(doc("Forged passports", strings.ReplaceAll(body, "border", "harbour")))
	if a.sketch != b.sketch {
		t.Error("sketches differ by case and punctuation")
	}
	if a.sketch == c.sketch {
		t.Error("sketches of different words are equal")
	}
}

// A short document fills every slot of its sketch (densification), and
// the agreement of two sketches follows the overlap of their trigrams.
func TestSignatureAgreement(t *testing.T) {
	words := strings.Fields("the agency and its partners trained border guards in the detection of forged travel documents " +
		"over three days and shared what they learned with colleagues from nine member states who attended online")
	sig := func(ws []string) Signature {
		return NewSignature(&jhasearch.Document{Body: strings.Join(ws, " ")})
	}
	agree := func(a, b Signature) int {
		n := 0
		for k := range a.sketch {
			if a.sketch[k] == b.sketch[k] {
				n++
			}
		}
		return n
	}
	short := sig(words[:8])
	for k, v := range short.sketch {
		if v == ^uint64(0) {
			t.Errorf("slot %d of a six-trigram sketch is empty", k)
		}
	}
	whole := sig(words)
	if n := agree(whole, sig(words)); n != sketchSize {
		t.Errorf("equal texts agree in %d slots, want %d", n, sketchSize)
	}
	// Changing one word of 33 changes 3 of 31 trigrams: a Jaccard of
	// about 0.82, well above unrelated text.
	edited := append([]string(nil), words...)
	edited[16] = "counterfeit"
	unrelated := sig(strings.Fields("a storm closed the harbour so the ferry stayed in port until the weekend when calmer weather returned"))
	if near, far := agree(whole, sig(edited)), agree(whole, unrelated); near < 18 || far > 4 {
		t.Errorf("agreement: one word changed %d, unrelated text %d of %d", near, far, sketchSize)
	}
}
