package indexer

import (
	"bufio"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/blevesearch/mmap-go"
)

// The build of the pairs file (pairs.go) reads the positions file after it
// is written: once to count the documents of every hash, once to count the
// pairs of every first hash, and once to gather the pairs, in memory or,
// past pairBudget, through a file per range of first hashes.

// PairStats describes a pairs file written.
type PairStats struct {
	MinDocs  int   // the document frequency of a frequent term
	Frequent int   // frequent hashes
	Keys     int   // pairs listed
	Postings int   // entries in all lists
	Bytes    int64 // size of the file
	Parts    int   // ranges of first hashes gathered one after the other
	Singles  int   // lists of one entry
	Largest  int64 // pairs of the largest part, held in memory at once (8 bytes each)
}

// runsOf calls f with each run of a positions record.
func runsOf(rec []byte, f func(HashRun)) error {
	for len(rec) > 0 {
		n, size := binary.Uvarint(rec)
		if size <= 0 || uint64(len(rec)-size) < 2*n {
			return fmt.Errorf("indexer: positions record is damaged")
		}
		f(HashRun(rec[size : size+int(2*n)]))
		rec = rec[size+int(2*n):]
	}
	return nil
}

// pairScan reads the positions records of a table in entry order.
type pairScan struct {
	pos      []byte
	table    *Table
	frequent *[frequentBytes]byte
	keys     []uint32 // one record's keys
}

// record returns the entry's record, nil for an entry without one.
func (s *pairScan) record(e int) ([]byte, error) {
	en := &s.table.Entries[e]
	if en.PosLength == 0 {
		return nil, nil
	}
	if en.PosOffset < 0 || en.PosLength < 0 || en.PosOffset+int64(en.PosLength) > int64(len(s.pos)) {
		return nil, fmt.Errorf("indexer: positions of %s pass the end of the file", en.ID)
	}
	return s.pos[en.PosOffset : en.PosOffset+int64(en.PosLength)], nil
}

func (s *pairScan) isFrequent(h uint16) bool { return s.frequent[h>>3]&(1<<(h&7)) != 0 }

