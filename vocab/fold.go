package vocab

import (
	"unicode"
	"unicode/utf8"
)

// Case-insensitive forms are compared folded: lower case without the
// diacritics of Latin letters, so that "Türkiye" matches "Turkiye",
// "Côte d'Ivoire" matches "Cote d'Ivoire" and "Prüm" matches "Prum",
// whichever spelling a newsroom or a search box uses. Greek loses its
// accents and final sigma too, as Greek capitals write no accents:
// "ΕΛΛΑΔΑΣ" matches "Ελλάδας". Cyrillic is only lower-cased.

// latinFold maps an accented lower-case Latin or Greek letter to its base
// letters.
var latinFold = buildLatinFold(map[string]string{
	"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđð", "e": "èéêëēĕėęě",
	"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
	"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő", "r": "ŕŗř",
	"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ",
	"z": "źżž", "ss": "ß", "ae": "æ", "oe": "œ", "th": "þ",
	// Greek: tonos, dialytika and the final sigma.
	"α": "ά", "ε": "έ", "η": "ή", "ι": "ίϊΐ", "ο": "ό", "υ": "ύϋΰ", "ω": "ώ", "σ": "ς",
})

func buildLatinFold(groups map[string]string) map[rune]string {
	m := make(map[rune]string)
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}

// appendFoldRune appends the folded spelling of a non-ASCII letter, digit
// or combining mark to dst.
func appendFoldRune(dst []byte, r rune) []byte {
	r = unicode.ToLower(r)
	if unicode.Is(unicode.Mn, r) {
		return dst // a combining accent: "e" + U+0301 folds like "é"
	}
	if base, ok := latinFold[r]; ok {
		return append(dst, base...)
	}
	return utf8.AppendRune(dst, r)
}
