package workflow

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
)

// fakeClock hands every wait to the test, which fires it by moving time.
type fakeClock struct {
	now   chan time.Time // the test sets the time a wait ends at
	waits chan time.Duration
	cur   time.Time
}

func (c *fakeClock) Now() time.Time { return c.cur }

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.waits <- d
	fired := make(chan time.Time, 1)
	go func() {
		t := <-c.now
		c.cur = t
		fired <- t
	}()
	return fired
}

func TestScheduleFiresTheRefresh(t *testing.T) {
	s, err := schedule.Parse("0 2 * * *")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 11, 27, 10, 58, 0, 0, time.UTC)
	clk := &fakeClock{now: make(chan time.Time), waits: make(chan time.Duration), cur: start}
	ran := make(chan time.Time, 2)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		RunScheduled(ctx, s, clk, func(context.Context) error { ran <- clk.Now(); return nil }, slog.New(slog.DiscardHandler))
		close(done)
	}()

	if d := <-clk.waits; d != 15*time.Hour+2*time.Minute {
		t.Errorf("first wait = %s, want 15h2m (to 02:00)", d)
	}
	select {
	case <-ran:
		t.Fatal("the refresh ran before the schedule fired")
	default:
	}
	night := time.Date(2026, 11, 28, 2, 0, 0, 0, time.UTC)
	clk.now <- night
	if got := <-ran; !got.Equal(night) {
		t.Errorf("refresh ran at %s, want %s", got, night)
	}
	if d := <-clk.waits; d != 24*time.Hour {
		t.Errorf("second wait = %s, want 24h", d)
	}
	cancel()
	<-done
}
