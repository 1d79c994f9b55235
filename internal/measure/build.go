package measure

import (
	"testing"
	"time"
)

// Build measures one index build, from StartBuild to Report.
type Build struct {
	start time.Time
	cpu   time.Duration
	heap  func() uint64
}

// StartBuild starts measuring a build: wall time, CPU time, peak heap.
func StartBuild() *Build {
	heap := PeakHeap()
	return &Build{start: time.Now(), cpu: CPUTime(), heap: heap}
}

// Report reports the build of docs documents into dir, which has just
// ended: documents per second of wall and of CPU time, the size of dir
// against text bytes under the unit ratio (such as "size/text"), the
// size in MB, and the peak heap and resident set. It returns the size.
func (m *Build) Report(b *testing.B, docs int, dir string, text int64, ratio string) int64 {
	b.Helper()
	elapsed, cpu := time.Since(m.start), CPUTime()-m.cpu
	peak := m.heap()
	size, err := DirSize(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(docs)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(docs)/cpu.Seconds(), "docs/cpu-s")
	b.ReportMetric(float64(size)/float64(text), ratio)
	b.ReportMetric(float64(size)/(1<<20), "MB-index")
	b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
	if rss := PeakRSS(); rss > 0 {
		b.ReportMetric(float64(rss)/(1<<20), "MB-peak-rss")
	}
	return size
}
