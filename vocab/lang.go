package vocab

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Languages are the 24 official languages of the EU by their ISO 639-1
// codes, in alphabetical order. The English names of a concept are its
// label and the name keys; every other language's names sit under
// Concept.Langs.
var Languages = []string{"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
	"hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"}

// SameAsEnglish is the marker, in the file, of a language that names the
// concept as English does ("Europol", "Eurodac"): it adds no form, and
// tells the reader and the test that the language was considered.
const SameAsEnglish = "="

// LangNames are a concept's names in one language other than English.
// In the file a language's value is "=" (Same), a list of names, or a
// mapping with the keys label, names, cased_names, only and not.
//
// Names may hold alternatives in parentheses, as patterns do:
// "Německ(o|a|u)" stands for "Německo", "Německa" and "Německu". Unlike
// patterns, each name they stand for is a form of the concept: inflected
// languages need them, and a query in any case of the word expands.
type LangNames struct {
	// Same marks a language that uses the English names (see SameAsEnglish).
	Same bool
	// Label is the preferred label in the language, for a user interface
	// that shows labels in the user's language; facet values stay the
	// English label. Empty means the English label for a language marked
	// Same, else the first name (its first alternative).
	Label string
	// Names match whatever the case, except a name without lower-case
	// letters ("SIS", "SEIAV", "SIS II"): an abbreviation, matched
	// case-sensitively like Concept.Abbreviations.
	Names []string
	// CasedNames match case-sensitively.
	CasedNames []string
	// Only are names matched only in a document (or a query) of this
	// language, because they are ordinary words of another one: Dutch and
	// French "Chili" is Chile, English "chili" a pepper.
	Only []string
	// Not lists negative contexts in the language, as Concept.Not does:
	// German "Europäischer Gerichtshof für Menschenrechte" is not the
	// Court of Justice that "Europäischer Gerichtshof" names.
	Not []string
}

// langKeys are the keys of a language's mapping form, in the order of
// error messages.
var langKeys = []string{"label", "names", "cased_names", "only", "not"}

// UnmarshalYAML reads "=", a list of names or a mapping.
func (l *LangNames) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		l.add(n.Value)
		return nil
	case yaml.SequenceNode:
		var names []string
		if err := n.Decode(&names); err != nil {
			return err
		}
		for _, s := range names {
			l.add(s)
		}
		return nil
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			var err error
			switch k.Value {
			case "label":
				err = val.Decode(&l.Label)
			case "names":
				var names []string
				err = val.Decode(&names)
				for _, s := range names {
					l.add(s)
				}
			case "cased_names":
				err = val.Decode(&l.CasedNames)
			case "only":
				err = val.Decode(&l.Only)
			case "not":
				err = val.Decode(&l.Not)
			default:
				return fmt.Errorf("line %d: key %q of a language is not one of %v", k.Line, k.Value, langKeys)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("line %d: a language's names are %q, a list or a mapping", n.Line, SameAsEnglish)
}

// add records one name of a list; "=" marks the language as Same.
func (l *LangNames) add(s string) {
	if strings.TrimSpace(s) == SameAsEnglish {
		l.Same = true
		return
	}
	l.Names = append(l.Names, s)
}

// empty reports whether the language has neither names nor the marker.
func (l LangNames) empty() bool {
	return !l.Same && l.Label == "" && len(l.Names)+len(l.CasedNames)+len(l.Only) == 0
}

func (l LangNames) clone() LangNames {
	l.Names, l.CasedNames, l.Only, l.Not = slices.Clone(l.Names), slices.Clone(l.CasedNames), slices.Clone(l.Only), slices.Clone(l.Not)
	return l
}

// merge adds the names of x; a label given replaces the label.
func (l *LangNames) merge(x LangNames) {
	l.Same = l.Same || x.Same
	if x.Label != "" {
		l.Label = x.Label
	}
	l.Names = append(l.Names, x.Names...)
	l.CasedNames = append(l.CasedNames, x.CasedNames...)
	l.Only = append(l.Only, x.Only...)
	l.Not = append(l.Not, x.Not...)
}

