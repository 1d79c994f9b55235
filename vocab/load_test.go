package vocab

import (
	"strings"
	"testing"

	"github.com/jhasearch/jhasearch"
)

// Every fault names the file, the concept and the key, so that whoever
// edits the vocabulary finds the line to fix.
func TestLoadRejectsBadFiles(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // all must appear in the error
	}{
		{"not yaml", "concepts: [", []string{"bad.yaml"}},
		{"no concepts", "other: 1", []string{"bad.yaml", "field other not found"}},
		{"empty list", "concepts: []", []string{"bad.yaml", "no concepts"}},
		{"unknown key", "concepts:\n- {id: a, type: topic, label: A, nmes: [x]}", []string{"bad.yaml", "nmes"}},
		{"missing id", "concepts:\n- {type: topic, label: A}", []string{"bad.yaml:2", "without id", `key "id"`}},
		{"bad id", "concepts:\n- {id: Bad_Id, type: topic, label: A}", []string{`"Bad_Id"`, `key "id"`}},
		{"bad type", "concepts:\n- {id: a, type: sytem, label: A}", []string{`concept "a"`, `key "type"`, "sytem"}},
		{"missing label", "concepts:\n- {id: a, type: topic}", []string{`concept "a"`, `key "label"`}},
		{"duplicate id", "concepts:\n- {id: a, type: topic, label: A}\n- {id: a, type: topic, label: B}",
			[]string{"bad.yaml:3", `concept "a"`, "defined twice", "bad.yaml:2"}},
		{"form of two concepts", "concepts:\n- {id: a, type: topic, label: A, names: [same]}\n- {id: b, type: topic, label: B, names: [Same]}",
			[]string{`concept "b"`, `key "names"`, `"Same"`, `concept "a"`}},
		{"empty form", "concepts:\n- {id: a, type: topic, label: A, abbreviations: ['--']}", []string{`concept "a"`, `key "abbreviations"`, "no letters"}},
		{"unknown broader", "concepts:\n- {id: a, type: topic, label: A, broader: [b]}", []string{`concept "a"`, `key "broader"`, `"b"`}},
		{"broader of another type", "concepts:\n- {id: a, type: topic, label: A, broader: [b]}\n- {id: b, type: country, label: B}",
			[]string{`concept "a"`, `key "broader"`, "country"}},
		{"broader cycle", "concepts:\n- {id: a, type: topic, label: A, broader: [b]}\n- {id: b, type: topic, label: B, broader: [a]}",
			[]string{`key "broader"`, "leads back"}},
		{"negative without the concept", "concepts:\n- {id: a, type: country, label: Alpha, not: [Beta Gamma]}",
			[]string{`concept "a"`, `key "not"`, "Beta Gamma"}},
		{"tag of two concepts", "concepts:\n- {id: a, type: topic, label: A, tags: [Same]}\n- {id: b, type: topic, label: B, tags: [same]}",
			[]string{`concept "b"`, `key "tags"`, `concept "a"`}},
		{"empty tag", "concepts:\n- {id: a, type: topic, label: A, tags: ['?']}", []string{`concept "a"`, `key "tags"`}},
		{"bad pattern", "concepts:\n- {id: a, type: topic, label: A, patterns: ['(b|c d']}", []string{`concept "a"`, `key "patterns"`, "(b|c d"}},
		{"source on a country", "concepts:\n- {id: a, type: country, label: A, source: A}", []string{`concept "a"`, `key "source"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]byte(tt.yaml), "bad.yaml")
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestLoadSmallFile(t *testing.T) {
	v, err := Load([]byte("concepts:\n- {id: sis, type: system, label: SIS, abbreviations: [SIS], names: [Schengen Information System]}"), "small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, ok := v.Concept("sis")
	if !ok || c.Label != "SIS" {
		t.Fatalf("Concept(sis) = %+v, %v", c, ok)
	}
	if _, ok := v.Concept("vis"); ok {
		t.Error("Concept(vis) found in a file without it")
	}
}

// Load never panics: it returns a vocabulary or an error that names the
// file. A vocabulary it returns enriches and expands without panicking.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("concepts:\n- {id: a, type: topic, label: A, names: [b c], not: [b c d]}"))
	f.Add([]byte("concepts:\n- {id: a, type: system, label: A, abbreviations: [A-B], broader: [a]}"))
	f.Add([]byte("concepts: [{}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Load(data, "fuzz.yaml")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.yaml") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		v.Enrich(jhasearch.Document{Body: string(data)})
		v.Expand(string(data))
	})
}
