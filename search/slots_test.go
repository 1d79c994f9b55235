package search

import (
	"context"
	"testing"
	"time"

	"github.com/jhasearch/jhasearch"
)

func TestSearchWaitingForASlotMissesTheDeadlineWith503(t *testing.T) {
	e, _ := openFixture(t, fixtureDocs())
	e.timeout = 50 * time.Millisecond
	// Every slot taken: a search that is not cached must wait.
	frees := takeSlots(t, e)
	req := jhasearch.SearchRequest{Query: "border", Page: 1, Size: 10, Sort: jhasearch.SortRelevance}
	_, err := e.Search(context.Background(), req)
	if jhasearch.ErrorCode(err) != jhasearch.EUNAVAILABLE {
		t.Fatalf("err = %v, want EUNAVAILABLE", err)
	}
	for _, free := range frees {
		free()
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
	takeSlots(t, e)
	if _, err := e.Search(context.Background(), req); err != nil {
		t.Errorf("cached search with every slot taken: %v", err)
	}
}

// takeSlots takes every search slot of e and returns the functions that
// free them.
func takeSlots(t *testing.T, e *Engine) []func() {
	t.Helper()
	var frees []func()
	for range e.slots.Cap() {
		free, err := e.slots.Admit(context.Background(), context.Background())
		if err != nil {
			t.Fatal(err)
		}
		frees = append(frees, free)
	}
	return frees
}
