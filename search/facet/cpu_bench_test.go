//go:build linux

package facet

import (
	"runtime"
	"syscall"
	"testing"
	"unsafe"
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

// threadCPU returns the CPU time of the calling thread, in nanoseconds,
// from the thread's own clock (getrusage counts in scheduler ticks).
func threadCPU() int64 {
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return ts.Nano()
}
