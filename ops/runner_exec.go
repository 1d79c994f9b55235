package ops

import (
	"fmt"

	"github.com/jhasearch/jhasearch"
)

// execute runs one job and records its end. A panicking job is recorded
// as failed rather than taking the server down with it.
func (r *Runner) execute(run Run) {
	defer r.done.Done()
	var out Outcome
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				err = fmt.Errorf("ops: %s panicked: %v", run.Kind, p)
			}
		}()
		out, err = r.do(r.ctx, run.Kind)
	}()
	run.Running, run.OK, run.Summary, run.Sources = false, out.OK && err == nil, out.Summary, out.Sources
	if err != nil {
		run.Summary = joinSummary(out.Summary, "failed: "+failure(err))
		r.log.Error("ops: job failed", "id", run.ID, "kind", run.Kind, "err", err)
	} else {
		r.log.Info("ops: job finished", "id", run.ID, "kind", run.Kind, "ok", run.OK, "summary", run.Summary)
	}
	run.Finished = r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.running = nil
	r.recent = append([]Run{run}, r.recent[:min(len(r.recent), RecentRuns-1)]...)
}

func joinSummary(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// Reload makes the server look for a new index generation now.
func (r *Runner) Reload() (bool, error) { return r.reload() }

// Status returns copies: the caller may keep them while jobs go on.
func (r *Runner) Status() Status {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := Status{Recent: append([]Run(nil), r.recent...)}
	if r.running != nil {
		run := *r.running
		st.Running = &run
	}
	return st
}

// Wait returns when no job is running. After the context given to
// NewRunner is cancelled no job starts; call Wait once the HTTP server has
// shut down (no Start can then race it) to let the running job stop.
func (r *Runner) Wait() { r.done.Wait() }

// failure says why a job failed: a user-facing sentence where the error
// has one (a held lock), the error itself otherwise, since admins read it.
func failure(err error) string {
	if jhasearch.ErrorCode(err) != jhasearch.EINTERNAL {
		return jhasearch.ErrorMessage(err)
	}
	return err.Error()
}
