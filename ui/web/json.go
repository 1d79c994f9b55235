package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"
)

// Appender is an answer that encodes itself, faster than encoding/json
// (package ui's search answers). It appends itself and a newline to b,
// exactly as JSON writes it.
type Appender interface {
	AppendJSON(b []byte) []byte
}

// JSON answers with v as JSON. HTML escaping is off: titles are plain text
// and must reach clients as written ("<" stays "<"); JSON is served as
// application/json with nosniff, so a browser never reads it as HTML.
func JSON(c echo.Context, status int, v any) error {
	bp := jsonBuffers.Get().(*[]byte)
	defer putJSONBuffer(bp)
	b, err := Encode((*bp)[:0], v)
	*bp = b
	if err != nil {
		return err
	}
	// With its length known the answer goes out in one piece, not in
	// chunks, each a write of its own.
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, "application/json; charset=utf-8")
	h.Set(echo.HeaderContentLength, strconv.Itoa(len(b)))
	return c.Blob(status, "application/json; charset=utf-8", b)
}

// Encode appends v and a newline to b, as a json.Encoder without HTML
// escaping writes it.
func Encode(b []byte, v any) ([]byte, error) {
	if a, ok := v.(Appender); ok {
		return a.AppendJSON(b), nil
	}
	buf := bytes.NewBuffer(b)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// jsonBuffers reuses the buffers answers are encoded into: an answer of
// ten hits is some 12 KB, and growing a new buffer to that size for every
// request was a twentieth of the server's allocations.
var jsonBuffers = sync.Pool{New: func() any { return new([]byte) }}

// putJSONBuffer returns b to the pool unless an unusual answer (an
// export, a long page) made it large.
func putJSONBuffer(b *[]byte) {
	if cap(*b) <= 256<<10 {
		jsonBuffers.Put(b)
	}
}

// NoStore marks answers that depend on the live index (readiness).
func NoStore(c echo.Context) {
	c.Response().Header().Set("Cache-Control", "no-store")
}

// HeadAsGet answers HEAD wherever GET is answered, as monitors and link
// checkers expect. The router sees a copy of the request with GET; the
// server keeps the HEAD request and so sends no body.
func HeadAsGet(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead {
			get := r.Clone(r.Context())
			get.Method = http.MethodGet
			r = get
		}
		h.ServeHTTP(w, r)
	})
}
