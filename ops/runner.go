package ops

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jhasearch/jhasearch"
)

// JobFunc does one job of the given kind, KindCrawl or KindReindex. It
// should return soon after ctx is done. Its error is shown to admins in
// the job's summary, so it may carry detail (a lock holder, a path).
type JobFunc func(ctx context.Context, kind string) (Outcome, error)

// Outcome is what a finished job reports.
type Outcome struct {
	OK      bool
	Summary string
	// Sources has one line per source for a crawl.
	Sources []string
}

// RecentRuns is how many finished runs a Runner keeps for Status.
const RecentRuns = 20

// Runner implements Jobs with one job slot: at most one crawl or reindex
// runs at a time, in a goroutine the Runner owns, stopped by the context
// given to NewRunner. Status is kept in memory; the data directory's run
// log stays the lasting record.
type Runner struct {
	ctx    context.Context
	do     JobFunc
	reload func() (bool, error)
	log    *slog.Logger
	now    func() time.Time

	mu      sync.Mutex
	running *Run
	recent  []Run
	done    sync.WaitGroup
}

// NewRunner returns a Runner whose jobs do do and whose Reload calls
// reload. Cancelling ctx asks the running job to stop; Wait waits for it.
func NewRunner(ctx context.Context, do JobFunc, reload func() (bool, error), logger *slog.Logger) *Runner {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Runner{ctx: ctx, do: do, reload: reload, log: logger, now: time.Now}
}

// Start begins a job in the background, or refuses with ECONFLICT when
// one runs, EUNAVAILABLE when the server shuts down and EINVALID for an
// unknown kind.
func (r *Runner) Start(kind string) (Run, error) {
	if kind != KindCrawl && kind != KindReindex {
		return Run{}, jhasearch.Errorf(jhasearch.EINVALID, "There is no job called %q; use crawl or reindex.", kind)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running != nil {
		return Run{}, jhasearch.Errorf(jhasearch.ECONFLICT, "A %s (%s) is running since %s; try again when it has finished.",
			r.running.Kind, r.running.ID, r.running.Started.UTC().Format(time.RFC3339))
	}
	if err := r.ctx.Err(); err != nil {
		return Run{}, jhasearch.Errorf(jhasearch.EUNAVAILABLE, "The server is shutting down and starts no new job.")
	}
	start := r.now()
	run := Run{ID: r.newID(kind, start), Kind: kind, Started: start, Running: true}
	r.running = &run
	r.done.Add(1)
	go r.execute(run)
	return run, nil
}

// newID names a run by its kind and start, readable in logs; a suffix
// keeps it unique when two runs start within one second.
func (r *Runner) newID(kind string, start time.Time) string {
	id := kind + "-" + start.UTC().Format("20060102T150405Z")
	n := 1
	for _, prev := range r.recent {
		if prev.ID == id || strings.HasPrefix(prev.ID, id+"-") {
			n++
		}
	}
	if n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}
