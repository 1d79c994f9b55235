package cache

import (
	"fmt"
	"strings"
	"testing"
)

func TestLRUBoundsCountAndBytes(t *testing.T) {
	c := NewLRU(3, 1000, func(s string) int { return len(s) })
	for _, k := range []string{"a", "b", "c", "d"} {
		c.Put(k, "v")
	}
	if n, _ := c.Bytes(); n != 3 {
		t.Errorf("%d values kept, want 3", n)
	}
	c.Put("big", strings.Repeat("x", 700))
	if n, used := c.Bytes(); n != 1 || used != 700+len("big")+EntryBytes {
		t.Errorf("after a big value: %d values of %d bytes, want it alone", n, used)
	}
	c.Put("huge", strings.Repeat("x", 1000))
	if _, ok := c.Get("huge"); ok {
		t.Error("a value over the budget was kept")
	}
}

func TestDoorkeeperForgetsTheOldest(t *testing.T) {
	d := NewDoorkeeper()
	if d.Again("a") {
		t.Fatal("first sight of a reported as seen")
	}
	if !d.Again("a") {
		t.Fatal("second sight of a not reported")
	}
	for i := range 2 * DoorkeeperSize {
		d.Again(fmt.Sprint(i))
	}
	if d.Again("a") {
		t.Error("a is remembered after twice the doorkeeper's size of other requests")
	}
}
