package indexer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// signature is what grouping keeps in memory of each document.
type signature struct {
	id, agency, language string
	day                  int64
	bodyLen              int
	sketch               [sketchSize]uint64
}

func newSignature(doc *jhasearch.Document) signature {
	s := signature{id: doc.ID, agency: doc.Agency, language: doc.Language,
		day: doc.Published.Unix() / 86400, bodyLen: len(doc.Body)}
	for i := range s.sketch {
		s.sketch[i] = ^uint64(0)
	}
	words := splitWords(strings.ToLower(doc.Title+" "+doc.Body), sketchWords)
	for i := 0; i+2 < len(words) || (i == 0 && len(words) > 0); i++ {
		// FNV-1a of the words, each followed by a zero byte; written out
		// because hash/fnv allocates for every trigram.
		v := uint64(fnvOffset)
		for _, w := range words[i:min(i+3, len(words))] {
			for j := 0; j < len(w); j++ {
				v = (v ^ uint64(w[j])) * fnvPrime
			}
			v *= fnvPrime // ^ 0
		}
		for k := range s.sketch {
			if m := mix(v ^ uint64(k)*0x9e3779b97f4a7c15); m < s.sketch[k] {
				s.sketch[k] = m
			}
		}
	}
	return s
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// splitWords returns the first max runs of letters and digits of text.
func splitWords(text string, max int) []string {
	words := make([]string, 0, min(max, len(text)/6+1))
	start := -1
	for i := 0; i < len(text) && len(words) < max; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			words = append(words, text[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 && len(words) < max {
		words = append(words, text[start:])
	}
	return words
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// mix is the SplitMix64 finaliser: one hash function per sketch slot.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}
