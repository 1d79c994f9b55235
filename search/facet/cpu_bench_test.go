//go:build linux

package facet

import (
	"runtime"
	"syscall"
	"testing"
)

// cpuTimer reports the CPU time of the benchmark's thread per op
// (cpu-ns/op) when the returned func is called: on a shared machine the
// wall time of ns/op also counts the time other processes held the core.
func cpuTimer(b *testing.B) func() {
	runtime.LockOSThread()
	start := threadCPU()
	return func() {
		b.ReportMetric(float64(threadCPU()-start)/float64(b.N), "cpu-ns/op")
		runtime.UnlockOSThread()
	}
}

// threadCPU returns the CPU time of the calling thread, in nanoseconds.
func threadCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
