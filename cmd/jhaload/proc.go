package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// rssWatch follows the peak resident memory of a child process by reading
// VmHWM ("high water mark") from /proc while it runs; peak adds the
// kernel's own maximum from the exit status once it has ended.
type rssWatch struct {
	pid  int
	mu   sync.Mutex
	max  int64
	stop chan struct{}
	done chan struct{}
}

func watchRSS(pid int) *rssWatch {
	w := &rssWatch{pid: pid, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			w.sample()
			select {
			case <-w.stop:
				return
			case <-t.C:
			}
		}
	}()
	return w
}

// sample reads VmHWM once; a process that has ended reads as nothing.
func (w *rssWatch) sample() {
	v, err := procStatusKB(w.pid, "VmHWM")
	if err != nil {
		return
	}
	w.mu.Lock()
	w.max = max(w.max, v*1024)
	w.mu.Unlock()
}

// peak stops the watch and returns the highest value seen in bytes, or the
// rusage maximum of the ended process cmd when that is higher.
func (w *rssWatch) peak(cmd *exec.Cmd) int64 {
	w.sample()
	close(w.stop)
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	if cmd != nil && cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			w.max = max(w.max, ru.Maxrss*1024) // Linux reports kilobytes
		}
	}
	return w.max
}

// procStatusKB reads one "Name: N kB" line of /proc/PID/status.
func procStatusKB(pid int, name string) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, rest, ok := strings.Cut(sc.Text(), ":")
		if ok && key == name {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("jhaload: no %s in /proc/%d/status", name, pid)
}

// diskUsage returns the bytes allocated on disk under dir (what du counts)
// and the apparent size of its files.
func diskUsage(dir string) (allocated, apparent int64, err error) {
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			allocated += st.Blocks * 512
		}
		if info.Mode().IsRegular() {
			apparent += info.Size()
		}
		return nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("jhaload: disk usage of %s: %w", dir, err)
	}
	return allocated, apparent, nil
}

// clockTicks is the unit of the CPU times in /proc/PID/stat (USER_HZ),
// 100 on every Linux this runs on.
const clockTicks = 100

// processCPU returns the CPU time (user and system) a process has used so
// far, from /proc/PID/stat.
func processCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name may hold spaces; the fields after it are plain.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("jhaload: unexpected /proc/%d/stat", pid)
	}
	f := strings.Fields(s[i+1:])
	// Fields 14 and 15 of stat (utime, stime) are 12 and 13 after ')'.
	if len(f) < 13 {
		return 0, fmt.Errorf("jhaload: unexpected /proc/%d/stat", pid)
	}
	u, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("jhaload: unexpected /proc/%d/stat", pid)
	}
	return time.Duration(u+st) * time.Second / clockTicks, nil
}
