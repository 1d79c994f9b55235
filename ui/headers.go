package ui

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"
)

// contentSecurityPolicy allows nothing but the site's own script and style
// files: no inline script, no inline style, no framing. Templates must keep
// to it (no style= attributes, no on…= handlers).
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// SecurityHeaders sets the headers every answer carries, errors included,
// before next writes anything. Handler applies it; cmd puts it around the
// operations layer too, whose refusals (429, 413) never reach the router.
func SecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		next.ServeHTTP(w, r)
	})
}

// writeJSON answers with v as JSON. HTML escaping is off: titles are plain
// text and must reach clients as written ("<" stays "<"); JSON is served as
// application/json with nosniff, so a browser never reads it as HTML.
func writeJSON(c echo.Context, status int, v any) error {
	bp := jsonBuffers.Get().(*[]byte)
	defer putJSONBuffer(bp)
	b, err := encodeJSON((*bp)[:0], v)
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

// jsonAppender is an answer that encodes itself (api_json.go).
type jsonAppender interface {
	appendJSON(b []byte) []byte
}

// encodeJSON appends v and a newline to b, as a json.Encoder without
// HTML escaping writes it.
func encodeJSON(b []byte, v any) ([]byte, error) {
	if a, ok := v.(jsonAppender); ok {
		return a.appendJSON(b), nil
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

// noStore marks answers that depend on the live index (readiness).
func noStore(c echo.Context) {
	c.Response().Header().Set("Cache-Control", "no-store")
}
