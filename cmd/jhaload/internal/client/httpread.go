package client

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// errHTTP is the error of an answer that breaks HTTP/1.1's framing.
var errHTTP = errors.New("malformed HTTP answer")

// readHead reads the status line and the headers. length is -1 when the
// answer has no Content-Length.
func (h *Conn) readHead() (status, length int, chunked, keep bool, err error) {
	line, err := h.line()
	if err != nil {
		return 0, 0, false, false, err
	}
	// "HTTP/1.1 200 OK"
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) || line[8] != ' ' {
		return 0, 0, false, false, fmt.Errorf("%w: status line %q", errHTTP, line)
	}
	if status, err = strconv.Atoi(string(line[9:12])); err != nil {
		return 0, 0, false, false, fmt.Errorf("%w: status line %q", errHTTP, line)
	}
	length, keep = -1, line[7] == '1'
	for {
		if line, err = h.line(); err != nil {
			return 0, 0, false, false, err
		}
		if len(line) == 0 {
			return status, length, chunked, keep, nil
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		if !ok {
			return 0, 0, false, false, fmt.Errorf("%w: header %q", errHTTP, line)
		}
		value = bytes.TrimSpace(value)
		switch {
		case bytes.EqualFold(name, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(value)); err != nil || length < 0 || length > maxAnswer {
				return 0, 0, false, false, fmt.Errorf("%w: header %q", errHTTP, line)
			}
		case bytes.EqualFold(name, []byte("Transfer-Encoding")):
			if !bytes.EqualFold(value, []byte("chunked")) {
				return 0, 0, false, false, fmt.Errorf("%w: unsupported header %q", errHTTP, line)
			}
			chunked = true
		case bytes.EqualFold(name, []byte("Connection")):
			keep = keep && !bytes.EqualFold(value, []byte("close"))
		}
	}
}

// line reads one line without its CRLF; it is valid until the next read.
func (h *Conn) line() ([]byte, error) {
	line, err := h.r.ReadSlice('\n')
	if err != nil {
		if err == io.EOF && len(line) > 0 {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return bytes.TrimSuffix(line[:len(line)-1], []byte("\r")), nil
}

// readLength reads a body of n bytes.
func (h *Conn) readLength(n int) error {
	h.body = grow(h.body[:0], n)
	_, err := io.ReadFull(h.r, h.body)
	return unexpected(err)
}

// readChunked reads a chunked body and its trailer.
func (h *Conn) readChunked() error {
	h.body = h.body[:0]
	for {
		line, err := h.line()
		if err != nil {
			return err
		}
		size, _, _ := bytes.Cut(line, []byte(";")) // chunk extensions are ignored
		n, err := strconv.ParseUint(string(bytes.TrimSpace(size)), 16, 31)
		if err != nil || len(h.body)+int(n) > maxAnswer {
			return fmt.Errorf("%w: chunk size %q", errHTTP, line)
		}
		if n == 0 {
			break
		}
		start := len(h.body)
		h.body = grow(h.body, int(n))
		if _, err := io.ReadFull(h.r, h.body[start:]); err != nil {
			return unexpected(err)
		}
		if line, err = h.line(); err != nil || len(line) != 0 {
			return fmt.Errorf("%w: no line end after a chunk", errHTTP)
		}
	}
	for { // the trailer, up to an empty line
		line, err := h.line()
		if err != nil {
			return unexpected(err)
		}
		if len(line) == 0 {
			return nil
		}
	}
}

// grow returns b extended by n bytes.
func grow(b []byte, n int) []byte { return slices.Grow(b, n)[:len(b)+n] }

// unexpected turns the end of the connection in mid-answer into an error
// that says so.
func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
