package query

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jhasearch/jhasearch/indexer"
)

// refKeepRecords is keepOnRuns as it was before batching: one candidate
// after the other, its fields in order.
func refKeepRecords(ctx context.Context, l *List, fields []int, read func(int32) (indexer.PositionRecord, error),
	keep func(indexer.HashRun) bool) (*List, error) {
	out := &List{}
	for i, e := range l.Entries {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		rec, err := read(e)
		if err != nil {
			return nil, err
		}
		found := false
		for _, f := range fields {
			run, err := rec.Field(f)
			if err != nil {
				return nil, err
			}
			if found = keep(run); found {
				break
			}
		}
		if found {
			out.Entries = append(out.Entries, e)
			out.Scores = append(out.Scores, l.Scores[i])
		}
	}
	return out, nil
}

// TestKeepRecordsAgreesWithOneByOne compares the batched check with the
// one-by-one check on random lists of candidates whose records hold
// random runs, some of them damaged or unreadable: the same entries are
// kept, with the same scores, and the same error is returned.
func TestKeepRecordsAgreesWithOneByOne(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 3))
	alphabet := []uint16{0, 0x0101, 0x0102, 0x0201, 0x0202}
	fieldSets := [][]int{{0, 1, 2}, {0}, {2}, {1, 2}, {2, 0}}
	kept, failed := 0, 0
	for n := 0; n < 3000; n++ {
		docs := 1 + r.IntN(120)
		recs := make([]indexer.PositionRecord, docs)
		readErr := make([]error, docs)
		for d := range recs {
			var rec []byte
			for range indexer.TextFields {
				k := r.IntN(12)
				rec = binary.AppendUvarint(rec, uint64(k))
				for range k {
					rec = binary.LittleEndian.AppendUint16(rec, alphabet[r.IntN(len(alphabet))])
				}
			}
			switch r.IntN(400) {
			case 0:
				rec = rec[:r.IntN(len(rec))] // damaged
			case 1:
				readErr[d] = fmt.Errorf("unreadable record %d", d)
			}
			recs[d] = rec
		}
		l := &List{}
		for d := range docs {
			if r.IntN(3) > 0 {
				l.Entries = append(l.Entries, int32(d))
				l.Scores = append(l.Scores, float32(r.IntN(1000)))
			}
		}
		read := func(e int32) (indexer.PositionRecord, error) { return recs[e], readErr[e] }
		readBatch := func(es []int32, out []indexer.PositionRecord, errs []error) {
			for k, e := range es {
				out[k], errs[k] = read(e)
			}
		}
		ws := []phraseWord{{hash: alphabet[1+r.IntN(4)]}, {offset: 1 + r.IntN(2), hash: alphabet[1+r.IntN(4)]}}
		keep := newPhraseMatcher(ws).in
		fields := fieldSets[r.IntN(len(fieldSets))]
		want, wantErr := refKeepRecords(context.Background(), l, fields, read, keep)
		got, err := keepRecords(context.Background(), l, fields, readBatch, keep)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("case %d: error %v, one by one %v", n, err, wantErr)
		}
		if err != nil {
			failed++
			continue
		}
		kept += want.Len()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("case %d: mismatch (-one by one +batched):\n%s", n, diff)
		}
	}
	if kept < 10_000 || failed < 100 {
		t.Errorf("%d entries kept, %d cases failed: the test hardly checks both", kept, failed)
	}
}

func TestKeepRecordsStopsAtTheDeadline(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := &List{Entries: []int32{0}, Scores: []float32{1}}
	read := func(_ []int32, recs []indexer.PositionRecord, _ []error) { recs[0] = indexer.PositionRecord{0, 0, 0} }
	_, err := keepRecords(ctx, l, []int{0}, read, func(indexer.HashRun) bool { return true })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
