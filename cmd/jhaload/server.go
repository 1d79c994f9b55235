package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// server is a `jhasearch serve` child process on a loopback port.
type server struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT
	rss  *rssWatch
	log  *os.File
}

// startServer runs serve on 127.0.0.1:0 and waits for its address (from
// its JSON log's "serving" record) and for /readyz to answer 200. Its log
// goes to logFile.
func startServer(ctx context.Context, bin, data, logFile string) (*server, error) {
	log, err := os.Create(logFile)
	if err != nil {
		return nil, fmt.Errorf("jhaload: create server log: %w", err)
	}
	cmd := exec.Command(bin, "serve", "--data", data, "--addr", "127.0.0.1:0", "--log-format", "json")
	addr := make(chan string, 1)
	sent := false
	// exec copies the log to both in a goroutine of its own that Wait
	// waits for, so no line is lost and nothing outlives the process.
	// Once the address is found the lines are not parsed: the server logs
	// every request, and decoding each line cost this load generator a
	// tenth of its CPU.
	cmd.Stderr = io.MultiWriter(log, &lineWriter{line: func(b []byte) {
		if sent {
			return
		}
		if rec, ok := parseLogLine(b); ok && rec["msg"] == "serving" && rec.str("addr") != "" {
			addr <- "http://" + rec.str("addr")
			sent = true
		}
	}})
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("jhaload: start server: %w", err)
	}
	s := &server{cmd: cmd, rss: watchRSS(cmd.Process.Pid), log: log}
	select {
	case s.base = <-addr:
	case <-time.After(2 * time.Minute):
		s.stop()
		return nil, errors.New("jhaload: the server printed no address within two minutes")
	case <-ctx.Done():
		s.stop()
		return nil, ctx.Err()
	}
	if err := s.waitReady(ctx); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

func (s *server) waitReady(ctx context.Context) error {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get(s.base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return errors.New("jhaload: the server was not ready within two minutes")
}

// stop ends the server with SIGTERM (SIGKILL after 30 s) and returns its
// peak resident memory in bytes.
func (s *server) stop() int64 {
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
	s.log.Close()
	return s.rss.peak(s.cmd)
}

// stats is the part of /api/v1/stats the rebuild check reads.
type stats struct {
	Documents  int    `json:"documents"`
	Generation string `json:"generation"`
}

func (s *server) stats(ctx context.Context) (stats, error) {
	var st stats
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/api/v1/stats", nil)
	if err != nil {
		return st, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return st, fmt.Errorf("jhaload: stats: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("jhaload: stats: status %s", resp.Status)
	}
	return st, json.NewDecoder(resp.Body).Decode(&st)
}

// searchTarget is the path and query of a search.
func (s *server) searchTarget(v url.Values) string {
	return "/api/v1/search?" + v.Encode()
}

// hostPort is the server's address for dialing.
func (s *server) hostPort() string {
	return strings.TrimPrefix(s.base, "http://")
}

// lineWriter calls line with every whole line written to it (without the
// newline); a line longer than maxLogLine is dropped.
type lineWriter struct {
	buf  []byte
	line func([]byte)
}

const maxLogLine = 1 << 20

func (w *lineWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			if len(w.buf)+len(p) <= maxLogLine {
				w.buf = append(w.buf, p...)
			} else {
				w.buf = w.buf[:0]
			}
			break
		}
		w.line(append(w.buf, p[:i]...))
		w.buf = w.buf[:0]
		p = p[i+1:]
	}
	return n, nil
}
