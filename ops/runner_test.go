package ops

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jhasearch/jhasearch"
)

// gatedJobs is a JobFunc that runs until the test opens its gate, then
// returns the outcome the test put there.
type gatedJobs struct {
	started chan string
	gate    chan func() (Outcome, error)
}

func newGatedJobs() *gatedJobs {
	return &gatedJobs{started: make(chan string, 1), gate: make(chan func() (Outcome, error))}
}

func (g *gatedJobs) do(ctx context.Context, kind string) (Outcome, error) {
	g.started <- kind
	select {
	case f := <-g.gate:
		return f()
	case <-ctx.Done():
		return Outcome{Summary: "stopped."}, ctx.Err()
	}
}

func newTestRunner(t *testing.T, ctx context.Context, g *gatedJobs) *Runner {
	t.Helper()
	r := NewRunner(ctx, g.do, func() (bool, error) { return false, nil }, nil)
	tick := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	r.now = func() time.Time { tick = tick.Add(time.Second); return tick }
	return r
}

func TestRunnerOneJobAtATime(t *testing.T) {
	g := newGatedJobs()
	r := newTestRunner(t, context.Background(), g)
	run, err := r.Start(KindCrawl)
	if err != nil || !run.Running || run.ID != "crawl-20261127T100001Z" {
		t.Fatalf("Start: %+v, %v", run, err)
	}
	<-g.started
	if _, err := r.Start(KindReindex); jhasearch.ErrorCode(err) != jhasearch.ECONFLICT {
		t.Errorf("second Start: %v, want ECONFLICT", err)
	}
	if _, err := r.Start("rm -rf"); jhasearch.ErrorCode(err) != jhasearch.EINVALID {
		t.Errorf("unknown kind: %v, want EINVALID", err)
	}
	g.gate <- func() (Outcome, error) {
		return Outcome{OK: true, Summary: "10 sources ok.", Sources: []string{"eppo: ok"}}, nil
	}
	r.Wait()
	want := Status{Recent: []Run{{ID: "crawl-20261127T100001Z", Kind: KindCrawl,
		Started: time.Date(2026, 11, 27, 10, 0, 1, 0, time.UTC), Finished: time.Date(2026, 11, 27, 10, 0, 2, 0, time.UTC),
		OK: true, Summary: "10 sources ok.", Sources: []string{"eppo: ok"}}}}
	if diff := cmp.Diff(want, r.Status()); diff != "" {
		t.Errorf("status mismatch (-want +got):\n%s", diff)
	}
}

func TestRunnerRecordsFailuresAndPanics(t *testing.T) {
	g := newGatedJobs()
	r := newTestRunner(t, context.Background(), g)
	outcomes := []func() (Outcome, error){
		func() (Outcome, error) { return Outcome{Summary: "3 sources ok."}, errors.New("frontex: 503") },
		func() (Outcome, error) { panic("index corrupt") },
	}
	for _, f := range outcomes {
		if _, err := r.Start(KindReindex); err != nil {
			t.Fatal(err)
		}
		<-g.started
		g.gate <- f
		r.Wait()
	}
	got := r.Status().Recent
	if len(got) != 2 || got[0].OK || got[1].OK {
		t.Fatalf("recent %+v, want two failures", got)
	}
	if want := "failed: ops: reindex panicked: index corrupt"; got[0].Summary != want {
		t.Errorf("panic summary %q, want %q", got[0].Summary, want)
	}
	if want := "3 sources ok. failed: frontex: 503"; got[1].Summary != want {
		t.Errorf("error summary %q, want %q", got[1].Summary, want)
	}
}

func TestRunnerKeepsRecentRuns(t *testing.T) {
	g := newGatedJobs()
	r := newTestRunner(t, context.Background(), g)
	for range RecentRuns + 5 {
		if _, err := r.Start(KindCrawl); err != nil {
			t.Fatal(err)
		}
		<-g.started
		g.gate <- func() (Outcome, error) { return Outcome{OK: true}, nil }
		r.Wait()
	}
	if n := len(r.Status().Recent); n != RecentRuns {
		t.Errorf("%d recent runs kept, want %d", n, RecentRuns)
	}
}

func TestRunnerStopsWithItsContext(t *testing.T) {
	g := newGatedJobs()
	ctx, cancel := context.WithCancel(context.Background())
	r := newTestRunner(t, ctx, g)
	if _, err := r.Start(KindCrawl); err != nil {
		t.Fatal(err)
	}
	<-g.started
	cancel()
	r.Wait()
	st := r.Status()
	if st.Running != nil || len(st.Recent) != 1 || st.Recent[0].OK {
		t.Errorf("status after cancel %+v, want one failed run", st)
	}
	if _, err := r.Start(KindCrawl); jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
		t.Errorf("Start after cancel: %v, want EUNAVAILABLE", err)
	}
}

// TestAdminOverRunner runs the admin API over the real Runner.
func TestAdminOverRunner(t *testing.T) {
	g := newGatedJobs()
	r := newTestRunner(t, context.Background(), g)
	_, h := newTestServer(t, Config{AdminToken: testToken}, r, nil)
	if rec := do(t, h, call{method: "POST", target: "/api/v1/admin/reindex", header: bearer(testToken)}); rec.Code != http.StatusAccepted {
		t.Fatalf("reindex: status %d; body %s", rec.Code, rec.Body)
	}
	<-g.started
	rec := do(t, h, call{method: "POST", target: "/api/v1/admin/crawl", header: bearer(testToken)})
	if rec.Code != http.StatusConflict {
		t.Errorf("crawl while reindexing: status %d, want 409; body %s", rec.Code, rec.Body)
	}
	g.gate <- func() (Outcome, error) { return Outcome{OK: true}, nil }
	r.Wait()
	if rec := do(t, h, call{method: "POST", target: "/api/v1/admin/crawl", header: bearer(testToken)}); rec.Code != http.StatusAccepted {
		t.Errorf("crawl after the reindex: status %d, want 202", rec.Code)
	}
	<-g.started
	g.gate <- func() (Outcome, error) { return Outcome{OK: true}, nil }
	r.Wait()
}

// A server that is shutting down is unavailable, not in conflict: the
// admin API answers 503 as the rest of the API does for EUNAVAILABLE.
func TestAdminStartWhileShuttingDown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	r := newTestRunner(t, ctx, newGatedJobs())
	cancel()
	_, h := newTestServer(t, Config{AdminToken: testToken}, r, nil)
	rec := do(t, h, call{method: "POST", target: "/api/v1/admin/crawl", header: bearer(testToken)})
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("crawl while shutting down: status %d, want 503; body %s", rec.Code, rec.Body)
	}
	if got := errorCode(t, rec); got != jhasearch.EUNAVAILABLE {
		t.Errorf("code %q, want %s", got, jhasearch.EUNAVAILABLE)
	}
	if rec.Header().Get("Retry-After") == "" {
		t.Error("503 without Retry-After")
	}
}
