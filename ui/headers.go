package ui

import (
	"net/http"

	"github.com/jhasearch/jhasearch/ui/web"
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
//
// The one kind of answer it cannot reach is net/http's own refusal of a
// request it cannot read (a malformed request line or header: 400; headers
// past MaxHeaderBytes: 431; an unknown transfer coding: 501). The server
// writes those to the connection before any handler runs, and no option of
// http.Server changes them; they are fixed plain-text sentences that echo
// nothing of the request, sent with Connection: close.
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

// writeJSON answers with v as JSON (web.JSON): the one JSON writer of
// every endpoint.
func writeJSON(c echo.Context, status int, v any) error { return web.JSON(c, status, v) }
