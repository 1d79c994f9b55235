package group

import (
	"unicode"
	"unicode/utf8"

	"github.com/jhasearch/jhasearch"
)

// Signature is what grouping keeps in memory of each document.
type Signature struct {
	id, agency, language string
	day                  int64
	bodyLen              int
	sketch               [sketchSize]uint64
	// tr links the document to its versions in other languages.
	tr translationInfo
}

// NewSignature computes the sketch by one-permutation MinHash: each
// trigram is hashed once, the hash's top bits choose one of the sketch's
// slots and the slot keeps its smallest hash. Two documents then agree in a
// slot with probability their Jaccard similarity, as with one hash
// function per slot, for a thirty-second of the hashing.
func NewSignature(doc *jhasearch.Document) Signature {
	s := Signature{id: doc.ID, agency: doc.Agency, language: doc.Language,
		day: doc.Published.Unix() / 86400, bodyLen: len(doc.Body),
		tr: newTranslationInfo(doc.ID, doc.URL, doc.Aliases, doc.Translations)}
	for i := range s.sketch {
		s.sketch[i] = ^uint64(0)
	}
	add := func(v uint64) {
		h := mix(v)
		if k := h >> sketchShift; h < s.sketch[k] {
			s.sketch[k] = h
		}
	}
	// The trigrams of the words of the title and the body, read as one
	// text; a text of one or two words is its own shingle.
	var last [3]uint64
	n := 0
	shingle := func(w uint64) {
		last[0], last[1], last[2] = last[1], last[2], w
		if n++; n >= 3 {
			add((last[0]*fnvPrime^last[1])*fnvPrime ^ last[2])
		}
	}
	rest := wordHashes(doc.Title, sketchWords, shingle)
	wordHashes(doc.Body, rest, shingle)
	if n == 1 || n == 2 {
		add((last[1]*fnvPrime^last[2])*fnvPrime ^ uint64(n))
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

// wordHashes calls yield with the hash of each of the first max runs of
// letters and digits of text, lower-cased, and returns how many of max are
// left. It is allocation-free: signatures are computed for every document
// of every build.
func wordHashes(text string, max int, yield func(uint64)) int {
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(text) && max > 0; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if !isWordRune(r) {
			if in {
				yield(h)
				max--
			}
			h, in = fnvOffset, false
			continue
		}
		in = true
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		h = (h ^ uint64(r)) * fnvPrime
	}
	if in && max > 0 {
		yield(h)
		max--
	}
	return max
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
