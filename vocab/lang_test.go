package vocab

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// A small vocabulary in the three shapes a language's names take.
const langFile = `
concepts:
  - id: sis
    type: system
    label: Schengen Information System (SIS)
    abbreviations: [SIS]
    names: [Schengen Information System]
    langs:
      de: [Schengener Informationssystem(|s), SIS]
      fr: {label: système d'information Schengen (SIS), names: [système d'information Schengen]}
      bg: [Шенгенска(|та) информационна система, ШИС]
      nl: "="
  - id: chile
    type: country
    label: Chile
    langs: {de: "=", es: ['=', 'chilen(o|a|os|as)'], fr: {label: Chili, names: [chilien(|s|ne|nes)], only: [Chili]}, nl: {only: [Chili]}, pl: [Chile, 'chilijsk(i|a|iej|ie)']}
`

func loadLang(t *testing.T) *Vocabulary {
	t.Helper()
	v, err := Load([]byte(langFile), "lang.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestLangNamesMatchInText(t *testing.T) {
	v := loadLang(t)
	tests := []struct {
		name string
		doc  jhasearch.Document
		want []string
	}{
		{"German name and its genitive", jhasearch.Document{Language: "de",
			Body: "Abfragen des Schengener Informationssystems; das Schengener Informationssystem"}, []string{"sis"}},
		{"French name, accents folded", jhasearch.Document{Language: "fr", Body: "le systeme d’information Schengen"}, []string{"sis"}},
		{"Bulgarian, any case", jhasearch.Document{Language: "bg", Body: "ШЕНГЕНСКАТА ИНФОРМАЦИОННА СИСТЕМА"}, []string{"sis"}},
		{"Bulgarian abbreviation, case-sensitive", jhasearch.Document{Language: "bg", Body: "ШИС, но не шис"}, []string{"sis"}},
		{"lower-case Bulgarian abbreviation", jhasearch.Document{Language: "bg", Body: "шис"}, nil},
		{"a foreign name found in a document of another language", jhasearch.Document{Language: "en",
			Body: "the Schengener Informationssystem, as Germans call it"}, []string{"sis"}},
		{"inflected Polish adjective", jhasearch.Document{Language: "pl", Body: "policja chilijska"}, []string{"chile"}},
		{"a name restricted to its language, in that language", jhasearch.Document{Language: "fr-BE", Body: "au Chili"}, []string{"chile"}},
		{"the same name in another language", jhasearch.Document{Language: "nl", Body: "in Chili"}, []string{"chile"}},
		{"the restricted name in English text", jhasearch.Document{Language: "en", Body: "Chili con carne"}, nil},
		{"the restricted name in text of unknown language", jhasearch.Document{Body: "Chili con carne"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, v.Enrich(tt.doc).Concepts); diff != "" {
				t.Errorf("Enrich mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLangNamesExpand(t *testing.T) {
	v := loadLang(t)
	for _, phrase := range []string{"SIS", "Schengen Information System", "Schengener Informationssystem",
		"système d'information Schengen", "Шенгенската информационна система", "ШИС"} {
		got := v.Expand(phrase)
		for _, f := range []Form{{Text: "Schengen Information System (SIS)"}, {Text: "SIS", CaseSensitive: true},
			{Text: "Schengener Informationssystems", Lang: "de"}, {Text: "système d'information Schengen", Lang: "fr"},
			{Text: "ШИС", CaseSensitive: true, Lang: "bg"}} {
			if !slices.Contains(got, f) {
				t.Errorf("Expand(%q) = %v; want it to contain %+v", phrase, got, f)
			}
		}
	}
	// A German SIS is the English one: listed once, as English.
	if n := strings.Count(formTexts(v.Expand("SIS")), "|SIS|"); n != 1 {
		t.Errorf("Expand(SIS) lists SIS %d times; want once", n)
	}
	if got := v.Expand("Chili"); got != nil {
		t.Errorf("Expand(Chili) = %v; want nil: the name is restricted to French and Dutch", got)
	}
	got := v.ExpandIn("Chili", "fr")
	if !slices.Contains(got, Form{Text: "Chili", Lang: "fr", Only: true}) || !slices.Contains(got, Form{Text: "Chile"}) {
		t.Errorf("ExpandIn(Chili, fr) = %v; want Chile and the restricted form", got)
	}
	if ms := v.MentionsIn("Chili", "nl"); len(ms) != 1 || ms[0].Concept != "chile" {
		t.Errorf("MentionsIn(Chili, nl) = %v; want chile", ms)
	}
	if ms := v.WordMentionsIn([]string{"Chili"}, "de"); ms != nil {
		t.Errorf("WordMentionsIn(Chili, de) = %v; want none", ms)
	}
}

func formTexts(fs []Form) string {
	var b strings.Builder
	b.WriteString("|")
	for _, f := range fs {
		b.WriteString(f.Text + "|")
	}
	return b.String()
}

func TestLabelIn(t *testing.T) {
	v := loadLang(t)
	sis, _ := v.Concept("sis")
	chile, _ := v.Concept("chile")
	tests := []struct {
		c          Concept
		lang, want string
	}{
		{sis, "de", "Schengener Informationssystem"}, // the first name's first alternative
		{sis, "fr-FR", "système d'information Schengen (SIS)"},
		{sis, "nl", "Schengen Information System (SIS)"}, // same as English
		{sis, "", "Schengen Information System (SIS)"},
		{sis, "it", "Schengen Information System (SIS)"}, // no Italian names
		{chile, "pl", "Chile"},
		{chile, "fr", "Chili"},
		{chile, "es", "Chile"}, // "=" first: the English label, not "chileno"
	}
	for _, tt := range tests {
		if got := tt.c.LabelIn(tt.lang); got != tt.want {
			t.Errorf("%s.LabelIn(%q) = %q; want %q", tt.c.ID, tt.lang, got, tt.want)
		}
	}
}

func TestLangNamesRejected(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"unknown key", "concepts:\n- {id: a, type: topic, label: A, langs: {de: {nmes: [b]}}}", []string{"bad.yaml", "nmes", "line 2"}},
		{"English among the languages", "concepts:\n- {id: a, type: topic, label: A, langs: {en: [b]}}", []string{`concept "a"`, `key "langs"`, "English"}},
		{"bad code", "concepts:\n- {id: a, type: topic, label: A, langs: {German: [b]}}", []string{`concept "a"`, `"German"`}},
		{"no names", "concepts:\n- {id: a, type: topic, label: A, langs: {de: []}}", []string{`concept "a"`, "de: no names"}},
		{"bad alternatives", "concepts:\n- {id: a, type: topic, label: A, langs: {de: ['b(c|d']}}", []string{`key "langs.de.names"`, "b(c|d"}},
		{"too many alternatives", "concepts:\n- {id: a, type: topic, label: A, langs: {de: ['" + strings.Repeat("(a|b|c)", 6) + "']}}",
			[]string{`key "langs.de.names"`, "729 names"}},
		{"a name of two concepts", "concepts:\n- {id: a, type: topic, label: A, langs: {de: [Wort]}}\n- {id: b, type: topic, label: B, langs: {fr: {only: [wort]}}}",
			[]string{`concept "b"`, `key "langs.fr.only"`, `concept "a"`}},
		{"negative context without the concept", "concepts:\n- {id: a, type: topic, label: A, langs: {de: {names: [Wort], not: [anderes Ding]}}}",
			[]string{`concept "a"`, `key "langs.de.not"`, "anderes Ding"}},
		{"a scalar that is no list", "concepts:\n- {id: a, type: topic, label: A, langs: {de: {names: x}}}", []string{"bad.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]byte(tt.yaml), "bad.yaml")
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q; want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestExtendAddsLanguageNames(t *testing.T) {
	base := loadLang(t)
	v, err := base.Extend([]byte("concepts:\n- id: sis\n  langs: {de: [SIS-Fahndung], it: [sistema d'informazione Schengen]}\n"), "local.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{"eine SIS-Fahndung", "il sistema d'informazione Schengen", "das Schengener Informationssystem"} {
		if got := v.Enrich(jhasearch.Document{Body: body}).Concepts; !slices.Equal(got, []string{"sis"}) {
			t.Errorf("Enrich(%q) = %v; want sis", body, got)
		}
	}
	if got := base.Enrich(jhasearch.Document{Body: "il sistema d'informazione Schengen"}).Concepts; got != nil {
		t.Errorf("base vocabulary changed by Extend: %v", got)
	}
	if base.Fingerprint() == v.Fingerprint() {
		t.Error("Fingerprint unchanged by language names")
	}
}

// A language's label that is one of its restricted names, alternatives
// expanded, stays restricted: Romanian Columbia is Colombia only in
// Romanian text, never the English Columbia.
func TestLabelRestrictedWithItsName(t *testing.T) {
	v, err := Load([]byte("concepts:\n- {id: colombia, type: country, label: Colombia, langs: {ro: {label: Columbia, only: ['Columbi(a|ei)']}}}"), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Enrich(jhasearch.Document{Language: "en", Body: "British Columbia"}).Concepts; got != nil {
		t.Errorf("English text: %v; want nothing", got)
	}
	if got := v.Enrich(jhasearch.Document{Language: "ro", Body: "poliția din Columbia"}).Concepts; !slices.Equal(got, []string{"colombia"}) {
		t.Errorf("Romanian text: %v; want colombia", got)
	}
}
