package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/jhasearch/jhasearch/internal/schedule"
)

// clock is the time the scheduler waits by; tests give a fake one.
type clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// runScheduled runs job each time the schedule fires, until ctx is done.
// A run that is still going when the schedule fires again is not doubled:
// the next run is computed from the time the last one ended.
func runScheduled(ctx context.Context, s schedule.Schedule, clk clock, job func(context.Context) error, logger *slog.Logger) {
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
