//go:build !linux

package facet

import "testing"

// cpuTimer reports nothing where the thread's CPU clock is not read
// (cpu_bench_test.go).
func cpuTimer(*testing.B) func() { return func() {} }