// pairsOf returns the keys of the record of entry e, sorted and once each.
func (s *pairScan) pairsOf(e int) ([]uint32, error) {
	rec, err := s.record(e)
	if err != nil {
		return nil, err
	}
	s.keys = s.keys[:0]
	err = runsOf(rec, func(run HashRun) {
		for i := 0; i+1 < run.Len(); i++ {
			a, b := run.At(i), run.At(i+1)
			if a != 0 && b != 0 && s.isFrequent(a) && s.isFrequent(b) {
				s.keys = append(s.keys, uint32(a)<<16|uint32(b))
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("indexer: pairs of %s: %w", s.table.Entries[e].ID, err)
	}
	slices.Sort(s.keys)
	s.keys = slices.Compact(s.keys)
	return s.keys, nil
}

// writePairs writes the pairs file at path from the positions file pos
// (its bytes) and the table that places each entry's record in it.
func writePairs(ctx context.Context, path string, pos []byte, table *Table, share float64) (PairStats, error) {
	var st PairStats
	s := &pairScan{pos: pos, table: table, frequent: new([frequentBytes]byte)}
	// The document frequency of every hash.
	df := make([]int32, 1<<16)
	last := make([]int32, 1<<16)
	for i := range last {
		last[i] = -1
	}
	searchable := 0
	for e := range table.Entries {
		if e%4096 == 0 && ctx.Err() != nil {
			return st, ctx.Err()
		}
		rec, err := s.record(e)
		if err != nil {
			return st, err
		}
		if rec == nil {
			continue
		}
		searchable++
		err = runsOf(rec, func(run HashRun) {
			for i := range run.Len() {
				if h := run.At(i); h != 0 && last[h] != int32(e) {
					last[h] = int32(e)
					df[h]++
				}
			}
		})
		if err != nil {
			return st, fmt.Errorf("indexer: pairs of %s: %w", table.Entries[e].ID, err)
		}
	}
	st.MinDocs = max(minPairDocs, int(share*float64(searchable)+0.5))
	for h, n := range df {
		if h != 0 && int(n) >= st.MinDocs {
			s.frequent[h>>3] |= 1 << (h & 7)
			st.Frequent++
		}
	}
	// The pairs of each first hash, to cut the passes.
	perFirst := make([]int64, 1<<16)
	for e := range table.Entries {
		if e%4096 == 0 && ctx.Err() != nil {
			return st, ctx.Err()
		}
		keys, err := s.pairsOf(e)
		if err != nil {
			return st, err
		}
		for _, k := range keys {
			perFirst[k>>16]++
		}
	}
	w, err := newPairsWriter(path)
	if err != nil {
		return st, err
	}
	defer w.abort()
	if err := w.begin(s.frequent); err != nil {
		return st, err
	}
	// The first hashes cut into parts of at most pairBudget pairs (but
	// for a single hash with more), each gathered in memory at once.
	var parts []pairPart
	for lo := 0; lo < 1<<16; {
		hi, n := lo, int64(0)
		for hi < 1<<16 && (hi == lo || n+perFirst[hi] <= pairBudget) {
			n += perFirst[hi]
			hi++
		}
		if n > 0 {
			parts = append(parts, pairPart{lo, hi, n})
		}
		lo = hi
	}
	st.Parts = len(parts)
	var most int64
	for _, pt := range parts {
		most = max(most, pt.n)
	}
	st.Largest = most
	buf := make([]uint64, most)
	if len(parts) == 1 {
		err = s.gather(w, parts[0], perFirst, buf, func(yield func(uint32, int32) error) error {
			return s.each(ctx, yield)
		})
	} else {
		err = s.gatherSpilled(ctx, w, path, parts, perFirst, buf)
	}
	if err != nil {
		return st, err
	}
	if st.Bytes, err = w.finish(len(table.Entries), st.MinDocs); err != nil {
		return st, err
	}
	st.Keys, st.Postings, st.Singles = w.keys, w.postings, w.singles
	return st, nil
}

// pairPart is a range of first hashes [lo, hi) and its n pairs.
type pairPart struct {
	lo, hi int
	n      int64
}

// each calls yield with every pair of every entry, in entry order.
func (s *pairScan) each(ctx context.Context, yield func(key uint32, e int32) error) error {
	for e := range s.table.Entries {
		if e%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		keys, err := s.pairsOf(e)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if err := yield(k, int32(e)); err != nil {
				return err
			}
		}
	}
	return nil
}

// gatherSpilled writes the lists of several parts: one pass over the
// records writes each pair to its part's file beside path, and each part
// is then gathered from its file, so that the records are read once
// whatever the number of parts.
func (s *pairScan) gatherSpilled(ctx context.Context, w *pairsWriter, path string, parts []pairPart, perFirst []int64, buf []uint64) error {
	partOf := make([]uint16, 1<<16)
	files := make([]*os.File, len(parts))
	bws := make([]*bufio.Writer, len(parts))
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
				os.Remove(f.Name())
			}
		}
	}()
	for i, pt := range parts {
		for a := pt.lo; a < pt.hi; a++ {
			partOf[a] = uint16(i)
		}
		f, err := os.Create(fmt.Sprintf("%s.part%d", path, i))
		if err != nil {
			return fmt.Errorf("indexer: create pairs part: %w", err)
		}
		files[i], bws[i] = f, bufio.NewWriterSize(f, 1<<16)
	}
	var rec [8]byte
	err := s.each(ctx, func(k uint32, e int32) error {
		binary.LittleEndian.PutUint32(rec[:], k)
		binary.LittleEndian.PutUint32(rec[4:], uint32(e))
		_, err := bws[partOf[k>>16]].Write(rec[:])
		return err
	})
	for _, bw := range bws {
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
	}
	if err != nil {
		return fmt.Errorf("indexer: write pairs part: %w", err)
	}
	for i, pt := range parts {
		f := files[i]
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("indexer: read pairs part: %w", err)
		}
		err := s.gather(w, pt, perFirst, buf, func(yield func(uint32, int32) error) error {
			r := bufio.NewReaderSize(f, 1<<16)
			for {
				if _, err := io.ReadFull(r, rec[:]); err == io.EOF {
					return nil
				} else if err != nil {
					return fmt.Errorf("indexer: read pairs part: %w", err)
				}
				if err := yield(binary.LittleEndian.Uint32(rec[:]), int32(binary.LittleEndian.Uint32(rec[4:]))); err != nil {
					return err
				}
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// gather writes the lists of the pairs of part pt, which pairs yields
// in entry order among others; perFirst[a] are the pairs of a first hash
// a; buf holds pt.n pairs at least.
func (s *pairScan) gather(w *pairsWriter, pt pairPart, perFirst []int64, buf []uint64,
	pairs func(yield func(uint32, int32) error) error) error {
	lo, hi := pt.lo, pt.hi
	// The pairs of each first hash stand together, in entry order:
	// next[a-lo] is where the next one of a goes.
	next := make([]int64, hi-lo+1)
	for a := lo; a < hi; a++ {
		next[a-lo+1] = next[a-lo] + perFirst[a]
	}
	starts := slices.Clone(next)
	err := pairs(func(k uint32, e int32) error {
		a := int(k >> 16)
		if a < lo || a >= hi {
			return nil
		}
		if next[a-lo] == starts[a-lo+1] {
			return fmt.Errorf("indexer: pairs: the positions file changed while read")
		}
		buf[next[a-lo]] = uint64(k&0xffff)<<32 | uint64(uint32(e))
		next[a-lo]++
		return nil
	})
	if err != nil {
		return err
	}
	for a := lo; a < hi; a++ {
		if next[a-lo] != starts[a-lo+1] {
			return fmt.Errorf("indexer: pairs: the positions file changed while read")
		}
	}
	var list []int32
	for a := lo; a < hi; a++ {
		part := buf[starts[a-lo]:next[a-lo]]
		slices.Sort(part) // by second hash, then entry
		for len(part) > 0 {
			b := part[0] >> 32
			list = list[:0]
			for len(part) > 0 && part[0]>>32 == b {
				list = append(list, int32(uint32(part[0])))
				part = part[1:]
			}
			if err := w.add(uint32(a)<<16|uint32(b), list); err != nil {
				return err
			}
		}
	}
	return nil
}

// pairsWriter writes a pairs file: the data to the file, the key table
// to a file beside it until the end, so that neither stays in memory.
type pairsWriter struct {
	path           string
	f, kf          *os.File
	w, kw          *bufio.Writer
	data           int64
	keys, postings int
	singles        int
	enc            []byte
	done           bool
}

func newPairsWriter(path string) (*pairsWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("indexer: create pairs: %w", err)
	}
	kf, err := os.Create(path + ".keys")
	if err != nil {
		f.Close()
		os.Remove(path)
		return nil, fmt.Errorf("indexer: create pairs: %w", err)
	}
	return &pairsWriter{path: path, f: f, kf: kf, w: bufio.NewWriterSize(f, 1<<20), kw: bufio.NewWriterSize(kf, 1<<16)}, nil
}

// begin writes the place of the header and the frequent hashes.
func (w *pairsWriter) begin(frequent *[frequentBytes]byte) error {
	if _, err := w.w.Write(make([]byte, pairsHeaderSize)); err != nil {
		return fmt.Errorf("indexer: write pairs: %w", err)
	}
	if _, err := w.w.Write(frequent[:]); err != nil {
		return fmt.Errorf("indexer: write pairs: %w", err)
	}
	return nil
}

// add writes the list of key, entries ascending and once each.
func (w *pairsWriter) add(key uint32, list []int32) error {
	value := uint32(list[0]) | 1<<31
	if len(list) > 1 {
		if w.data >= 1<<31 {
			return fmt.Errorf("indexer: write pairs: the lists pass 2 GiB")
		}
		value = uint32(w.data)
		w.enc = appendPairList(w.enc[:0], list)
		if _, err := w.w.Write(w.enc); err != nil {
			return fmt.Errorf("indexer: write pairs: %w", err)
		}
		w.data += int64(len(w.enc))
	}
	var k [8]byte
	binary.LittleEndian.PutUint32(k[:], key)
	binary.LittleEndian.PutUint32(k[4:], value)
	if _, err := w.kw.Write(k[:]); err != nil {
		return fmt.Errorf("indexer: write pairs keys: %w", err)
	}
	w.keys++
	w.postings += len(list)
	if len(list) == 1 {
		w.singles++
	}
	return nil
}

// finish appends the key table, writes the header and closes the file;
// it returns the file's size.
func (w *pairsWriter) finish(entries, minDocs int) (int64, error) {
	if err := w.kw.Flush(); err != nil {
		return 0, fmt.Errorf("indexer: write pairs keys: %w", err)
	}
	if _, err := w.kf.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("indexer: read pairs keys: %w", err)
	}
	if _, err := io.Copy(w.w, w.kf); err != nil {
		return 0, fmt.Errorf("indexer: write pairs: %w", err)
	}
	if err := w.w.Flush(); err != nil {
		return 0, fmt.Errorf("indexer: write pairs: %w", err)
	}
	h := make([]byte, 0, pairsHeaderSize)
	h = append(h, pairsMagic...)
	h = binary.LittleEndian.AppendUint32(h, uint32(entries))
	h = binary.LittleEndian.AppendUint32(h, uint32(w.keys))
	h = binary.LittleEndian.AppendUint32(h, uint32(minDocs))
	h = binary.LittleEndian.AppendUint64(h, uint64(w.data))
	if _, err := w.f.WriteAt(h, 0); err != nil {
		return 0, fmt.Errorf("indexer: write pairs: %w", err)
	}
	size := pairsHeaderSize + frequentBytes + w.data + 8*int64(w.keys)
	w.done = true
	err := w.f.Close()
	w.kf.Close()
	if rerr := os.Remove(w.kf.Name()); err == nil {
		err = rerr
	}
	if err != nil {
		return 0, fmt.Errorf("indexer: write pairs: %w", err)
	}
	return size, nil
}

// abort removes what an unfinished writer wrote.
func (w *pairsWriter) abort() {
	if w.done {
		return
	}
	w.f.Close()
	w.kf.Close()
	os.Remove(w.path)
	os.Remove(w.kf.Name())
}

// writePairsIn writes the pairs file of the generation in dir, whose
// positions file is written and whose table places each record in it.
func writePairsIn(ctx context.Context, dir string, table *Table) (PairStats, error) {
	f, err := os.Open(filepath.Join(dir, positionsFileName))
	if err != nil {
		return PairStats{}, fmt.Errorf("indexer: open positions: %w", err)
	}
	defer f.Close()
	var pos mmap.MMap
	if fi, err := f.Stat(); err != nil {
		return PairStats{}, fmt.Errorf("indexer: open positions: %w", err)
	} else if fi.Size() > 0 {
		if pos, err = mmap.Map(f, mmap.RDONLY, 0); err != nil {
			return PairStats{}, fmt.Errorf("indexer: map positions: %w", err)
		}
		defer pos.Unmap()
	}
	return writePairs(ctx, filepath.Join(dir, pairsFileName), pos, table, PairShare)
}
