package cache

import (
	"fmt"
	"sync"
	"testing"
)

func TestMemoKeepsItsFirstKeys(t *testing.T) {
	m := NewMemo[string, int](3)
	for i := range 5 {
		m.Put(fmt.Sprint(i), i*10)
	}
	if m.Len() != 3 {
		t.Errorf("%d keys kept, want 3", m.Len())
	}
	for i := range 5 {
		v, ok := m.Get(fmt.Sprint(i))
		if want := i < 3; ok != want || ok && v != i*10 {
			t.Errorf("Get(%d) = %d, %v; want %d, %v", i, v, ok, i*10, want)
		}
	}
	var zero Memo[string, int]
	zero.Put("a", 1)
	if _, ok := zero.Get("a"); ok {
		t.Error("the zero memo kept a key")
	}
}

func TestMemoFromManyGoroutines(t *testing.T) {
	m := NewMemo[int, int](50)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				k := (i*7 + g) % 80
				if v, ok := m.Get(k); ok && v != k*k {
					t.Errorf("Get(%d) = %d", k, v)
				}
				m.Put(k, k*k)
			}
		}()
	}
	wg.Wait()
	if m.Len() != 50 {
		t.Errorf("%d keys kept, want 50", m.Len())
	}
}
