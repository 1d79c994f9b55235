package search

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

func TestCachedListComputesOnceForConcurrentSearches(t *testing.T) {
	g := &generation{lists: newSizedLRU(1<<20, (*list).bytes)}
	var calls atomic.Int32
	release := make(chan struct{})
	compute := func(context.Context) (*list, error) {
		calls.Add(1)
		<-release
		return &list{entries: []int32{1, 2}, scores: []float32{1, 1}}, nil
	}
	var wg sync.WaitGroup
	got := make([]*list, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, err := g.cachedList(context.Background(), "phrase", compute)
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
		if l == nil || l.len() != 2 {
			t.Errorf("caller %d got %v, want the computed list", i, l)
		}
	}
	if _, ok := g.lists.get("phrase"); !ok {
		t.Error("the computed list is not cached")
	}
}

func TestCachedListRetriesWhenTheComputingSearchGivesUp(t *testing.T) {
	g := &generation{lists: newSizedLRU(1<<20, (*list).bytes)}
	leaderCtx, cancelLeader := context.WithCancel(context.Background())
	started := make(chan struct{})
	leaderErr := make(chan error, 1)
	go func() {
		_, err := g.cachedList(leaderCtx, "k", func(ctx context.Context) (*list, error) {
			close(started)
			<-ctx.Done()
			return nil, ctx.Err()
		})
		leaderErr <- err
	}()
	<-started
	waiter := make(chan *list, 1)
	go func() {
		l, err := g.cachedList(context.Background(), "k", func(context.Context) (*list, error) {
			return &list{entries: []int32{7}, scores: []float32{1}}, nil
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
	if l := <-waiter; l == nil || l.len() != 1 || l.entries[0] != 7 {
		t.Errorf("waiter got %v, want its own computation", l)
	}
}

func TestSearchWaitingForASlotMissesTheDeadlineWith503(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	e.timeout = 50 * time.Millisecond
	// Every slot taken: a search that is not cached must wait.
	for range cap(e.slots) {
		e.slots <- struct{}{}
	}
	req := jhasearch.SearchRequest{Query: "border", Page: 1, Size: 10, Sort: jhasearch.SortRelevance}
	_, err := e.Search(context.Background(), req)
	if jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
		t.Fatalf("err = %v, want EUNAVAILABLE", err)
	}
	for range cap(e.slots) {
		<-e.slots
	}
	// Asked twice, the answer is cached (doorkeeper).
	for range 2 {
		res, err := e.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("search with free slots: %v", err)
		}
		if res.Total == 0 {
			t.Error("search with free slots found nothing")
		}
	}
	// A cached answer does not wait for a slot.
	for range cap(e.slots) {
		e.slots <- struct{}{}
	}
	if _, err := e.Search(context.Background(), req); err != nil {
		t.Errorf("cached search with every slot taken: %v", err)
	}
}

func TestCachedListWaitersSurviveAPanickingComputation(t *testing.T) {
	g := &generation{lists: newSizedLRU(1<<20, (*list).bytes)}
	started, release := make(chan struct{}), make(chan struct{})
	go func() {
		defer func() { recover() }()
		g.cachedList(context.Background(), "k", func(context.Context) (*list, error) {
			close(started)
			<-release
			panic("boom")
		})
	}()
	<-started
	got := make(chan error, 1)
	go func() {
		_, err := g.cachedList(context.Background(), "k", func(context.Context) (*list, error) {
			return &list{}, nil
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
	if _, err := g.cachedList(context.Background(), "k", func(context.Context) (*list, error) {
		return &list{}, nil
	}); err != nil {
		t.Errorf("after the panic: %v", err)
	}
}
