package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// rebuildResult is what happened when a second process rebuilt the index
// while the server answered the load.
type rebuildResult struct {
	Seconds    float64 // the reindex command
	PeakRSS    int64   // of the reindex process
	Before     stats   // what the server served before
	Built      string  // the generation reindex reported
	After      stats   // what the server served at the end
	Pickup     time.Duration
	PickedUp   bool
	Err        string
	leadIn     time.Duration
	afterwards time.Duration
	// started is when the reindex began, swapped when the server was
	// first seen answering from the new generation.
	started, swapped time.Time
	// Steady is the p99 of the requests that began in the lead-in (the
	// served generation, no rebuild running), FirstMinute of those that
	// began in the minute after the swap, the new generation's first;
	// Phrase* the same of the phrase class.
	Steady, FirstMinute             time.Duration
	SteadyN, FirstMinuteN           int
	PhraseSteady, PhraseFirstMinute time.Duration
}

// rebuildLeadIn and rebuildTail are load before the rebuild starts and
// after the server switched, so both sides of the swap are measured: the
// lead-in is the steady state, the tail the new generation's first minute.
const (
	rebuildLeadIn = 20 * time.Second
	rebuildTail   = time.Minute
)

// windows computes the p99 of the steady lead-in and of the first minute
// after the swap from the run's record.
func (rb *rebuildResult) windows(rec *loadRecord, w *workload) {
	start := rb.started.Add(-rb.leadIn)
	rb.Steady, rb.SteadyN = p99Between(rec.overall(), start, rb.started)
	rb.FirstMinute, rb.FirstMinuteN = p99Between(rec.overall(), rb.swapped, rb.swapped.Add(rebuildTail))
	for i, c := range rec.classes {
		if w.classes[i].name == "phrase" {
			rb.PhraseSteady, _ = p99Between(c, start, rb.started)
			rb.PhraseFirstMinute, _ = p99Between(c, rb.swapped, rb.swapped.Add(rebuildTail))
		}
	}
}

// rebuildDuringLoad runs `jhasearch reindex` (a full rebuild of the index
// from the archive, as the nightly job does) while the load runs, waits
// until the server answers from the new generation, and then ends the load
// with stop. When the server has switched, seen is emptied: every cache
// of the server is the generation's own, so a question asked of the old
// generation is new to the new one, and its first minute is asked the
// whole pool of questions, the common words included, as the steady
// lead-in was.
func rebuildDuringLoad(ctx context.Context, stop context.CancelFunc, srv *server, o options, seen *asked) *rebuildResult {
	defer stop()
	res := &rebuildResult{leadIn: rebuildLeadIn, afterwards: rebuildTail}
	var err error
	if res.Before, err = srv.stats(ctx); err != nil {
		res.Err = err.Error()
		return res
	}
	sleep(ctx, rebuildLeadIn)
	fmt.Fprintf(o.log, "rebuild: jhasearch reindex --data %s (serving %s)\n", o.ws.data(), res.Before.Generation)
	var out, log bytes.Buffer
	// Cancelled (Ctrl-C), the rebuild gets SIGTERM: a build cut short
	// leaves the served generation alone by design.
	cmd := exec.CommandContext(ctx, o.bin.path, "reindex", "--data", o.ws.data(), "--log-format", "json")
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.Stdout, cmd.Stderr = &out, &log
	start := time.Now()
	res.started = start
	if err := cmd.Start(); err != nil {
		res.Err = err.Error()
		return res
	}
	rss := watchRSS(cmd.Process.Pid)
	err = cmd.Wait()
	res.Seconds = time.Since(start).Seconds()
	res.PeakRSS = rss.peak(cmd)
	os.WriteFile(filepath.Join(o.ws.logs(), "reindex.log"), append(out.Bytes(), log.Bytes()...), 0o644)
	if err != nil {
		res.Err = fmt.Sprintf("reindex: %v: %s", err, tail(log.String(), 500))
		return res
	}
	built, ok := findLog(log.Bytes(), "build finished")
	if !ok || built.str("generation") == "" {
		res.Err = "reindex logged no \"build finished\" record with its generation"
		return res
	}
	res.Built = built.str("generation")
	ended := time.Now()
	for ctx.Err() == nil && time.Since(ended) < time.Minute {
		st, err := srv.stats(ctx)
		if err == nil && st.Generation == res.Built {
			seen.reset()
			res.swapped = time.Now()
			res.Pickup, res.PickedUp = res.swapped.Sub(ended), true
			break
		}
		sleep(ctx, 50*time.Millisecond)
	}
	sleep(ctx, rebuildTail)
	res.After, _ = srv.stats(context.WithoutCancel(ctx))
	return res
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
