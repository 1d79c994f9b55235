package vocab

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

const localFile = `
concepts:
  # extends an existing concept: a German name and an abbreviation
  - id: sis
    names: [Schengen-Fahndungsregister]
  # a new concept
  - id: cepol-lets
    type: topic
    label: Law enforcement training
    abbreviations: [LETS]
    names: [law enforcement training scheme]
    not: [LETS go]
`

func TestExtendAddsAndExtendsConcepts(t *testing.T) {
	base := mustDefault(t)
	v, err := base.Extend([]byte(localFile), "local.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := v.Enrich(jhasearch.Document{Body: "Das Schengen-Fahndungsregister und das Law Enforcement Training Scheme"})
	want := Enrichment{Topics: []string{"Law enforcement training"}, Systems: []string{"Schengen Information System (SIS)"},
		Concepts: []string{"cepol-lets", "sis"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Enrich mismatch (-want +got):\n%s", diff)
	}
	if !slices.Contains(v.Expand("SIS"), Form{Text: "Schengen-Fahndungsregister"}) {
		t.Errorf("Expand(SIS) = %v; want the local name among the forms", v.Expand("SIS"))
	}
	// The base vocabulary is unchanged.
	if got := base.Enrich(jhasearch.Document{Body: "Schengen-Fahndungsregister"}); got.Systems != nil {
		t.Errorf("base vocabulary changed by Extend: %+v", got)
	}
}

func TestExtendReplacesLabelAndKeepsOldOne(t *testing.T) {
	v, err := mustDefault(t).Extend([]byte("concepts:\n- {id: vis, label: VIS}"), "local.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := v.Enrich(jhasearch.Document{Body: "the Visa Information System (VIS)"})
	if diff := cmp.Diff([]string{"VIS"}, got.Systems); diff != "" {
		t.Errorf("Systems mismatch (-want +got):\n%s", diff)
	}
}

func TestExtendRejectsBadLocalFiles(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"type change", "concepts:\n- {id: sis, type: topic}", []string{"local.yaml:2", `concept "sis"`, `key "type"`}},
		{"new concept incomplete", "concepts:\n- {id: brand-new, names: [x]}", []string{"local.yaml:2", `concept "brand-new"`, `key "type"`}},
		{"form taken", "concepts:\n- {id: x, type: topic, label: X, abbreviations: [SIS]}", []string{"local.yaml", `concept "x"`, `"SIS"`, `concept "sis"`}},
		{"cycle through the base", "concepts:\n- {id: drug-trafficking, broader: [cocaine]}",
			[]string{"local.yaml:2", `concept "drug-trafficking"`, `key "broader"`, "leads back"}},
		{"negative context of nothing", "concepts:\n- {id: georgia, not: [Atlanta Braves]}",
			[]string{"local.yaml:2", `concept "georgia"`, `key "not"`}},
		{"twice in the file", "concepts:\n- {id: sis, names: [a]}\n- {id: sis, names: [b]}", []string{"local.yaml:3", "defined twice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := mustDefault(t).Extend([]byte(tt.yaml), "local.yaml")
			if err == nil {
				t.Fatal("Extend succeeded; want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestFingerprintFollowsContent(t *testing.T) {
	a, b := mustDefault(t), mustDefault(t)
	if a.Fingerprint() != b.Fingerprint() {
		t.Errorf("two loads of the same file: fingerprints %s and %s", a.Fingerprint(), b.Fingerprint())
	}
	c, err := a.Extend([]byte("concepts:\n- {id: sis, names: [SIS recast]}"), "local.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Fingerprint() == a.Fingerprint() {
		t.Error("an extended vocabulary has the fingerprint of its base")
	}
}
