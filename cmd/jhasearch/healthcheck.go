package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

func runHealthcheck(ctx context.Context, e env, args []string) error {
	var addr string
	f := newFlagSet(e, "healthcheck", "[URL]", "Exit 0 when the server at URL answers ready, 1 otherwise; for container health checks.\nURL defaults to the /readyz page of --addr.")
	f.String(&addr, "addr", "JHASEARCH_ADDR", "127.0.0.1:8080", "address of the server, HOST:PORT, when no URL is given")
	if err := f.Parse(args, -1); err != nil {
		return err
	}
	url := "http://" + localAddr(addr) + "/readyz"
	switch f.fs.NArg() {
	case 0:
	case 1:
		url = f.Arg(0)
	default:
		return usageError{"want at most one URL"}
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return usageError{fmt.Sprintf("bad URL %q: %v", url, err)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", url, resp.Status)
	}
	return nil
}

// localAddr turns a listening address into one to connect to: a server on
// every interface (0.0.0.0:8080, [::]:8080, :8080) answers on loopback.
func localAddr(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}
