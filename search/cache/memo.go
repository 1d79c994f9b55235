package cache

import "sync"

// Memo keeps the results of a function of its keys alone, for its first
// max keys: nothing is evicted, so that it suits results that recur (the
// analyses of an archive's words) and that are cheap to compute again
// when it is full. It is safe for concurrent use; values are never
// changed after they are put. The zero Memo keeps nothing; callers bound
// the bytes of a key and a value, and so of the whole.
type Memo[K comparable, V any] struct {
	mu  sync.RWMutex
	max int
	m   map[K]V
}

// NewMemo returns a memo of at most max keys.
func NewMemo[K comparable, V any](max int) *Memo[K, V] {
	return &Memo[K, V]{max: max}
}

// Get returns the value of k and whether it is kept.
func (m *Memo[K, V]) Get(k K) (V, bool) {
	m.mu.RLock()
	v, ok := m.m[k]
	m.mu.RUnlock()
	return v, ok
}

// Put keeps v under k unless the memo is full. The key must not share
// memory the caller will change or that a kept key would pin (a
// substring of a larger text): copy it first.
func (m *Memo[K, V]) Put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[K]V)
	}
	if len(m.m) < m.max {
		m.m[k] = v
	}
}

// Len is the number of keys kept.
func (m *Memo[K, V]) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.m)
}
