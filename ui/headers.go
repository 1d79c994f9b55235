package ui

import (
	"bytes"
	"encoding/json"
	"strconv"
	"sync"

	"github.com/labstack/echo/v4"
)

// contentSecurityPolicy allows nothing but the site's own script and style
// files: no inline script, no inline style, no framing. Templates must keep
// to it (no style= attributes, no on…= handlers).
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// securityHeaders sets the headers every answer carries, errors included.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		return next(c)
	}
}

// writeJSON answers with v as JSON. HTML escaping is off: titles are plain
// text and must reach clients as written ("<" stays "<"); JSON is served as
// application/json with nosniff, so a browser never reads it as HTML.
func writeJSON(c echo.Context, status int, v any) error {
	buf := jsonBuffers.Get().(*bytes.Buffer)
	defer putJSONBuffer(buf)
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	// With its length known the answer goes out in one piece, not in
	// chunks, each a write of its own.
	h := c.Response().Header()
	h.Set(echo.HeaderContentType, "application/json; charset=utf-8")
	h.Set(echo.HeaderContentLength, strconv.Itoa(buf.Len()))
	return c.Blob(status, "application/json; charset=utf-8", buf.Bytes())
}

// jsonBuffers reuses the buffers answers are encoded into: an answer of
// ten hits is some 12 KB, and growing a new buffer to that size for every
// request was a twentieth of the server's allocations.
var jsonBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// putJSONBuffer returns buf to the pool unless an unusual answer (an
// export, a long page) made it large.
func putJSONBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= 256<<10 {
		jsonBuffers.Put(buf)
	}
}

// noStore marks answers that depend on the live index (readiness).
func noStore(c echo.Context) {
	c.Response().Header().Set("Cache-Control", "no-store")
}
