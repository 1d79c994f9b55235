package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
}

var builtRE = regexp.MustCompile(`index generation (\S+) holds`)

// rebuildLeadIn and rebuildTail are load before the rebuild starts and
// after the server switched, so both sides of the swap are measured.
const (
	rebuildLeadIn = 5 * time.Second
	rebuildTail   = 5 * time.Second
)

// rebuildDuringLoad runs `jhasearch reindex` (a full rebuild of the index
// from the archive, as the nightly job does) while the load runs, waits
// until the server answers from the new generation, and then ends the load
// with stop.
func rebuildDuringLoad(ctx context.Context, stop context.CancelFunc, srv *server, o options) *rebuildResult {
	defer stop()
	res := &rebuildResult{leadIn: rebuildLeadIn, afterwards: rebuildTail}
	var err error
	if res.Before, err = srv.stats(ctx); err != nil {
		res.Err = err.Error()
		return res
	}
	sleep(ctx, rebuildLeadIn)
	fmt.Fprintf(o.log, "rebuild: jhasearch reindex --data %s (serving %s)\n", o.ws.data(), res.Before.Generation)
	var out bytes.Buffer
	// Cancelled (Ctrl-C), the rebuild gets SIGTERM: a build cut short
	// leaves the served generation alone by design.
	cmd := exec.CommandContext(ctx, o.bin.path, "reindex", "--data", o.ws.data(), "--log-format", "text")
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		res.Err = err.Error()
		return res
	}
	rss := watchRSS(cmd.Process.Pid)
	err = cmd.Wait()
	res.Seconds = time.Since(start).Seconds()
	res.PeakRSS = rss.peak(cmd)
	os.WriteFile(filepath.Join(o.ws.logs(), "reindex.log"), out.Bytes(), 0o644)
	if err != nil {
		res.Err = fmt.Sprintf("reindex: %v: %s", err, tail(out.String(), 500))
		return res
	}
	if m := builtRE.FindStringSubmatch(out.String()); m != nil {
		res.Built = m[1]
	}
	ended := time.Now()
	for ctx.Err() == nil && time.Since(ended) < time.Minute {
		st, err := srv.stats(ctx)
		if err == nil && st.Generation == res.Built {
			res.Pickup, res.PickedUp = time.Since(ended), true
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
