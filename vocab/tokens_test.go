package vocab

import (
	"testing"

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
