package main

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
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
	path := writeFile(t, "local.yaml", "concepts:\n  - id: sis\n    names: [Schengener Informationssystem]\n")
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

func TestEnrichedAddsTheLocalVocabulary(t *testing.T) {
	v, err := loadVocabulary(writeFile(t, "local.yaml", "concepts:\n  - id: sis\n    names: [Schengener Informationssystem]\n"))
	if err != nil {
		t.Fatal(err)
	}
	broken := errors.New("broken record")
	docs := func(yield func(jhasearch.Document, error) bool) {
		_ = yield(jhasearch.Document{ID: "de", Title: "Das Schengener Informationssystem in Polen"}, nil) &&
			yield(jhasearch.Document{}, broken) &&
			yield(jhasearch.Document{ID: "plain", Title: "A quiet day"}, nil)
	}
	type got struct {
		ID                           string
		Systems, Countries, Concepts []string
		Err                          error
	}
	var out []got
	for doc, err := range enriched(v, docs) {
		out = append(out, got{doc.ID, doc.Systems, doc.Countries, doc.Concepts, err})
	}
	want := []got{
		{ID: "de", Systems: []string{"Schengen Information System (SIS)"}, Concepts: []string{"sis"}},
		{Err: broken},
		{ID: "plain"},
	}
	// "Polen" is no form of Poland: the local file names only the system.
	if diff := cmp.Diff(want, out, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}
