package vocab

import (
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in         string
		raw, folds []string
	}{
		{"Europol's analysts", []string{"Europol", "analysts"}, []string{"europol", "analysts"}},
		{"Europol’s Prosecutors' office", []string{"Europol", "Prosecutors", "office"}, []string{"europol", "prosecutors", "office"}},
		{"Guinea-Bissau, Kosovo*", []string{"Guinea", "Bissau", "Kosovo"}, []string{"guinea", "bissau", "kosovo"}},
		{"Côte d'Ivoire", []string{"Côte", "d", "Ivoire"}, []string{"cote", "d", "ivoire"}},
		{"TÜRKİYE Prüm Øresund Straße", []string{"TÜRKİYE", "Prüm", "Øresund", "Straße"}, []string{"turkiye", "prum", "oresund", "strasse"}},
		{"Entry/Exit System (EES)", []string{"Entry", "Exit", "System", "EES"}, []string{"entry", "exit", "system", "ees"}},
		{"it's 3D-printed", []string{"it", "3D", "printed"}, []string{"it", "3d", "printed"}},
		{"ΕΛΛΑΔΑΣ Ελλάδας Ευρωπόλ", []string{"ΕΛΛΑΔΑΣ", "Ελλάδας", "Ευρωπόλ"}, []string{"ελλαδασ", "ελλαδασ", "ευρωπολ"}},
		{"ШИС, Шенгенската информационна система", []string{"ШИС", "Шенгенската", "информационна", "система"},
			[]string{"шис", "шенгенската", "информационна", "система"}},
		{"l’Agence de l'Union; il-Ġermanja; Ūkio", []string{"l", "Agence", "de", "l", "Union", "il", "Ġermanja", "Ūkio"},
			[]string{"l", "agence", "de", "l", "union", "il", "germanja", "ukio"}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		raw, folds := splitForm(tt.in)
		if diff := cmp.Diff(tt.raw, raw); diff != "" {
			t.Errorf("split(%q) raw mismatch (-want +got):\n%s", tt.in, diff)
		}
		if diff := cmp.Diff(tt.folds, folds); diff != "" {
			t.Errorf("split(%q) folded mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// Any text, valid UTF-8 or not, splits into tokens that lie inside it, in
// order, each holding letters or digits; seeds run in every go test.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Europol's", "Côte d’Ivoire", "\xff\xfeSIS\x00", "e\u0301", "’s", "'", "Kosovo*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tk tokens
		tk.split(s)
		end := 0
		for i := range tk.len() {
			start, stop := tk.offsets(i, i+1)
			if start < end || stop <= start || stop > len(s) {
				t.Fatalf("token %d at [%d,%d) after %d in %q", i, start, stop, end, s)
			}
			if len(tk.folded(i)) == 0 && tk.raw(i) != "" && !allMarks(tk.raw(i)) {
				t.Fatalf("token %q folds to nothing", tk.raw(i))
			}
			end = stop
		}
	})
}

// allMarks reports whether s holds only combining marks, which fold away.
func allMarks(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}
