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

// newSignature computes the sketch by one-permutation MinHash: each
// trigram is hashed once, the hash's top bits choose one of the sketch's
// slots and the slot keeps its smallest hash. Two documents then agree in a
// slot with probability their Jaccard similarity, as with one hash
// function per slot, for a thirty-second of the hashing.
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
		h := mix(v)
		if k := h >> sketchShift; h < s.sketch[k] {
			s.sketch[k] = h
		}
	}
	densify(&s.sketch)
	return s
}

// sketchShift leaves the top bits of a hash that number a sketch slot.
const sketchShift = 64 - 5 // 1<<5 == sketchSize

// densify fills the slots no trigram chose (short documents) from the
// next filled slot, mixed with the distance, so that two documents agree
// in such a slot only when they agree in the one it was borrowed from. A
// document without words keeps its empty sketch.
func densify(sketch *[sketchSize]uint64) {
	empty := ^uint64(0)
	for k := range sketch {
		if sketch[k] != empty {
			continue
		}
		for d := 1; d < sketchSize; d++ {
			if v := sketch[(k+d)%sketchSize]; v != empty && v>>sketchShift == uint64((k+d)%sketchSize) {
				sketch[k] = mix(v ^ uint64(d))
				break
			}
		}
	}
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
