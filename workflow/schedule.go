package workflow

import (
	"context"
	"log/slog"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
)

// Clock is the time the scheduler waits by; tests give a fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// RealClock is the wall clock.
type RealClock struct{}

// Now is time.Now.
func (RealClock) Now() time.Time { return time.Now() }

// After is time.After.
func (RealClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// RunScheduled runs job each time the schedule fires, until ctx is done.
// A run that is still going when the schedule fires again is not doubled:
// the next run is computed from the time the last one ended.
func RunScheduled(ctx context.Context, s schedule.Schedule, clk Clock, job func(context.Context) error, logger *slog.Logger) {
	for {
		now := clk.Now()
		next := s.Next(now)
		logger.Info("next scheduled refresh", "at", next.Format(time.RFC3339), "schedule", s.String())
		select {
		case <-ctx.Done():
			return
		case <-clk.After(next.Sub(now)):
		}
		start := clk.Now()
		if err := job(ctx); err != nil {
			logger.Error("scheduled refresh failed", "err", err)
		} else {
			logger.Info("scheduled refresh finished", "seconds", clk.Now().Sub(start).Seconds())
		}
	}
}
