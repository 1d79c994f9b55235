package vocab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExpandPattern(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"(firearms|weapons) (trafficking|smuggling)",
			[]string{"firearms trafficking", "firearms smuggling", "weapons trafficking", "weapons smuggling"}},
		{"illicit (drug|drugs) (|trade)", []string{"illicit drug", "illicit drug trade", "illicit drugs", "illicit drugs trade"}},
		{"trafficking (in|of) firearms", []string{"trafficking in firearms", "trafficking of firearms"}},
		{"plain name", []string{"plain name"}},
	}
	for _, tt := range tests {
		got, err := expandPattern(tt.in)
		if err != nil {
			t.Errorf("expandPattern(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("expandPattern(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, bad := range []string{"(a|b", "a)b", "((a))", "(a(b))"} {
		if _, err := expandPattern(bad); err == nil {
			t.Errorf("expandPattern(%q) succeeded; want an error", bad)
		}
	}
}
