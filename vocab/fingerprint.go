package vocab

import (
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Fingerprint identifies the content of the vocabulary: two vocabularies
// with the same concepts and forms have the same fingerprint. The indexer
// records it in a generation, because the facet values and the concept
// terms a query expands to are only valid for the vocabulary the
// generation was built with; a changed fingerprint calls for a rebuild.
func (v *Vocabulary) Fingerprint() string {
	h := sha256.New()
	for _, c := range v.concepts {
		// NUL separates the values of a field, SOH the fields, STX the
		// concepts: control characters that no name of a concept holds.
		fields := [][]string{{c.ID, string(c.Type), c.Label, c.Source}, c.Abbreviations, c.CasedNames,
			c.Names, c.OldNames, c.Patterns, c.Broader, c.Not, c.Tags}
		for _, lang := range slices.Sorted(maps.Keys(c.Langs)) {
			l := c.Langs[lang]
			fields = append(fields, []string{lang, strconv.FormatBool(l.Same), l.Label}, l.Names, l.CasedNames, l.Only, l.Not)
		}
		for _, f := range fields {
			h.Write([]byte(strings.Join(f, "\x00")))
			h.Write([]byte{1})
		}
		h.Write([]byte{2})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
