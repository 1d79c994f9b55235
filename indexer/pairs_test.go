package indexer

import (
	"bufio"
	"compress/flate"
	"context"
	"encoding/gob"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/mmap-go"
	"github.com/jhasearch/jhasearch/internal/corpus"
	"github.com/jhasearch/jhasearch/internal/measure"
)

// wantPairs lists, from the positions records themselves, the entries of
// every pair of adjacent non-zero hashes that p indexes.
func wantPairs(t *testing.T, pos *Positions, tab *Table, p *Pairs) map[uint32][]int32 {
	t.Helper()
	want := map[uint32][]int32{}
	for e := range tab.Entries {
		if !tab.Entries[e].Searchable {
			continue
		}
		rec, err := pos.Read(&tab.Entries[e])
		if err != nil {
			t.Fatal(err)
		}
		for f := range TextFields {
			run, err := rec.Field(f)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i+1 < run.Len(); i++ {
				a, b := run.At(i), run.At(i+1)
				if a == 0 || b == 0 || !p.Frequent(a) || !p.Frequent(b) {
					continue
				}
				k := uint32(a)<<16 | uint32(b)
				if l := want[k]; len(l) == 0 || l[len(l)-1] != int32(e) {
					want[k] = append(l, int32(e))
				}
			}
		}
	}
	return want
}

// The pairs file of a build lists, for every two frequent hashes, exactly
// the entries whose runs hold them side by side, and says "not indexed"
// for every pair with a rarer hash.
func TestBuildWritesPairs(t *testing.T) {
	g, tab := buildTable(t, corpus.Collect(corpus.Releases(7, 600, 1500)))
	pos, err := OpenPositions(g)
	if err != nil {
		t.Fatal(err)
	}
	defer pos.Close()
	p, err := OpenPairs(g, len(tab.Entries))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var frequent []uint16
	for h := range 1 << 16 {
		if p.Frequent(uint16(h)) {
			frequent = append(frequent, uint16(h))
		}
	}
	if len(frequent) < 20 || p.MinDocs() < minPairDocs {
		t.Fatalf("%d frequent hashes from %d documents on: too few to test", len(frequent), p.MinDocs())
	}
	want := wantPairs(t, pos, tab, p)
	if len(want) < 100 {
		t.Fatalf("%d pairs: too few to test", len(want))
	}
	for k, l := range want {
		got, indexed, err := p.List(uint16(k>>16), uint16(k))
		if err != nil || !indexed || !slices.Equal(got, l) {
			t.Fatalf("pair %08x: got %v, %v, %v; want %v", k, got, indexed, err, l)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		a, b := frequent[r.IntN(len(frequent))], frequent[r.IntN(len(frequent))]
		got, indexed, err := p.List(a, b)
		if err != nil || !indexed || !slices.Equal(got, want[uint32(a)<<16|uint32(b)]) {
			t.Fatalf("pair %04x %04x: got %v, %v, %v", a, b, got, indexed, err)
		}
	}
	for h := range 1 << 16 {
		if !p.Frequent(uint16(h)) {
			if l, indexed, err := p.List(uint16(h), frequent[0]); l != nil || indexed || err != nil {
				t.Fatalf("pair of the rare hash %04x: %v, %v, %v", h, l, indexed, err)
			}
			break
		}
	}
}

// Pairs past the budget are written to a file per range of first hashes
// and gathered range by range: the pairs file is the same, byte for byte,
// as the one gathered in memory at once.
func TestSpilledPairsAsInMemory(t *testing.T) {
	g, tab := buildTable(t, corpus.Collect(corpus.Releases(5, 300, 1000)))
	pos, err := os.ReadFile(filepath.Join(g.Path, positionsFileName))
	if err != nil {
		t.Fatal(err)
	}
	inMemory := filepath.Join(t.TempDir(), "in-memory")
	st, err := writePairs(context.Background(), inMemory, pos, tab, PairShare)
	if err != nil || st.Parts != 1 {
		t.Fatalf("in memory: %+v, %v", st, err)
	}
	defer func(b int64) { pairBudget = b }(pairBudget)
	pairBudget = int64(st.Postings / 7)
	spilled := filepath.Join(t.TempDir(), "spilled")
	st2, err := writePairs(context.Background(), spilled, pos, tab, PairShare)
	if err != nil || st2.Parts < 7 {
		t.Fatalf("spilled: %+v, %v", st2, err)
	}
	a, _ := os.ReadFile(inMemory)
	b, _ := os.ReadFile(spilled)
	if len(a) == 0 || !slices.Equal(a, b) {
		t.Fatalf("the spilled pairs file (%d bytes) is not the one gathered in memory (%d bytes)", len(b), len(a))
	}
	if left, _ := filepath.Glob(spilled + ".*"); len(left) > 0 {
		t.Fatalf("the parts are left: %v", left)
	}
}

// A list is encoded as gaps or as a bitmap, whichever is smaller, and
// decoded back.
func TestPairListEncodings(t *testing.T) {
	for _, l := range [][]int32{{0, 1}, {5, 200}, {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20}, {1, 1000, 1 << 20}, {7, 8}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}} {
		b := appendPairList(nil, l)
		got, err := decodePairList(b, 1<<21)
		if err != nil || !slices.Equal(got, l) {
			t.Fatalf("%v: got %v, %v", l, got, err)
		}
	}
	if b := appendPairList(nil, []int32{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20}); b[0]&1 != 1 {
		t.Fatalf("a dense list is not a bitmap: % x", b)
	}
}