// LabelIn returns the concept's label in a language ("de", "fr", also
// "de-AT"): the language's label; else the English label if the language
// uses the English names ("="), or its first name; else the English label.
func (c *Concept) LabelIn(lang string) string {
	l, ok := c.Langs[baseLang(lang)]
	switch {
	case !ok:
		return c.Label
	case l.Label != "":
		return l.Label
	case l.Same:
		return c.Label
	case len(l.Names) > 0:
		if names, err := expandPattern(l.Names[0]); err == nil && len(names) > 0 {
			return names[0]
		}
	}
	return c.Label
}

// langPattern is what a language code looks like: ISO 639-1 or 639-3.
var langPattern = regexp.MustCompile(`^[a-z]{2,3}$`)

// baseLang is the language of a tag such as "de-AT" or "pt_BR": "de", "pt".
func baseLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(strings.TrimSpace(tag))
}

// maxExpansions bounds the forms one name with alternatives stands for.
const maxExpansions = 256

// langForm is one form of a language, with its case rule and, for Only
// names, the language it is restricted to.
type langForm struct {
	key  string // for error messages: langs.de.names
	lang string
	text string
	cs   bool
	only bool
}

// sortedLangs returns the language codes of c in alphabetical order.
func (c *Concept) sortedLangs() []string {
	langs := make([]string, 0, len(c.Langs))
	for lang := range c.Langs {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	return langs
}

// langForms returns the forms of every language of c, languages in
// alphabetical order, each name's alternatives expanded; on a fault, the
// key at fault ("langs", "langs.de.names").
func (c *Concept) langForms() ([]langForm, string, error) {
	var out []langForm
	for _, lang := range c.sortedLangs() {
		l := c.Langs[lang]
		if !langPattern.MatchString(lang) {
			return nil, "langs", fmt.Errorf("%q is not a language code (two or three lower-case letters, such as de or fr)", lang)
		}
		if lang == "en" {
			return nil, "langs", fmt.Errorf("en: English names go under label, abbreviations, cased_names and names")
		}
		if l.empty() {
			return nil, "langs", fmt.Errorf("%s: no names: give the names, or %q if the language uses the English ones", lang, SameAsEnglish)
		}
		// The label is a form, matched as its list says when it is one of
		// the case-sensitive or restricted names.
		if l.Label != "" && !l.listedIn(l.CasedNames) && !l.listedIn(l.Only) {
			out = append(out, langForm{key: "langs." + lang + ".label", lang: lang, text: l.Label, cs: isAbbreviation(l.Label)})
		}
		for _, list := range []struct {
			key   string
			names []string
			cs    bool
			only  bool
		}{{"names", l.Names, false, false}, {"cased_names", l.CasedNames, true, false}, {"only", l.Only, false, true}} {
			key := "langs." + lang + "." + list.key
			for _, name := range list.names {
				texts, err := expandPattern(name)
				if err != nil {
					return nil, key, err
				}
				if len(texts) > maxExpansions {
					return nil, key, fmt.Errorf("%q stands for %d names; at most %d", name, len(texts), maxExpansions)
				}
				for _, t := range texts {
					out = append(out, langForm{key: key, lang: lang, text: t, cs: list.cs || isAbbreviation(t), only: list.only})
				}
			}
		}
	}
	return out, "", nil
}

// listedIn reports whether the label is one of the names, alternatives
// expanded.
func (l LangNames) listedIn(names []string) bool {
	for _, n := range names {
		texts, _ := expandPattern(n) // a fault is reported for the list itself
		if slices.Contains(texts, l.Label) {
			return true
		}
	}
	return false
}

// isAbbreviation reports whether a language's name is written in capitals
// only ("SIS", "SEIAV", "ECRIS-TCN", "ШИС"): such a name is matched
// case-sensitively, as the English abbreviations are.
func isAbbreviation(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}
