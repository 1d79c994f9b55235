package cache

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestFlightsComputeOnceForConcurrentSearches(t *testing.T) {
	var fs Flights[[]int32]
	c := NewSizedLRU(1<<20, listBytes)
	var calls atomic.Int32
	release := make(chan struct{})
	compute := func(context.Context) ([]int32, error) {
		calls.Add(1)
		<-release
		return []int32{1, 2}, nil
	}
	var wg sync.WaitGroup
	got := make([][]int32, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := fs.Do(context.Background(), c, "phrase", compute)
			if err != nil {
				t.Error(err)
			}
			got[i] = l
		}()
	}
	// Let every caller reach the flight before the computation ends.
	for deadline := time.Now().Add(5 * time.Second); calls.Load() == 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("computed %d times, want 1", n)
	}
	for i, l := range got {
		if l == nil || len(l) != 2 {
			t.Errorf("caller %d got %v, want the computed list", i, l)
		}
	}
	if _, ok := c.Get("phrase"); !ok {
		t.Error("the computed list is not cached")
	}
}

func TestFlightsRetryWhenTheComputingSearchGivesUp(t *testing.T) {
	var fs Flights[[]int32]
	c := NewSizedLRU(1<<20, listBytes)
	leaderCtx, cancelLeader := context.WithCancel(context.Background())
	started := make(chan struct{})
	leaderErr := make(chan error, 1)
	go func() {
		_, err := fs.Do(leaderCtx, c, "k", func(ctx context.Context) ([]int32, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		})
		leaderErr <- err
	}()
	<-started
	waiter := make(chan []int32, 1)
	go func() {
		l, err := fs.Do(context.Background(), c, "k", func(context.Context) ([]int32, error) {
			return []int32{7}, nil
		})
		if err != nil {
			t.Error(err)
		}
		waiter <- l
	}()
	time.Sleep(100 * time.Millisecond)
	cancelLeader()
	if err := <-leaderErr; err != context.Canceled {
		t.Errorf("leader err = %v, want context.Canceled", err)
	}
	if l := <-waiter; l == nil || len(l) != 1 || l[0] != 7 {
		t.Errorf("waiter got %v, want its own computation", l)
	}
}

func TestFlightWaitersSurviveAPanickingComputation(t *testing.T) {
	var fs Flights[[]int32]
	c := NewSizedLRU(1<<20, listBytes)
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		defer func() { recover() }()
		fs.Do(context.Background(), c, "k", func(context.Context) ([]int32, error) {
			close(started)
			<-release
			panic("boom")
		})
	}()
	<-started
	got := make(chan error, 1)
	go func() {
		_, err := fs.Do(context.Background(), c, "k", func(context.Context) ([]int32, error) {
			return []int32{}, nil
		})
		got <- err
	}()
	time.Sleep(100 * time.Millisecond)
	close(release)
	select {
	case err := <-got:
		if err == nil {
			t.Error("the waiter got no error from a computation that panicked")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the waiter still waits for a computation that panicked")
	}
	// The key is free again: the next search computes it.
	if _, err := fs.Do(context.Background(), c, "k", func(context.Context) ([]int32, error) {
		return []int32{}, nil
	}); err != nil {
		t.Errorf("after the panic: %v", err)
	}
}

// listBytes is the cost of a cached list in these tests.
func listBytes(l []int32) int { return 4 * cap(l) }
