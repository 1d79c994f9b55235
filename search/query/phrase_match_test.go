package query

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/jhasearch/jhasearch/indexer"
)

// refIn is the plain check that phraseMatcher must agree with: every word
// at its offset from a start, start+span < run.Len().
func refIn(words []phraseWord, run indexer.HashRun) bool {
	span := words[len(words)-1].offset
	first := words[0].hash
next:
	for start := 0; start+span < run.Len(); start++ {
		if run.At(start) != first {
			continue
		}
		for _, w := range words[1:] {
			if run.At(start+w.offset) != w.hash {
				continue next
			}
		}
		return true
	}
	return false
}

func hashRun(hs ...uint16) indexer.HashRun {
	var b []byte
	for _, h := range hs {
		b = binary.LittleEndian.AppendUint16(b, h)
	}
	return indexer.HashRun(b)
}

func words(offHash ...int) []phraseWord {
	var out []phraseWord
	for i := 0; i < len(offHash); i += 2 {
		out = append(out, phraseWord{offset: offHash[i], hash: uint16(offHash[i+1])})
	}
	return out
}

func TestPhraseMatcherCases(t *testing.T) {
	tests := []struct {
		name  string
		words []phraseWord
		run   indexer.HashRun
		want  bool
	}{
		{"two words", words(0, 0x1111, 1, 0x2222), hashRun(5, 0x1111, 0x2222, 6), true},
		{"at the start", words(0, 0x1111, 1, 0x2222), hashRun(0x1111, 0x2222, 6), true},
		{"at the end", words(0, 0x1111, 1, 0x2222), hashRun(7, 0x1111, 0x2222), true},
		{"whole run", words(0, 0x1111, 1, 0x2222), hashRun(0x1111, 0x2222), true},
		{"run shorter", words(0, 0x1111, 1, 0x2222), hashRun(0x1111), false},
		{"empty run", words(0, 0x1111, 1, 0x2222), hashRun(), false},
		{"reversed", words(0, 0x1111, 1, 0x2222), hashRun(0x2222, 0x1111), false},
		{"gap from a stop word", words(0, 0x1111, 2, 0x2222), hashRun(0x1111, 0, 0x2222), true},
		{"gap filled by a word", words(0, 0x1111, 2, 0x2222), hashRun(0x1111, 9, 0x2222), true},
		{"gap too short", words(0, 0x1111, 2, 0x2222), hashRun(0x1111, 0x2222, 9), false},
		{"gap past the end", words(0, 0x1111, 2, 0x2222), hashRun(9, 0x1111, 0x2222), false},
		// The pattern 22 11 33 22 stands at byte 1 of 11 22 | 11 33 | 22 44:
		// it straddles positions and must not match.
		{"odd alignment", words(0, 0x1122, 1, 0x2233), hashRun(0x2211, 0x3311, 0x4422), false},
		{"odd then even", words(0, 0x1122, 1, 0x2233), hashRun(0x2211, 0x3311, 0x1122, 0x2233), true},
		{"stretch after a gap", words(0, 0x0101, 2, 0x0202, 3, 0x0303), hashRun(0x0101, 0, 0x0202, 0x0303), true},
		{"stretch found, first word not", words(0, 0x0101, 2, 0x0202, 3, 0x0303), hashRun(0x0909, 0, 0x0202, 0x0303), false},
		{"stretch at start, word before missing", words(0, 0x0101, 2, 0x0202, 3, 0x0303), hashRun(0x0202, 0x0303, 0x0101, 0, 0x0202, 0x0303), true},
		{"repeated word", words(0, 0x0505, 1, 0x0505), hashRun(0x0505, 9, 0x0505, 0x0505), true},
		{"one word", words(0, 0x0505), hashRun(9, 0x0505), true},
		{"first byte 0", words(0, 0x1200, 1, 0x0034), hashRun(0, 0x1200, 0x3400, 0x1200, 0x0034, 0), true},
		{"first byte 0, at the start", words(0, 0x1200, 1, 0x0034), hashRun(0x1200, 0x0034), true},
		{"first byte 0, odd", words(0, 0x1200, 1, 0x0034), hashRun(0x0012, 0x3400, 0), false},
		{"two words at one offset", words(0, 0x0505, 0, 0x0606), hashRun(0x0505, 0x0606), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ref := refIn(tt.words, tt.run); ref != tt.want {
				t.Fatalf("reference gives %v, the case wants %v", ref, tt.want)
			}
			if got := newPhraseMatcher(tt.words).in(tt.run); got != tt.want {
				t.Errorf("in = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPhraseMatcherAgreesWithPlainScan compares the matcher with refIn on
// random runs over a small alphabet of hashes whose bytes overlap, so that
// patterns often stand across two positions, with stop words, repeated
// words and phrases taken from the run itself.
func TestPhraseMatcherAgreesWithPlainScan(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 1))
	alphabet := []uint16{0, 0x0101, 0x0102, 0x0201, 0x0202, 0x1201, 0x0112, 0x1212, 0xff01, 0x01ff, 0x1200, 0x0012, 0x0100}
	matched := 0
	for n := 0; n < 200_000; n++ {
		run := make([]uint16, r.IntN(24))
		for i := range run {
			run[i] = alphabet[r.IntN(len(alphabet))]
		}
		k := 1 + r.IntN(5)
		ws := make([]phraseWord, k)
		for i := 1; i < k; i++ {
			ws[i].offset = ws[i-1].offset + []int{0, 1, 1, 1, 2, 3}[r.IntN(6)]
		}
		from := -1
		if len(run) > 0 && r.IntN(2) == 0 {
			from = r.IntN(len(run))
		}
		for i := range ws {
			if p := from + ws[i].offset; from >= 0 && p < len(run) && r.IntN(8) > 0 {
				ws[i].hash = run[p]
			} else {
				ws[i].hash = alphabet[1+r.IntN(len(alphabet)-1)]
			}
		}
		hr := hashRun(run...)
		want := refIn(ws, hr)
		if want {
			matched++
		}
		if got := newPhraseMatcher(ws).in(hr); got != want {
			t.Fatalf("words %v in run %x: in = %v, the plain scan %v", ws, run, got, want)
		}
	}
	if matched < 10_000 {
		t.Errorf("only %d random cases matched: the test hardly checks matches", matched)
	}
}

// benchRuns are runs shaped like a generated release's (title, summary,
// body: 10, 35 and 450 positions, a third of them stop words, the words
// drawn from a Zipf law over 20,000), and a two-word phrase of middle rank
// that stands in one document of ten.
func benchRuns() ([]indexer.HashRun, []phraseWord) {
	r := rand.New(rand.NewPCG(19, 2))
	z := rand.NewZipf(r, 1.1, 2, 19_999)
	hash := func(rank uint64) uint16 { return indexer.TermHash(fmt.Appendf(nil, "w%d", rank)) }
	ws := []phraseWord{{offset: 0, hash: hash(700)}, {offset: 1, hash: hash(1300)}}
	var runs []indexer.HashRun
	for d := 0; d < 1000; d++ {
		for _, n := range []int{10, 35, 450} {
			hs := make([]uint16, n)
			for i := range hs {
				if r.IntN(3) > 0 {
					hs[i] = hash(z.Uint64())
				}
			}
			if n == 450 && d%10 == 0 {
				p := r.IntN(n - 1)
				hs[p], hs[p+1] = ws[0].hash, ws[1].hash
			}
			runs = append(runs, hashRun(hs...))
		}
	}
	return runs, ws
}

func BenchmarkPhraseIn(b *testing.B) {
	runs, ws := benchRuns()
	for _, c := range []struct {
		name string
		in   func(indexer.HashRun) bool
	}{
		{"plain", func(run indexer.HashRun) bool { return refIn(ws, run) }},
		{"matcher", newPhraseMatcher(ws).in},
	} {
		b.Run(c.name, func(b *testing.B) {
			found := 0
			for b.Loop() {
				for _, run := range runs {
					if c.in(run) {
						found++
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(runs)), "ns/run")
		})
	}
}
