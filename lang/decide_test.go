package lang_test

import (
	"testing"

	"github.com/jhasearch/jhasearch/internal/langtext"
	"github.com/jhasearch/jhasearch/lang"
)

func TestDecide(t *testing.T) {
	de, _ := langtext.Get("de")
	en, _ := langtext.Get("en")
	for _, c := range []struct {
		name, declared string
		text           []string
		want           string
	}{
		{"nothing declared: the text decides", "", []string{de.Title, de.Body}, "de"},
		{"und: the text decides", "und", []string{de.Title, de.Body}, "de"},
		{"a regional tag", "de-AT", []string{de.Title, de.Body}, "de"},
		{"og:locale form", "de_DE", []string{de.Title}, "de"},
		{"page says en, body is German", "en", []string{de.Title, de.Body}, "de"},
		{"a short text does not overrule the page", "en", []string{de.Title}, "en"},
		{"declared and agreeing", "en-GB", []string{en.Title, en.Body}, "en"},
		{"no text, no tag", "", nil, "en"},
		{"a language outside the EU's with no text", "ru-RU", []string{"2026"}, "ru"},
		{"Greek sites' gr", "gr", []string{"Ανακοίνωση"}, "el"},
	} {
		if got := lang.Decide(c.declared, c.text...); got != c.want {
			t.Errorf("%s: Decide(%q) = %q, want %q", c.name, c.declared, got, c.want)
		}
	}
}

func TestNormalizeAndLabel(t *testing.T) {
	for tag, want := range map[string]string{"de-DE": "de", "EN_gb": "en", "pt-BR": "pt", "x-default": "", "zh-Hans": ""} {
		if got, _ := lang.Normalize(tag); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", tag, got, want)
		}
	}
	if got := lang.Label("de"); got != "Deutsch (de)" {
		t.Errorf("Label(de) = %q", got)
	}
	if got := lang.Label("ru"); got != "ru" {
		t.Errorf("Label(ru) = %q", got)
	}
}

// TestDecideOverrulesAWrongTag: every sample release marked with another
// language's tag is still recognised.
func TestDecideOverrulesAWrongTag(t *testing.T) {
	for _, s := range langtext.Samples {
		wrong := "en"
		if s.Lang == "en" {
			wrong = "fr"
		}
		if got := lang.Decide(wrong, s.Title, s.Body); got != s.Lang {
			t.Errorf("%s marked %s: decided %q (%+v)", s.Lang, wrong, got, lang.Detect(s.Title+"\n"+s.Body))
		}
	}
}
