package ui

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The search answer is the API's busiest: encoding/json's reflection over
// its ten hits and seven facets was about a twentieth of a loaded
// server's CPU. AppendJSON writes the same bytes directly; a test holds
// it to encoding/json (HTML escaping off, as writeJSON sets it), field
// order, omitempty, null for nil, number and string forms included.

// AppendJSON appends r and a newline, as json.Encoder writes it.
func (r *apiSearchResult) AppendJSON(b []byte) []byte {
	b = append(b, `{"total":`...)
	b = strconv.AppendInt(b, int64(r.Total), 10)
	b = append(b, `,"versions":`...)
	b = strconv.AppendInt(b, int64(r.Versions), 10)
	b = append(b, `,"page":`...)
	b = strconv.AppendInt(b, int64(r.Page), 10)
	b = append(b, `,"size":`...)
	b = strconv.AppendInt(b, int64(r.Size), 10)
	b = append(b, `,"took_ms":`...)
	b = appendJSONFloat(b, r.TookMS)
	b = append(b, `,"hits":`...)
	if r.Hits == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Hits {
			if i > 0 {
				b = append(b, ',')
			}
			b = r.Hits[i].AppendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"facets":`...)
	b = appendJSONFacets(b, r.Facets)
	if r.Suggestion != "" {
		b = append(b, `,"suggestion":`...)
		b = appendJSONString(b, r.Suggestion)
	}
	if r.Cursor != "" {
		b = append(b, `,"cursor":`...)
		b = appendJSONString(b, r.Cursor)
	}
	b = append(b, `,"all_words":`...)
	b = strconv.AppendInt(b, int64(r.AllWords), 10)
	b = append(b, `,"some_words":`...)
	b = strconv.AppendInt(b, int64(r.SomeWords), 10)
	return append(b, "}\n"...)
}

func (h *apiHit) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, h.ID)
	b = append(b, `,"url":`...)
	b = appendJSONString(b, h.URL)
	b = append(b, `,"agency":`...)
	b = appendJSONString(b, h.Agency)
	b = append(b, `,"agencies":`...)
	b = appendJSONStrings(b, h.Agencies)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, h.Title)
	b = append(b, `,"published":`...)
	b = appendJSONString(b, h.Published)
	b = append(b, `,"tags":`...)
	b = appendJSONStrings(b, h.Tags)
	b = append(b, `,"language":`...)
	b = appendJSONString(b, h.Language)
	b = append(b, `,"summary":`...)
	b = appendJSONString(b, h.Summary)
	b = append(b, `,"snippet":`...)
	b = appendJSONString(b, h.Snippet)
	b = append(b, `,"score":`...)
	b = appendJSONFloat(b, h.Score)
	if len(h.Translations) > 0 {
		b = append(b, `,"translations":[`...)
		for i, v := range h.Translations {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"id":`...)
			b = appendJSONString(b, v.ID)
			b = append(b, `,"language":`...)
			b = appendJSONString(b, v.Language)
			b = append(b, `,"title":`...)
			b = appendJSONString(b, v.Title)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(h.Values) > 0 {
		b = append(b, `,"values":`...)
		b = appendJSONValues(b, h.Values)
	}
	return append(b, '}')
}

// appendJSONValues appends a map of string lists with its keys sorted, as
// encoding/json orders map keys.
func appendJSONValues(b []byte, m map[string][]string) []byte {
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = appendJSONStrings(b, m[k])
	}
	return append(b, '}')
}

// appendJSONFacets appends the facet map with its keys sorted, as
// encoding/json orders map keys.
func appendJSONFacets(b []byte, m map[string][]apiFacetValue) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		vals := m[k]
		if vals == nil {
			b = append(b, "null"...)
			continue
		}
		b = append(b, '[')
		for j, v := range vals {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"value":`...)
			b = appendJSONString(b, v.Value)
			if v.Label != "" {
				b = append(b, `,"label":`...)
				b = appendJSONString(b, v.Label)
			}
			b = append(b, `,"count":`...)
			b = strconv.AppendInt(b, int64(v.Count), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONFloat writes f as encoding/json does: like JavaScript, in
// exponent form below 1e-6 and from 1e21, with the exponent unpadded. The
// scores and times of an answer are finite; a NaN or an infinity, which
// encoding/json refuses, is written as null.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1] // e-09 -> e-9
		b = b[:n-1]
	}
	return b
}

// appendJSONString writes s as encoding/json does without HTML escaping:
// quotes, backslashes and control characters escaped, invalid UTF-8 as
// U+FFFD, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plain8(s, i) {
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plain8 reports whether the eight bytes of s at i are ASCII that goes
// into a JSON string as it is (no control character, quote or
// backslash), testing them at once: answers are mostly such text, and a
// byte at a time was a sixth of writing one.
func plain8(s string, i int) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	// Each term has a byte's high bit set where that byte is, in turn,
	// below 0x20, a quote, a backslash (zero after the XOR), or not ASCII.
	bad := (w-0x20*ones)&^w |
		(w^('"'*ones)-ones)&^(w^('"'*ones)) |
		(w^('\\'*ones)-ones)&^(w^('\\'*ones)) |
		w
	return bad&highs == 0
}
