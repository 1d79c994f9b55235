package cache

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

func TestSlotsAdmitUpToTheirNumberThenWaitForAFreedSlot(t *testing.T) {
	s := NewSlots(2)
	if s.Cap() != 2 {
		t.Fatalf("Cap() = %d, want 2", s.Cap())
	}
	ctx := context.Background()
	free1, err := s.Admit(ctx, ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Admit(ctx, ctx); err != nil {
		t.Fatal(err)
	}
	admitted := make(chan error, 1)
	go func() {
		free, err := s.Admit(ctx, ctx)
		if err == nil {
			free()
		}
		admitted <- err
	}()
	select {
	case err := <-admitted:
		t.Fatalf("a third search was admitted to two busy slots (err %v)", err)
	case <-time.After(50 * time.Millisecond):
	}
	free1()
	select {
	case err := <-admitted:
		if err != nil {
			t.Errorf("the waiting search got %v, want a slot", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a freed slot did not admit the waiting search")
	}
}

func TestSlotsRefuseAtTheDeadlineAndPassACancelledRequestOn(t *testing.T) {
	s := NewSlots(1)
	if _, err := s.Admit(context.Background(), context.Background()); err != nil {
		t.Fatal(err)
	}
	dctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	if _, err := s.Admit(context.Background(), dctx); jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
		t.Errorf("at the deadline: err = %v, want EUNAVAILABLE", err)
	}
	ctx, stop := context.WithCancel(context.Background())
	stop()
	if _, err := s.Admit(ctx, ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled request: err = %v, want context.Canceled", err)
	}
}
