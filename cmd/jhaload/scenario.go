package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/jhasearch/jhasearch/internal/measure"
)

// scenario is one measured load run against a fresh server.
type scenario struct {
	name     string
	clients  int
	duration time.Duration
	rebuild  bool // run `jhasearch reindex` during the load; ends when it was picked up
}

// scenarioResult is what a scenario measured.
type scenarioResult struct {
	scenario
	elapsed time.Duration
	classes []latencySummary
	overall latencySummary
	errors  []string
	peakRSS int64 // the server's
	// serverCPU and clientCPU are the CPU time the server and this
	// program used during the measured run: on a shared machine the
	// server's CPU per request says more than its latency.
	serverCPU, clientCPU time.Duration
	load                 string
	rebuild              *rebuildResult
	// asked is the number of distinct questions of the run, warm-up
	// included (distinct workload only).
	asked int
}

// options are the settings every scenario shares.
type options struct {
	bin binary
	// serveBin runs `serve`; bin imports and rebuilds.
	serveBin string
	ws       workspace
	load     *workload
	warmup   time.Duration
	seed     uint64
	log      io.Writer
}

// run starts a server, warms it up (not measured), runs the load and stops
// the server.
func (sc scenario) run(ctx context.Context, o options) (scenarioResult, error) {
	res := scenarioResult{scenario: sc}
	logFile := filepath.Join(o.ws.logs(), fmt.Sprintf("serve-%s.log", sc.name))
	srv, err := startServer(ctx, o.serveBin, o.ws.data(), logFile)
	if err != nil {
		return res, err
	}
	defer func() {
		if srv != nil {
			srv.stop()
		}
	}()
	fmt.Fprintf(o.log, "%s: server on %s, %d clients, warm-up %s\n", sc.name, srv.base, sc.clients, o.warmup)
	// One set of asked questions for the warm-up and the run: the
	// distinct workload's warm-up asks questions of its own pool, never
	// one of the run's.
	seen := newAsked()
	if o.warmup > 0 {
		wctx, cancel := context.WithTimeout(ctx, o.warmup)
		runLoad(wctx, srv, o.load, seen, poolWarmUp, sc.clients, o.seed+1000)
		cancel()
	}
	res.load = loadAverage()
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan *rebuildResult, 1)
	if sc.rebuild {
		go func() { done <- rebuildDuringLoad(lctx, cancel, srv, o, seen) }()
	} else {
		go func() {
			select {
			case <-time.After(sc.duration):
			case <-lctx.Done():
			}
			cancel()
			done <- nil
		}()
	}
	fmt.Fprintf(o.log, "%s: measuring ...\n", sc.name)
	cpu0, _ := processCPU(srv.cmd.Process.Pid)
	self0 := measure.CPUTime()
	rec := runLoad(lctx, srv, o.load, seen, poolMeasured, sc.clients, o.seed)
	cpu1, _ := processCPU(srv.cmd.Process.Pid)
	res.serverCPU, res.clientCPU = cpu1-cpu0, measure.CPUTime()-self0
	res.rebuild = <-done
	res.elapsed = rec.elapsed
	if o.load.distinct {
		res.asked = seen.len()
	}
	res.peakRSS = srv.stop()
	srv = nil
	for _, c := range rec.classes {
		res.classes = append(res.classes, summarise(c, rec.elapsed))
	}
	all := rec.overall()
	res.overall = summarise(all, rec.elapsed)
	res.errors = all.errSample
	if rb := res.rebuild; rb != nil && rb.PickedUp {
		rb.windows(rec, o.load)
	}
	fmt.Fprintf(o.log, "%s: %d requests, %d errors, p50 %s, p99 %s\n", sc.name,
		res.overall.Requests, res.overall.Errors, res.overall.P50, res.overall.P99)
	return res, ctx.Err()
}
