package archive

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/jhasearch/jhasearch"
)

// LockFile is the name of the writer lock in the data directory.
const LockFile = "lock"

// Holder describes the process that holds, or held, the writer lock.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
}

// Lock is the data directory's writer lock: one crawl, reindex or import at
// a time. It is an flock(2) on a file, so the kernel releases it when its
// process dies however it dies; the file's content only says who held it.
type Lock struct {
	f *os.File
	// Stale is the holder a killed process left behind in the file, if any:
	// its lock was recovered.
	Stale *Holder
}

// Acquire takes the writer lock of dataDir for command, at once or not at
// all: when another process holds it, the *jhasearch.Error says which
// command holds it and since when.
func Acquire(dataDir, command string) (*Lock, error) {
	path := filepath.Join(dataDir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("archive: open lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, heldError(path, readHolder(f))
		}
		return nil, fmt.Errorf("archive: lock %s: %w", path, err)
	}
	l := &Lock{f: f, Stale: readHolder(f)}
	data, _ := json.Marshal(Holder{PID: os.Getpid(), Command: command, Since: time.Now().UTC()})
	if err := writeHolder(f, data); err != nil {
		l.Release()
		return nil, err
	}
	return l, nil
}

// CurrentHolder reads who holds, or last held, the writer lock of dataDir
// from the lock file, without taking or testing the lock (a test would
// make a writer starting at that moment fail); nil when nobody is named.
func CurrentHolder(dataDir string) *Holder {
	f, err := os.Open(filepath.Join(dataDir, LockFile))
	if err != nil {
		return nil
	}
	defer f.Close()
	return readHolder(f)
}

func heldError(path string, h *Holder) error {
	if h == nil {
		return jhasearch.Errorf(jhasearch.EUNAVAILABLE, "Another jhasearch process holds the writer lock %s; try again when it has finished.", path)
	}
	return jhasearch.Errorf(jhasearch.EUNAVAILABLE,
		"Another jhasearch %s (process %d) holds the writer lock %s since %s; try again when it has finished.",
		h.Command, h.PID, path, h.Since.Format(time.RFC3339))
}

func readHolder(f *os.File) *Holder {
	data := make([]byte, 4096)
	n, _ := f.ReadAt(data, 0)
	var h Holder
	if n == 0 || json.Unmarshal(data[:n], &h) != nil {
		return nil
	}
	return &h
}

func writeHolder(f *os.File, data []byte) error {
	if err := f.Truncate(0); err != nil {
		return fmt.Errorf("archive: write lock: %w", err)
	}
	if _, err := f.WriteAt(data, 0); err != nil {
		return fmt.Errorf("archive: write lock: %w", err)
	}
	return nil
}

// Release empties the lock file, so that the next holder finds no stale
// entry, and releases the lock.
func (l *Lock) Release() error {
	l.f.Truncate(0)
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	return l.f.Close()
}
