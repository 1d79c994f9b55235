// Package client is the load tool's side of the HTTP conversation: a
// keep-alive HTTP/1.1 GET connection and a one-pass check of a search
// answer's JSON. Both exist because the load tool shares the cores with
// the server it measures, and net/http's client and encoding/json cost the
// server measurable CPU. It knows nothing of workloads or reports, and
// treats anything it does not understand as an error, never a guess.
package client

import (
	"bufio"
	"context"
	"io"
	"net"
	"time"
)

// Conn is one load client's keep-alive HTTP/1.1 connection: GET only,
// one request at a time, answers with a Content-Length or chunked. It
// exists because the load generator shares the two cores with the server
// it measures: net/http's client hands every request and answer between
// two goroutines of its own and a caller, and that scheduling cost the
// server about a tenth of the CPU, which showed up as the server's
// latency. Anything it does not understand is an error, never a guess.
type Conn struct {
	addr    string // host:port
	conn    net.Conn
	r       *bufio.Reader
	req     []byte
	body    []byte
	stopped func() bool // stops the context watch of conn
}

// answerTimeout bounds one request, as the net/http client's Timeout did.
const answerTimeout = 30 * time.Second

// maxAnswer bounds an answer's body: a search answer is some kilobytes.
const maxAnswer = 64 << 20

// NewConn returns a connection to addr (host:port), dialled at the first
// Get.
func NewConn(addr string) *Conn { return &Conn{addr: addr} }

// Get sends GET target and returns the status and the body, which is
// valid until the next get. On any error the connection is closed; the
// next get dials again.
func (h *Conn) Get(ctx context.Context, target string) (int, []byte, error) {
	if h.conn == nil {
		if err := h.dial(ctx); err != nil {
			return 0, nil, err
		}
	}
	status, body, keep, err := h.roundTrip(target)
	if err != nil || !keep {
		h.Close()
	}
	return status, body, err
}

func (h *Conn) dial(ctx context.Context) error {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", h.addr)
	if err != nil {
		return err
	}
	h.conn = c
	h.r = bufio.NewReaderSize(c, 64<<10)
	// A run that ends interrupts the answer being read.
	h.stopped = context.AfterFunc(ctx, func() { c.SetDeadline(time.Unix(1, 0)) })
	return nil
}

// Close closes the connection; the next Get dials again.
func (h *Conn) Close() {
	if h.conn != nil {
		h.stopped()
		h.conn.Close()
		h.conn, h.r = nil, nil
	}
}

// roundTrip writes the request and reads the answer; keep is false when
// the server will close the connection.
func (h *Conn) roundTrip(target string) (status int, body []byte, keep bool, err error) {
	h.conn.SetDeadline(time.Now().Add(answerTimeout))
	h.req = append(h.req[:0], "GET "...)
	h.req = append(h.req, target...)
	h.req = append(h.req, " HTTP/1.1\r\nHost: "...)
	h.req = append(h.req, h.addr...)
	h.req = append(h.req, "\r\nAccept: application/json\r\n\r\n"...)
	if _, err := h.conn.Write(h.req); err != nil {
		return 0, nil, false, err
	}
	status, length, chunked, keep, err := h.readHead()
	if err != nil {
		return 0, nil, false, err
	}
	switch {
	case chunked:
		err = h.readChunked()
	case length >= 0:
		err = h.readLength(length)
	default: // the body ends when the server closes the connection
		h.body, err = io.ReadAll(io.LimitReader(h.r, maxAnswer))
		keep = false
	}
	return status, h.body, keep, err
}