// A damaged pairs file is an error, never a panic or a read out of range:
// every cut and many random changes of a real one.
func TestDamagedPairsFile(t *testing.T) {
	g, tab := buildTable(t, corpus.Collect(corpus.Releases(3, 200, 800)))
	good, err := os.ReadFile(filepath.Join(g.Path, pairsFileName))
	if err != nil {
		t.Fatal(err)
	}
	p, err := parsePairs(good)
	if err != nil {
		t.Fatal(err)
	}
	var keys [][2]uint16
	for i := 0; i < len(p.keys); i += 8 {
		k := uint32(p.keys[i]) | uint32(p.keys[i+1])<<8 | uint32(p.keys[i+2])<<16 | uint32(p.keys[i+3])<<24
		keys = append(keys, [2]uint16{uint16(k >> 16), uint16(k)})
	}
	if len(keys) < 50 {
		t.Fatalf("%d keys: too few to test", len(keys))
	}
	try := func(b []byte) (errs int) {
		p, err := parsePairs(b)
		if err != nil {
			return 1
		}
		for _, k := range keys {
			l, _, err := p.List(k[0], k[1])
			if err != nil {
				errs++
				continue
			}
			for i, e := range l {
				if e < 0 || int(e) >= len(tab.Entries) || i > 0 && e <= l[i-1] {
					t.Fatalf("a damaged file gave the list %v", l)
				}
			}
		}
		return errs
	}
	for n := 0; n < len(good); n += 1 + n/50 {
		try(good[:n])
	}
	if try(good[:len(good)-1]) == 0 {
		t.Error("a file cut by a byte read without error")
	}
	r := rand.New(rand.NewPCG(4, 5))
	errs := 0
	for range 3000 {
		b := slices.Clone(good)
		for range 1 + r.IntN(4) {
			i := r.IntN(len(b))
			if r.IntN(3) > 0 { // mostly the lists and keys
				i = pairsHeaderSize + frequentBytes + r.IntN(len(b)-pairsHeaderSize-frequentBytes)
			}
			b[i] = byte(r.Uint32())
		}
		errs += try(b)
	}
	if errs == 0 {
		t.Error("no random change was found")
	}
}

// TestMeasurePairs writes the pairs file of an existing generation, read
// only, to a temporary directory and reports its size and the pass's
// time; it reads the table without the version check, so that a
// generation of the version before the pairs can be measured (set
// JHASEARCH_PAIRS_SHARES=1 to compare shares):
//
//	JHASEARCH_PAIRS_GEN=~/.cache/jl-n16/docs100000-seed1-v2/data/index/gen-000003 go test ./indexer -run MeasurePairs -v
func TestMeasurePairs(t *testing.T) {
	dir := os.Getenv("JHASEARCH_PAIRS_GEN")
	if dir == "" {
		t.Skip("JHASEARCH_PAIRS_GEN names no generation")
	}
	f, err := os.Open(filepath.Join(dir, tableFileName))
	if err != nil {
		t.Fatal(err)
	}
	var tab Table
	err = gob.NewDecoder(flate.NewReader(bufio.NewReader(f))).Decode(&tab)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	pf, err := os.Open(filepath.Join(dir, positionsFileName))
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	pos, err := mmap.Map(pf, mmap.RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer pos.Unmap()
	sum := 0
	for i := 0; i < len(pos); i += 4096 {
		sum += int(pos[i]) // in the page cache, as a build finds it
	}
	out := filepath.Join(t.TempDir(), pairsFileName)
	shares := []float64{PairShare}
	if os.Getenv("JHASEARCH_PAIRS_SHARES") != "" {
		shares = []float64{0.01, 0.02, 0.03, 0.05}
	}
	for _, share := range shares {
		// What the pass allocates in all bounds the heap it holds at once
		// (the positions file is mapped, not in the heap).
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start, cpu := time.Now(), measure.CPUTime()
		st, err := writePairs(context.Background(), out, pos, &tab, share)
		took, cpu := time.Since(start), measure.CPUTime()-cpu
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d entries, positions %.1f MB, share %.2f: pairs %.2f MB in %v (CPU %v), %.0f MB allocated; %+v",
			len(tab.Entries), float64(len(pos))/1e6, share, float64(st.Bytes)/1e6, took.Round(time.Millisecond), cpu.Round(time.Millisecond),
			float64(after.TotalAlloc-before.TotalAlloc)/1e6, st)
	}
	p, err := openPairsFile(out)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
}

// FuzzDecodePairList: any bytes decode to an error or to entries
// ascending below the bound, never to a panic.
//
//	go test ./indexer -run '^$' -fuzz FuzzDecodePairList -fuzztime 30s
func FuzzDecodePairList(f *testing.F) {
	f.Add(appendPairList(nil, []int32{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20}), uint32(100))
	f.Add(appendPairList(nil, []int32{1, 1000, 70000}), uint32(1<<20))
	f.Add([]byte{}, uint32(10))
	f.Fuzz(func(t *testing.T, b []byte, entries uint32) {
		l, err := decodePairList(b, entries)
		if err != nil {
			return
		}
		for i, e := range l {
			if e < 0 || uint32(e) >= entries || i > 0 && e <= l[i-1] {
				t.Fatalf("decoded %v below %d", l, entries)
			}
		}
	})
}
