package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"regexp"
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

var servingRE = regexp.MustCompile(`Serving .* on (http://\S+?)/?\s*$`)

// startServer runs serve on 127.0.0.1:0 and waits for its address and for
// /readyz to answer 200. Its log goes to logFile.
func startServer(ctx context.Context, bin, data, logFile string) (*server, error) {
	log, err := os.Create(logFile)
	if err != nil {
		return nil, fmt.Errorf("jhaload: create server log: %w", err)
	}
	cmd := exec.Command(bin, "serve", "--data", data, "--addr", "127.0.0.1:0", "--log-format", "text")
	cmd.Stderr = log
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		log.Close()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("jhaload: start server: %w", err)
	}
	s := &server{cmd: cmd, rss: watchRSS(cmd.Process.Pid), log: log}
	addr := make(chan string, 1)
	go func() { // owned by the process: ends when its stdout closes
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := servingRE.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
		io.Copy(io.Discard, stdout)
	}()
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
