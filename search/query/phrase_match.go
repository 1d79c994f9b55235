package query

import (
	"bytes"
	"encoding/binary"

	"github.com/jhasearch/jhasearch/indexer"
)

// Checking a phrase on a run position by position cost a third of a
// phrase query's CPU (issue 19). A run is the little-endian bytes of its
// hashes, so the longest stretch of the phrase's words without gaps is a
// byte pattern: bytes.IndexByte finds its first byte (not 0) with the processor's
// vector instructions, a hit at an odd byte offset (which straddles two
// positions) is passed over, the rest of the pattern and then the words
// outside the stretch are compared. (bytes.Index on the whole pattern
// does the same but took a fifth longer.) The starts tried are those of
// the plain scan (phrase.in before: phraseMatcher.scan), so the documents
// matched are the same.

// phraseMatcher is a phrase's words compiled for searching runs.
type phraseMatcher struct {
	// span is the offset of the last word: a match starts at a position
	// start with start+span < run.Len().
	span int
	// anchor is the offset of the first word of the stretch, pattern the
	// stretch's hashes as a run holds them.
	anchor  int
	pattern []byte
	// key is the pattern's first byte that is not 0, the one looked for.
	key int
	// rest are the words outside the stretch.
	rest []phraseWord
	// words are all the words, for scan.
	words []phraseWord
	// plain: offsets that do not grow from 0 are checked by scan.
	plain bool
}

// newPhraseMatcher compiles words, at least one.
func newPhraseMatcher(words []phraseWord) *phraseMatcher {
	m := &phraseMatcher{span: words[len(words)-1].offset, words: words}
	for i, w := range words {
		if words[0].offset != 0 || w.offset > m.span || i > 0 && w.offset < words[i-1].offset {
			m.plain = true
			return m
		}
	}
	// The longest stretch of words at consecutive offsets: from, to.
	from, to := 0, 1
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && words[j].offset == words[j-1].offset+1 {
			j++
		}
		if j-i > to-from {
			from, to = i, j
		}
		i = j
	}
	m.anchor = words[from].offset
	for _, w := range words[from:to] {
		m.pattern = binary.LittleEndian.AppendUint16(m.pattern, w.hash)
	}
	for m.key < len(m.pattern)-1 && m.pattern[m.key] == 0 {
		m.key++
	}
	m.rest = append(append(m.rest, words[:from]...), words[to:]...)
	return m
}

// in reports whether run holds every word at its offset from a common
// start.
func (m *phraseMatcher) in(run indexer.HashRun) bool {
	if m.plain {
		return m.scan(run)
	}
	n := run.Len()
	if m.span >= n {
		return false
	}
	// The stretch of a start s stands at bytes 2*(s+anchor) on, and s
	// goes from 0 to n-span-1: in b, the stretch of s is at byte 2*s.
	b := run[2*m.anchor : 2*(n-m.span-1+m.anchor)+len(m.pattern)]
	last := len(b) - len(m.pattern)
	// Looking for a zero byte would stop at every stop word.
	k := m.key
	for i := k; i <= last+k; {
		j := bytes.IndexByte(b[i:last+k+1], m.pattern[k])
		if j < 0 {
			return false
		}
		j += i - k // the start of the stretch
		if j%2 == 0 && bytes.Equal(b[j:j+len(m.pattern)], m.pattern) && m.restAt(run, j/2) {
			return true
		}
		i = j + k + 1
	}
	return false
}

// restAt reports whether the words outside the stretch are in run at
// their offsets from start.
func (m *phraseMatcher) restAt(run indexer.HashRun, start int) bool {
	for _, w := range m.rest {
		if run.At(start+w.offset) != w.hash {
			return false
		}
	}
	return true
}

// scan is the plain check, position by position.
func (m *phraseMatcher) scan(run indexer.HashRun) bool {
	first := m.words[0].hash
next:
	for start := 0; start+m.span < run.Len(); start++ {
		if run.At(start) != first {
			continue
		}
		for _, w := range m.words[1:] {
			if run.At(start+w.offset) != w.hash {
				continue next
			}
		}
		return true
	}
	return false
}
