package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestVocabularyFileFaultsAreUsageErrors(t *testing.T) {
	clash := writeFile(t, "clash.yaml", "concepts:\n  - id: x\n    type: system\n    label: X\n    abbreviations: [SIS]\n")
	unknown := writeFile(t, "unknown.yaml", "concepts:\n  - id: sis\n    nicknames: [Schengen]\n")
	missing := filepath.Join(t.TempDir(), "none.yaml")
	tests := []struct {
		name string
		args []string
		want []string // in stderr
	}{
		{"form claimed twice", []string{"config", "--vocabulary", clash}, []string{clash + ":2", `key "abbreviations"`, `"SIS"`}},
		{"unknown key", []string{"config", "--vocabulary", unknown}, []string{unknown, "nicknames"}},
		{"missing file", []string{"config", "--vocabulary", missing}, []string{"cannot read vocabulary file", missing}},
		{"import checks before importing", []string{"import", "--data", t.TempDir(), "--vocabulary", clash, writeFile(t, "docs.jsonl", importFile)}, []string{clash}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runCmd(t, "", tt.args...)
			if res.code != exitUsage {
				t.Fatalf("exit %d, want %d; stderr: %s", res.code, exitUsage, res.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, res.stderr)
				}
			}
		})
	}
}

func TestConfigNamesTheVocabularyFromTheEnvironment(t *testing.T) {
	path := writeFile(t, "local.yaml", "concepts:\n  - id: sis\n    names: [Schengener Fahndungsverbund]\n")
	var stdout, stderr syncBuffer
	vars := map[string]string{"JHASEARCH_VOCABULARY": path}
	e := env{stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] }}
	if code := runEnv(t.Context(), []string{"config"}, e); code != exitOK {
		t.Fatalf("config exited %d: %s", code, stderr.String())
	}
	if out := stdout.String(); !strings.Contains(out, path) || !strings.Contains(out, "environment JHASEARCH_VOCABULARY") {
		t.Errorf("config output lacks the vocabulary file and its origin:\n%s", out)
	}
}

// The whole wiring: import builds with the local vocabulary, serve expands
// queries with it, and the facets come out of the API.
func TestImportAndServeWithALocalVocabulary(t *testing.T) {
	data := t.TempDir()
	local := writeFile(t, "local.yaml", "concepts:\n  - id: sis\n    names: [Schengener Fahndungsverbund]\n")
	docs := `{"id":"de","agency":"eu-LISA","title":"Der Schengener Fahndungsverbund","published":"2024-02-01","language":"de","body":"Abfragen im Schengener Fahndungsverbund nahmen zu."}
{"id":"en","agency":"Frontex","title":"Checks in SIS at the Polish border","published":"2024-03-01","body":"Border guards checked SIS at the Polish border."}
{"id":"other","agency":"EUAA","title":"Asylum trends","published":"2024-04-01","body":"The European Union Agency for Asylum published its trends."}
`
	vars := map[string]string{"JHASEARCH_VOCABULARY": local}
	var stdout, stderr syncBuffer
	e := env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] }}
	if code := runEnv(t.Context(), []string{"import", "--data", data, writeFile(t, "docs.jsonl", docs)}, e); code != exitOK {
		t.Fatalf("import exited %d: %s", code, stderr.String())
	}
	base := startServeEnv(t, data, vars)
	for q, want := range map[string][]string{"SIS": {"de", "en"}, "EASO": {"other"}} {
		var got []string
		for _, h := range apiSearch(t, base, "q="+q).Hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("q=%s mismatch (-want +got):\n%s", q, diff)
		}
	}
	var facets struct {
		Facets map[string][]struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	if err := getJSON(base+"/api/v1/search?country=Poland", &facets); err != nil {
		t.Fatal(err)
	}
	if sys := facets.Facets["system"]; len(sys) != 1 || sys[0].Value != "Schengen Information System (SIS)" || sys[0].Count != 1 {
		t.Errorf("system facet among releases naming Poland = %+v, want SIS once", sys)
	}
}
