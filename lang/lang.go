// Package lang knows the 24 official languages of the European Union: their
// codes and names, how a page's language tag maps to one of them, and which
// of them a text is written in (detect.go). The scraper, the indexer, search
// and the UI share it. It imports nothing of the project but the root
// package and nothing outside the standard library: its word lists are its
// own, small and embedded in the code.
package lang

import (
	"slices"
	"strings"
)

// English is the code of the default language: a release whose language
// is neither declared nor recognised is analysed as English.
const English = "en"

// Language is an official EU language.
type Language struct {
	// Code is the ISO 639-1 code, lower case.
	Code string
	// Name is the language's name in itself ("Deutsch"), English its name
	// in English ("German").
	Name, English string
}

// Official are the 24 official languages of the EU, by code.
var Official = []Language{
	{"bg", "Български", "Bulgarian"},
	{"cs", "Čeština", "Czech"},
	{"da", "Dansk", "Danish"},
	{"de", "Deutsch", "German"},
	{"el", "Ελληνικά", "Greek"},
	{"en", "English", "English"},
	{"es", "Español", "Spanish"},
	{"et", "Eesti", "Estonian"},
	{"fi", "Suomi", "Finnish"},
	{"fr", "Français", "French"},
	{"ga", "Gaeilge", "Irish"},
	{"hr", "Hrvatski", "Croatian"},
	{"hu", "Magyar", "Hungarian"},
	{"it", "Italiano", "Italian"},
	{"lt", "Lietuvių", "Lithuanian"},
	{"lv", "Latviešu", "Latvian"},
	{"mt", "Malti", "Maltese"},
	{"nl", "Nederlands", "Dutch"},
	{"pl", "Polski", "Polish"},
	{"pt", "Português", "Portuguese"},
	{"ro", "Română", "Romanian"},
	{"sk", "Slovenčina", "Slovak"},
	{"sl", "Slovenščina", "Slovenian"},
	{"sv", "Svenska", "Swedish"},
}

// Codes are the codes of Official, in order.
var Codes = func() []string {
	out := make([]string, len(Official))
	for i, l := range Official {
		out[i] = l.Code
	}
	return out
}()

// Get returns the official language of code.
func Get(code string) (Language, bool) {
	i := slices.IndexFunc(Official, func(l Language) bool { return l.Code == code })
	if i < 0 {
		return Language{}, false
	}
	return Official[i], true
}

// Label is how a language shows in a facet: "Deutsch (de)"; the code alone
// for a language that is not an official one.
func Label(code string) string {
	if l, ok := Get(code); ok {
		return l.Name + " (" + l.Code + ")"
	}
	return code
}

// aliases are tags that pages use for an official language under another
// code: Greek sites write "gr", some Czech ones "cz", Irish pages "gle".
var aliases = map[string]string{
	"gr": "el", "cz": "cs", "dk": "da",
	"gle": "ga", "ell": "el", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr",
	"eng": "en", "spa": "es", "ita": "it", "nld": "nl", "dut": "nl", "pol": "pl",
	"por": "pt", "ron": "ro", "rum": "ro", "swe": "sv", "fin": "fi", "dan": "da",
	"ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "slv": "sl", "hrv": "hr",
	"hun": "hu", "bul": "bg", "est": "et", "lav": "lv", "lit": "lt", "mlt": "mt",
}

// Normalize reduces a language tag as pages and imports write it
// ("de-DE", "en_GB", "FR", "fr-fr", og:locale's "pt_PT") to the code of an
// official language; ok is false when the tag names none ("", "x-default",
// "ru", "zh-Hans").
func Normalize(tag string) (code string, ok bool) {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if a, ok := aliases[tag]; ok {
		tag = a
	}
	if _, ok := Get(tag); ok {
		return tag, true
	}
	return "", false
}
