package query

import (
	"context"
	"runtime"
	"slices"

	"github.com/jhasearch/jhasearch/indexer"
)

// A phrase's candidates (2,100 on average for the load test's phrases on
// 100,000 releases) are checked on their positions records, which stand
// far apart in the positions file, each one a row of cache misses: read
// one after the other, the processor waits for each (about 0.35 µs of a
// candidate's 0.6 µs). A batch of records is therefore touched first, a
// byte of every cache line of each, loads that do not depend on one
// another and so are fetched at the same time, and then checked from the
// cache (recordBatch).

// recordBatch is how many candidates' records are fetched together: 16
// records of up to touchBytes stay within a core's L1 data cache.
const recordBatch = 16

// touchBytes bounds what is fetched ahead of a record: a long release's
// body is left to the hardware prefetcher.
const touchBytes = 2048

// keepOnRuns keeps the documents of l with a run of one of fields for
// which keep is true.
func (x *Index) keepOnRuns(ctx context.Context, l *List, fields []int, keep func(indexer.HashRun) bool) (*List, error) {
	return keepRecords(ctx, l, fields, x.readRecords, keep)
}

// readRecords reads the positions records of entries into recs and errs.
// Their table entries are touched first, so that their cache misses
// overlap too.
func (x *Index) readRecords(entries []int32, recs []indexer.PositionRecord, errs []error) {
	var sum int32
	for _, e := range entries {
		sum += x.table.Entries[e].PosLength
	}
	runtime.KeepAlive(sum) // the loads must happen, though their sum serves nothing
	for k, e := range entries {
		recs[k], errs[k] = x.positions.Read(&x.table.Entries[e])
	}
}

// keepRecords keeps the documents of l with a run of one of fields, in
// their records read by read, for which keep is true. The fields are
// tried in order, and an error is returned when the check reaches it, as
// a check of one candidate after the other would.
func keepRecords(ctx context.Context, l *List, fields []int, read func([]int32, []indexer.PositionRecord, []error),
	keep func(indexer.HashRun) bool) (*List, error) {
	out := &List{}
	// The title's run stands first in a record: a title phrase needs
	// only the record's first bytes.
	touch := touchBytes
	if !slices.ContainsFunc(fields, func(f int) bool { return f > 0 }) {
		touch = 1
	}
	var recs [recordBatch]indexer.PositionRecord
	var errs [recordBatch]error
	for lo := 0; lo < l.Len(); lo += recordBatch {
		if lo%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		entries := l.Entries[lo:min(lo+recordBatch, l.Len())]
		n := len(entries)
		read(entries, recs[:n], errs[:n])
		touchRecords(recs[:n], touch)
		for k, e := range entries {
			if errs[k] != nil {
				return nil, errs[k]
			}
			found, err := anyRun(recs[k], fields, keep)
			if err != nil {
				return nil, err
			}
			if found {
				out.Entries = append(out.Entries, e)
				out.Scores = append(out.Scores, l.Scores[lo+k])
			}
		}
	}
	out.Entries, out.Scores = slices.Clip(out.Entries), slices.Clip(out.Scores)
	return out, nil
}

// touchRecords reads the first touch bytes of each record, one byte a
// cache line.
func touchRecords(recs []indexer.PositionRecord, touch int) {
	var sum byte
	for _, rec := range recs {
		for i := 0; i < min(len(rec), touch); i += 64 {
			sum += rec[i]
		}
	}
	runtime.KeepAlive(sum) // the loads must happen, though their sum serves nothing
}

// anyRun reports whether keep is true of a run of fields of rec.
func anyRun(rec indexer.PositionRecord, fields []int, keep func(indexer.HashRun) bool) (bool, error) {
	for _, f := range fields {
		run, err := rec.Field(f)
		if err != nil {
			return false, err
		}
		if keep(run) {
			return true, nil
		}
	}
	return false, nil
}
